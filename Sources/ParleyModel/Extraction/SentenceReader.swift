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
            let hostedMeetings = drafts.indices.filter { drafts[$0].clause == previousClause }
            if let words = trigger?.words, isHostedByPhrase(words), !found.isEmpty, !hostedMeetings.isEmpty {
                let hosts = Set(found.flatMap(\.people)).subtracting(carried)
                for k in hostedMeetings { drafts[k].people.formUnion(hosts) }
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
                && !(trigger.upperBound..<$0.position).contains { MeetingCues.subordinators.contains(keys[$0]) }
        }
        // "In his talks with A, B said": the possessive before the meeting word is B, named after the comma.
        if let first = before.first, before.count == 1, isPossessivePronoun(first.position), after.count >= 2,
            let last = after.last, (after[0].position..<last.position).contains(where: { tokens[$0].text == "," })
        {
            before = [last]
            after.removeLast()
        }
        var groups: [Set<Int>] = []
        // where each one met stands, when the clause met several one by one
        var objectAt: [Int: Int] = [:]
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
                    for participant in after {
                        for person in participant.people { objectAt[person] = participant.position }
                    }
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
        // "the meeting with the premier": the meeting told before, named again
        let refersBack = trigger.lowerBound > range.lowerBound && keys[trigger.lowerBound - 1] == "the"
        // "is hosting", "are meeting": under way on the day of the report
        let isUnderway =
            trigger.lowerBound > range.lowerBound && ["is", "are"].contains(keys[trigger.lowerBound - 1])
            && keys[trigger.lowerBound].hasSuffix("ing")
        for group in groups where group.count >= 2 {
            let object = group.lazy.compactMap { objectAt[$0] }.first
            var made = draft(people: group, in: range, trigger: trigger, object: groups.count > 1 ? object : nil)
            made.status = status
            made.refersBack = refersBack
            made.isUnderway = isUnderway
            drafts.append(made)
            lastGroup = group
        }
        return (drafts, clauseSubject(before, participants, in: range))
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
