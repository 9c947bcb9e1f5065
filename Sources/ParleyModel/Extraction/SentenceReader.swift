/// Reads meetings out of one sentence at a time, keeping what later sentences refer back to: the
/// person a pronoun means, the people "the two leaders" means, the date "at that time" means.
struct SentenceReader {
    let text: AnnotatedText
    /// Country name → capital, for "visiting Zimbabwe".
    let capitals: [String: String]
    /// The last person who was the subject of a sentence: "he" and "his".
    var topic: Int?
    /// The people of the last meeting read: "the two leaders", "their".
    var lastGroup: Set<Int> = []
    var previousDate: AnnotatedText.DateNote?
    /// A subject whose meetings were announced without names ("a series of bilateral meetings").
    var pendingHost: (person: Int, sentence: Int, status: MeetingStatus, range: Range<Int>)?

    /// Person mentions by the sentence they start in, in text order.
    let mentionsBySentence: [[AnnotatedText.PersonMention]]
    /// The story calls a meeting trilateral, three-way, four-way (looked for the first time a list asks).
    lazy var storySaysSeveralWays: Bool = text.keys.contains(where: MeetingCues.severalWays.contains)
    /// Names and dates by the sentence they start in, in text order: a clause looks at its own sentence's,
    /// so a long article costs its length, not its length for every clause.
    let namesBySentence: [[AnnotatedText.NameMention]]
    let datesBySentence: [[AnnotatedText.DateNote]]

    init(text: AnnotatedText, capitals: [String: String]) {
        self.text = text
        self.capitals = capitals
        var buckets = [[AnnotatedText.PersonMention]](repeating: [], count: text.sentences.count)
        for mention in text.personMentions {
            if let sentence = text.sentence(of: mention.tokens.lowerBound) { buckets[sentence].append(mention) }
        }
        mentionsBySentence = buckets.map { $0.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        namesBySentence = Self.bySentence(text.names, in: text) { $0.tokens.lowerBound }
        datesBySentence = Self.bySentence(text.dates, in: text) { $0.mention.tokens.lowerBound }
    }

    private static func bySentence<T>(_ items: [T], in text: AnnotatedText, start: (T) -> Int) -> [[T]] {
        var buckets = [[T]](repeating: [], count: text.sentences.count)
        for item in items {
            if let sentence = text.sentence(of: start(item)) { buckets[sentence].append(item) }
        }
        return buckets
    }

    var keys: [String] { text.keys }
    var tokens: [Token] { text.tokens }

    /// A person (or several) at a token position of the sentence.
    struct Participant {
        var position: Int
        var people: [Int]
        var joinedByAnd: Bool
        /// Only a comma, "and" or a title stands between this person and the one before: one list.
        var listed = false
    }

    /// The meetings of sentence `index`, clause by clause: "A met B on Monday and will meet C on Friday"
    /// is two meetings, each with its own date, place and status; a clause without a subject has the
    /// subject of the clause before it.
    mutating func read(sentence index: Int) -> [MeetingExtractor.Draft] {
        var drafts: [MeetingExtractor.Draft] = []
        var carried: [Int] = []
        var carriedStatus: MeetingStatus?
        var previousClause: Range<Int> = 0..<0
        for (clause, trigger) in clauses(in: text.sentences[index]) {
            var (found, subject) = read(clause: clause, trigger: trigger, sentence: index, carried: carried)
            // "A met B in Riyadh, hosted by C": the host was at that meeting, not at one of their own
            if let words = trigger?.words, isHostedByPhrase(words), !found.isEmpty,
                let last = drafts.indices.last, drafts[last].sentence == index
            {
                let hosts = Set(found.flatMap(\.people)).subtracting(carried)
                for k in drafts.indices where drafts[k].sentence == index && drafts[k].clause == previousClause {
                    drafts[k].people.formUnion(hosts)
                }
                found = []
            }
            // "will meet A and hold talks with B": a bare verb after "and" is still in the future
            if carriedStatus == .planned, let words = trigger?.words, words.lowerBound > 0,
                keys[words.lowerBound - 1] == "and", MeetingCues.bareVerbs.contains(keys[words.lowerBound])
            {
                for k in found.indices { found[k].status = .planned }
            }
            for k in found.indices { found[k].clause = clause }
            drafts += found
            if !found.isEmpty { previousClause = clause }
            if let last = found.last { carriedStatus = last.status }
            if !subject.isEmpty { carried = subject }
        }
        return drafts
    }

    /// The meetings of one clause, and the people who are its subject.
    private mutating func read(clause range: Range<Int>, trigger found: Trigger?, sentence index: Int, carried: [Int])
        -> ([MeetingExtractor.Draft], subject: [Int])
    {
        let participants = self.participants(in: range, sentence: index, carried: carried)
        defer {
            if let first = participants.first(where: {
                $0.people.count == 1 && isSubjectPosition($0.position, in: range)
            }) {
                topic = first.people[0]
            }
            if let date = datesBySentence[index].last(where: { range.contains($0.mention.tokens.lowerBound) }) {
                previousDate = date
            }
        }
        var drafts: [MeetingExtractor.Draft] = []
        if let pending = pendingHost, pending.sentence == index - 1, text.people[pending.person].isLeader,
            !isRemote(range, excluding: range.lowerBound..<range.lowerBound)
        {
            pendingHost = nil
            let guests = Set(participants.flatMap(\.people)).subtracting([pending.person]).filter {
                text.people[$0].isLeader
            }
            for guest in guests.sorted() {
                var draft = draft(
                    people: [pending.person, guest], in: pending.range,
                    trigger: pending.range.lowerBound..<pending.range.lowerBound)
                draft.status = pending.status
                draft.sentence = index
                drafts.append(draft)
            }
        }
        guard let (trigger, shape) = found, !isRemote(range, excluding: found?.words ?? range) else {
            return (drafts, clauseSubject([], participants, in: range))
        }
        var before = participants.filter { $0.position < trigger.lowerBound }
            .filter { !(MeetingCues.plural.contains(keys[$0.position]) && $0.people.count < 2) }
        let outsideClauses = before.filter { !inRelativeClause($0.position, before: trigger.lowerBound, in: range) }
        if !outsideClauses.isEmpty { before = outsideClauses }
        if before.isEmpty, !carried.isEmpty {
            // "… and will meet C on Friday": the subject of the clause before
            before = [Participant(position: range.lowerBound, people: carried, joinedByAnd: false)]
        }
        var after = participants.filter {
            $0.position >= trigger.upperBound && !isAttending($0.position, in: range, after: trigger)
                && !isPossessivePronoun($0.position)
        }
        // "In his talks with A, B said": the possessive before the meeting word is B, named after the comma.
        if let first = before.first, before.count == 1, isPossessivePronoun(first.position), after.count >= 2,
            let last = after.last, (after[0].position..<last.position).contains(where: { tokens[$0].text == "," })
        {
            before = [last]
            after.removeLast()
        }
        var groups: [Set<Int>] = []
        switch shape {
        case .with, .transitive, .passive:
            let subject = subjectPeople(before)
            if subject.isEmpty, let object = after.first, after.count >= 2, shape == .with {
                // "At a meeting with A in X, B said": the subject comes after the object.
                groups = [Set(object.people + after[1].people)]
            } else if !subject.isEmpty, !after.isEmpty {
                var objects = after.flatMap(\.people).filter { !subject.contains($0) }
                // "was greeted by President A, the speaker B and the prime minister C": a welcoming party
                // of one country, led by the first named
                if isAgentPhrase(trigger, shape: shape), objects.count >= 2,
                    Set(objects.map { text.people[$0].country }).count == 1
                {
                    objects = [objects[0]]
                }
                if objects.isEmpty, subject.count >= 2 {
                    groups = [Set(subject)]  // "A and B met …, their first meeting since A took office"
                } else if subject.count > 1, objects.count == 1 {
                    // "A, B and C (separately) called on D": one call each
                    let apart =
                        MeetingCues.individualCalls.contains(keys[trigger.lowerBound])
                        || range.contains { MeetingCues.oneByOne.contains(keys[$0]) }
                    groups = apart ? subject.map { Set([$0] + objects) } : [Set(subject + objects)]
                } else if isOneEncounter(after, trigger: trigger, in: range) {
                    groups = [Set(subject + objects)]  // "A met B and C": the three together
                } else {
                    groups = objects.map { Set(subject + [$0]) }
                }
            } else if subject.count >= 2, after.isEmpty {
                groups = [Set(subject)]
            } else if !subject.isEmpty, after.isEmpty, shape == .with, let person = subject.first, subject.count == 1,
                Self.isPluralNoun(keys[trigger.upperBound - 1])
            {
                pendingHost = (person, index, .held, range)
            }
            if ["met", "meet", "meets"].contains(keys[trigger.lowerBound]), trigger.count == 1,
                trigger.upperBound < range.upperBound,
                MeetingCues.notPeople.contains(keys[trigger.upperBound]),
                !after.contains(where: { $0.position <= trigger.upperBound + 3 })
            {
                groups = []
            }
        case .together:
            if attendedOnly(before, trigger: trigger) {
                return (drafts, clauseSubject(before, participants, in: range))
            }
            let everyone = Set(before.flatMap(\.people) + after.flatMap(\.people))
            if before.isEmpty, keys[trigger].contains("meetings"), !keys[trigger].contains("between"),
                let host = topic, !everyone.isEmpty, !everyone.contains(host)
            {
                // "Bilateral meetings with A and B took place as well": the story's subject met each
                groups = everyone.sorted().map { Set([host, $0]) }
            } else if everyone.count >= 2 {
                groups = [everyone]
            } else if everyone.count == 1, let person = everyone.first, keys[trigger].contains(where: Self.isPluralNoun)
            {
                pendingHost = (person, index, .held, range)
            }
        }
        let members = groups.reduce(into: Set<Int>()) { $0.formUnion($1) }
        let nearBefore = before.last { !Set($0.people).isDisjoint(with: members) }?.position ?? trigger.lowerBound
        let nearAfter = after.first { !Set($0.people).isDisjoint(with: members) }?.position ?? trigger.upperBound
        let span = min(nearBefore, trigger.lowerBound)..<max(nearAfter + 2, trigger.upperBound)
        guard let status = status(in: range, trigger: span) else {
            if pendingHost?.sentence == index { pendingHost = nil }
            return (drafts, clauseSubject(before, participants, in: range))
        }
        if pendingHost?.sentence == index { pendingHost?.status = status }
        for group in groups where group.count >= 2 {
            var made = draft(people: group, in: range, trigger: trigger)
            made.status = status
            drafts.append(made)
            lastGroup = group
        }
        return (drafts, clauseSubject(before, participants, in: range))
    }

    /// "A met B and C" of one side (the heads of one country or body) is one encounter of three; guests of
    /// different countries, "bilateral meetings with B and C" and "met B and C separately" are one each.
    private mutating func isOneEncounter(_ after: [Participant], trigger: Range<Int>, in range: Range<Int>) -> Bool {
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
    private mutating func isJointOccasion(_ range: Range<Int>) -> Bool {
        var words = range
        if let sentence = text.sentence(of: range.lowerBound), sentence + 1 < text.sentences.count {
            words = range.lowerBound..<text.sentences[sentence + 1].upperBound
        }
        if words.contains(where: { MeetingCues.jointOccasions.contains(keys[$0]) }) { return true }
        // "their first three-way meeting" anywhere in the story: the leaders it lists met as one
        return storySaysSeveralWays
    }

    /// "was received by", "greeted by": the people after it are the hosts who met the subject.
    private func isAgentPhrase(_ words: Range<Int>, shape: MeetingCues.Shape) -> Bool {
        shape == .passive || (words.upperBound < keys.count && keys[words.upperBound] == "by")
    }

    /// ", hosted by C" after a meeting: a participle phrase with no subject of its own.
    private func isHostedByPhrase(_ words: Range<Int>) -> Bool {
        guard words.count == 1, ["hosted", "welcomed", "received"].contains(keys[words.lowerBound]),
            words.upperBound < keys.count, keys[words.upperBound] == "by", words.lowerBound > 0
        else { return false }
        return keys[words.lowerBound - 1] == ","
    }

    /// "his", "their": a possessive pronoun, which names a participant only before the meeting word.
    func isPossessivePronoun(_ position: Int) -> Bool {
        ["his", "its", "their"].contains(keys[position])
    }

    /// "meetings", "talks": a noun that announces meetings the next sentence may name.
    static func isPluralNoun(_ key: String) -> Bool {
        ["meetings", "talks", "discussions", "encounters", "bilaterals"].contains(key)
    }

    /// Not the object of a preposition or of a meeting word ("with B", "after meeting B").
    private func isSubjectPosition(_ position: Int, in range: Range<Int>) -> Bool {
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
    private func clauseSubject(_ before: [Participant], _ participants: [Participant], in range: Range<Int>) -> [Int] {
        let subject = subjectPeople(before)
        if !subject.isEmpty { return subject }
        return participants.first { $0.people.count == 1 && isSubjectPosition($0.position, in: range) }?.people ?? []
    }

    /// "A, who accompanied C, met B": C stands in a clause about A, not as a subject of the meeting.
    private func inRelativeClause(_ position: Int, before trigger: Int, in range: Range<Int>) -> Bool {
        guard position > range.lowerBound else { return false }
        var i = position - 1
        while i > range.lowerBound, tokens[i].text != "," { i -= 1 }
        guard tokens[i].text == ",", i + 1 < position, ["who", "whose", "which", "whom"].contains(keys[i + 1]) else {
            return false
        }
        return (position..<trigger).contains { tokens[$0].text == "," }
    }

    private func subjectPeople(_ before: [Participant]) -> [Int] {
        guard let last = before.last else { return [] }
        guard last.joinedByAnd else { return last.people }
        // "Macron, Scholz and Draghi met …": the whole list, back to its first name
        var start = max(0, before.count - 2)  // "and" joins the last two
        while start > 0, before[start].listed { start -= 1 }
        return Array(Set(before[start...].flatMap(\.people)))
    }

    /// Every person in the sentence by position, with pronouns and group phrases resolved.
    private func participants(in range: Range<Int>, sentence: Int, carried: [Int] = []) -> [Participant] {
        var result: [Participant] = []
        var covered = [Bool](repeating: false, count: range.count)  // by token, from range.lowerBound
        var coveredEnd: Int?
        for mention in mentionsBySentence[sentence] where range.contains(mention.tokens.lowerBound) {
            if excluded(mention.tokens.lowerBound, in: range) { continue }
            let previousEnd = min(coveredEnd ?? range.lowerBound, mention.tokens.lowerBound)
            let gap = previousEnd..<mention.tokens.lowerBound
            let joined =
                !result.isEmpty && gap.count <= 8 && gap.contains { keys[$0] == "and" }
                && !gap.contains {
                    tokens[$0].kind == .punctuation && [",", ";", "."].contains(tokens[$0].text)
                        && !gap.contains { keys[$0] == "and" }
                }
            let listed =
                !result.isEmpty && !gap.isEmpty && gap.count <= 8
                && gap.allSatisfy { [",", "and", "&", "the"].contains(keys[$0]) || tokens[$0].isCapitalized }
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
    private func pronounAntecedent(_ key: String, at i: Int, named: [Participant], carried: [Int]) -> Int? {
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
    private func excluded(_ position: Int, in range: Range<Int>) -> Bool {
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
    private func isAttending(_ position: Int, in range: Range<Int>, after trigger: Range<Int>) -> Bool {
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
    private func attendedOnly(_ before: [Participant], trigger: Range<Int>) -> Bool {
        guard let last = before.last, last.position < trigger.lowerBound else { return false }
        return (last.position..<trigger.lowerBound).contains { MeetingCues.attended.contains(keys[$0]) }
    }

    private func isRemote(_ range: Range<Int>, excluding trigger: Range<Int>) -> Bool {
        range.contains { !trigger.contains($0) && MeetingCues.remote.contains(keys[$0]) }
    }

    /// Held, planned, or (nil) not a meeting at all: hoped for, refused, invited.
    private func status(in range: Range<Int>, trigger: Range<Int>) -> MeetingStatus? {
        let window =
            max(
                range.lowerBound, min(trigger.lowerBound, trigger.lowerBound - 8))..<min(
                range.upperBound, trigger.upperBound + 3)
        if contains(MeetingCues.hopedByFirstWord, in: window) { return nil }
        // (the span may reach past the clause: every range below is clamped to it)
        let end = min(max(trigger.upperBound, range.lowerBound), range.upperBound)
        // "the meeting … was cancelled": undone, whatever words stand between
        if (end..<range.upperBound).contains(where: { MeetingCues.undone.contains(keys[$0]) }) { return nil }
        // "have met more than 40 times": a count of meetings, not one of them
        let after = end..<min(range.upperBound, end + 6)
        if after.contains(where: { MeetingCues.aggregate.contains(keys[$0]) }) { return nil }
        return contains(MeetingCues.plannedByFirstWord, in: window) ? .planned : .held
    }

    private func contains(_ cues: [String: [[String]]], in window: Range<Int>) -> Bool {
        for i in window where tokens[i].kind == .word && !tokens[i].isCapitalized {
            for cue in cues[keys[i]] ?? [] where i + cue.count <= window.upperBound {
                if keys[i..<i + cue.count].elementsEqual(cue) { return true }
            }
        }
        return false
    }
}
