/// The people of a clause: names, pronouns and "the two leaders" resolved, and those present only in
/// passing (attending, accompanying, named as an ally) told apart from the principals.
extension SentenceReader {
    /// "his", "their": a possessive pronoun, which names a participant only before the meeting word.
    func isPossessivePronoun(_ position: Int) -> Bool {
        ["his", "its", "their"].contains(keys[position])
    }

    /// "meetings", "talks": a noun that announces meetings the next sentence may name.
    static func isPluralNoun(_ key: String) -> Bool {
        ["meetings", "talks", "discussions", "encounters", "bilaterals"].contains(key)
    }

    /// Not the object of a preposition or of a meeting word ("with B", "after meeting B").
    func isSubjectPosition(_ position: Int, in range: Range<Int>) -> Bool {
        // look past the title before the name: "with Chinese President Xi" is an object
        var name = position
        while name > range.lowerBound, position - name < 5, tokens[name - 1].isCapitalized { name -= 1 }
        let start = max(range.lowerBound, name - 2)
        return !(start..<name).contains {
            ["of", "with", "to", "by", "according", "from", "for"].contains(keys[$0])
                || trigger(at: $0, in: range) != nil
        }
    }

    /// Who a clause is about, for the clause after it: its subject, else its first person in subject
    /// position ("After meeting A in Delhi, B flew on" is about B).
    func clauseSubject(_ before: [Participant], _ participants: [Participant], in range: Range<Int>) -> [Int] {
        let subject = subjectPeople(before)
        if !subject.isEmpty { return subject }
        return participants.first { $0.people.count == 1 && isSubjectPosition($0.position, in: range) }?.people ?? []
    }

    /// "A, who accompanied C, met B": C stands in a clause about A, not as a subject of the meeting.
    func inRelativeClause(_ position: Int, before trigger: Int, in range: Range<Int>) -> Bool {
        guard position > range.lowerBound else { return false }
        var i = position - 1
        while i > range.lowerBound, tokens[i].text != "," { i -= 1 }
        guard tokens[i].text == ",", i + 1 < position, ["who", "whose", "which", "whom"].contains(keys[i + 1]) else {
            return false
        }
        return (position..<trigger).contains { tokens[$0].text == "," }
    }

    func subjectPeople(_ before: [Participant]) -> [Int] {
        guard let last = before.last else { return [] }
        guard last.joinedByAnd else { return last.people }
        // "Macron, Scholz and Draghi met …": the whole list, back to its first name
        var start = max(0, before.count - 2)  // "and" joins the last two
        while start > 0, before[start].listed { start -= 1 }
        // in the order the text names them: the meetings read from the list come out in that order every run
        var seen: Set<Int> = []
        return before[start...].flatMap(\.people).filter { seen.insert($0).inserted }
    }

    /// Every person in the sentence by position, with pronouns and group phrases resolved.
    func participants(in range: Range<Int>, sentence: Int, carried: [Int] = []) -> [Participant] {
        var result: [Participant] = []
        var covered = [Bool](repeating: false, count: range.count)  // by token, from range.lowerBound
        var coveredEnd: Int?
        for mention in mentionsBySentence[sentence] where range.contains(mention.tokens.lowerBound) {
            if excluded(mention.tokens.lowerBound, in: range) { continue }
            let previousEnd = min(coveredEnd ?? range.lowerBound, mention.tokens.lowerBound)
            let gap = previousEnd..<mention.tokens.lowerBound
            // "A, President of the Senate, and B": a title with its "of" may stand between
            let joined =
                !result.isEmpty && gap.count <= 10 && gap.contains { keys[$0] == "and" }
                && !gap.contains {
                    tokens[$0].kind == .punctuation && [",", ";", "."].contains(tokens[$0].text)
                        && !gap.contains { keys[$0] == "and" }
                }
            let listed =
                !result.isEmpty && !gap.isEmpty && gap.count <= 10
                && gap.allSatisfy { [",", "and", "&", "the", "of"].contains(keys[$0]) || tokens[$0].isCapitalized }
            result.append(
                Participant(
                    position: mention.tokens.lowerBound, people: [mention.person], joinedByAnd: joined, listed: listed))
            for i in mention.tokens where range.contains(i) { covered[i - range.lowerBound] = true }
            coveredEnd = max(coveredEnd ?? 0, mention.tokens.upperBound)
        }
        for i in range where !covered[i - range.lowerBound] && tokens[i].kind == .word {
            let key = keys[i]
            if MeetingCues.singular.contains(key),
                let person = pronounAntecedent(key, at: i, named: result, carried: carried) ?? topic
            {
                // "Jokowi will travel to Tokyo, where he …": he is the sentence's own subject before the topic
                result.append(Participant(position: i, people: [person], joinedByAnd: false))
            } else if MeetingCues.plural.contains(key), lastGroup.count >= 2,
                key != "two" || (i + 1 < tokens.count && MeetingCues.afterTheTwo.contains(keys[i + 1]))
            {
                if key == "both",
                    !(i + 1 < tokens.count && ["leaders", "presidents", "men", "sides"].contains(keys[i + 1]))
                {
                    continue
                }
                result.append(Participant(position: i, people: Array(lastGroup), joinedByAnd: false))
            }
        }
        return result.sorted { $0.position < $1.position }
    }

    /// Who a pronoun stands for within its own sentence: "Jokowi will travel to Tokyo, where he …" is
    /// Jokowi; "Modi arrived, where Biden greeted him" is Modi (an object pronoun is not the person named
    /// just before it). Nil sends it to the topic of the sentences before.
    func pronounAntecedent(_ key: String, at i: Int, named: [Participant], carried: [Int]) -> Int? {
        let earlier = named.filter { $0.position < i }
        switch key {
        case "he", "she":
            return earlier.first?.people.first ?? (carried.count == 1 ? carried.first : nil)
        case "him", "her":
            // "A, B and C will call on him": the people of one list are the subject, not the object
            if earlier.dropFirst().allSatisfy({ $0.joinedByAnd || $0.listed }) { return nil }
            return earlier.count >= 2 ? earlier.first?.people.first : nil
        default:
            return nil
        }
    }

    /// "ally of Putin", "according to Xi": a person named in passing, not taking part.
    func excluded(_ position: Int, in range: Range<Int>) -> Bool {
        var i = position - 1
        while i >= range.lowerBound, i >= position - 4 {
            if keys[i] == "of" {
                // "Secretary of State Marco Rubio": the "of" of a title, not of a relation
                if i > range.lowerBound, MeetingCues.titleHeads.contains(keys[i - 1]) {
                    i -= 1
                    continue
                }
                return
                    !(i > range.lowerBound
                    && ["meeting", "meetings", "talks", "summit", "visit", "sidelines", "honour", "honor"]
                        .contains(keys[i - 1]))
            }
            if keys[i] == "according" || keys[i] == "ally" || keys[i] == "allies" { return true }
            if tokens[i].kind == .punctuation || keys[i] == "and" || keys[i] == "with" || keys[i] == "by" {
                return false
            }
            i -= 1
        }
        return false
    }

    /// "joined part of the time by Moon", "with Blinken attending": present, not a principal. Only words
    /// after the meeting word count: in "A, who accompanied C, met B" the accompanying is A's, not B's.
    func isAttending(_ position: Int, in range: Range<Int>, after trigger: Range<Int>) -> Bool {
        let before = max(range.lowerBound, trigger.upperBound, position - 11)..<position
        if before.contains(where: { MeetingCues.attendance.contains(keys[$0]) }) { return true }
        // "met B, who was accompanied by … C": everyone after "accompanied by" came with B
        let clause = max(range.lowerBound, trigger.upperBound)..<position
        if clause.contains(where: { keys[$0] == "accompanied" && $0 + 1 < position && keys[$0 + 1] == "by" }) {
            return true
        }
        if clause.contains(where: { MeetingCues.membership.contains(keys[$0]) }) { return true }
        let after = position..<min(range.upperBound, position + 8)
        return after.contains { MeetingCues.attendance.contains(keys[$0]) && keys[$0] == "attending" }
    }

    /// "Blinken and Wang Yi attended the talks": the people of the sentence attended, not met.
    func attendedOnly(_ before: [Participant], trigger: Range<Int>) -> Bool {
        guard let last = before.last, last.position < trigger.lowerBound else { return false }
        return (last.position..<trigger.lowerBound).contains { MeetingCues.attended.contains(keys[$0]) }
    }
}
