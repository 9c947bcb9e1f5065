/// Who met whom when one meeting word names several people: one meeting of all, or one each.
extension SentenceReader {
    /// "A met B and C" of one side (the heads of one country or body) is one encounter of three; guests of
    /// different countries, "bilateral meetings with B and C" and "met B and C separately" are one each.
    mutating func isOneEncounter(_ after: [Participant], trigger: Range<Int>, in range: Range<Int>) -> Bool {
        let objects = after.filter { !$0.people.isEmpty }
        guard (2...3).contains(objects.count), objects.dropFirst().allSatisfy({ $0.joinedByAnd || $0.listed }),
            !keys[trigger].contains(where: Self.isPluralNoun), !keys[trigger].contains("bilateral")
        else { return false }
        let people = objects.flatMap(\.people).map { text.people[$0] }
        // the heads of one side, or leaders of as many countries as there are guests ("hosted the presidents
        // of A and B"): together; a list that mixes the two is a visitor's round of calls
        let countries = people.map(\.country)
        let oneSide = Set(countries).count == 1
        let distinctCountries = !countries.contains(nil) && Set(countries).count == people.count
        guard oneSide || (distinctCountries && isJointOccasion(range)) else { return false }
        // "the president and the prime minister" of one country are received one after the other; the
        // presidents of one union's council and commission come together
        if oneSide, let country = people.first?.country, capitals[country ?? ""] != nil,
            people.filter({ MeetingCues.headRoles.contains($0.role ?? "") }).count > 1
        {
            return false
        }
        // "with A, and with B": the preposition said again, a meeting again
        if let first = objects.first?.position, let last = objects.last?.position,
            (first..<last).contains(where: { keys[$0] == "and" && keys[$0 + 1] == "with" })
        {
            return false
        }
        return !range.contains { MeetingCues.separately.contains(keys[$0]) }
    }

    /// Leaders of several countries met as one only when the text says the occasion was shared: a summit,
    /// a three-way meeting, a dinner for them all, "together" (in the sentence or the one after it);
    /// otherwise "will meet A and B" at a gathering is one bilateral each.
    mutating func isJointOccasion(_ range: Range<Int>) -> Bool {
        var words = range
        if let sentence = text.sentence(of: range.lowerBound), sentence + 1 < text.sentences.count {
            words = range.lowerBound..<text.sentences[sentence + 1].upperBound
        }
        if words.contains(where: { MeetingCues.jointOccasions.contains(keys[$0]) }) { return true }
        // "their first three-way meeting" anywhere in the story: the leaders it lists met as one
        return storySaysSeveralWays
    }

    /// "was received by", "greeted by": the people after it are the hosts who met the subject.
    func isAgentPhrase(_ words: Range<Int>, shape: MeetingCues.Shape) -> Bool {
        shape == .passive || (words.upperBound < keys.count && keys[words.upperBound] == "by")
    }

    /// ", hosted by C" after a meeting: a participle phrase with no subject of its own.
    func isHostedByPhrase(_ words: Range<Int>) -> Bool {
        guard words.count == 1, ["hosted", "welcomed", "received"].contains(keys[words.lowerBound]),
            words.upperBound < keys.count, keys[words.upperBound] == "by", words.lowerBound > 0
        else { return false }
        return keys[words.lowerBound - 1] == ","
    }
}
