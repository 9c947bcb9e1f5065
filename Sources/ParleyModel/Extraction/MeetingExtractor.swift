/// Finds in-person meetings in an annotated article: who met whom, where, when, held or planned.
///
/// Sentence by sentence: a meeting word ("met", "held talks with", "hosted", "was welcomed by",
/// "review the honour guard"), the people on each side of it (names, role references, pronouns
/// resolved to people introduced earlier), and no sign that it was a call, a letter, an invitation or
/// only a hope. Reports of one meeting within an article are merged.
public struct MeetingExtractor: Sendable {
    let capitals: [String: String]

    public init(knowledge: KnowledgeBase = .bundled) {
        var capitals: [String: String] = [:]
        for country in knowledge.countries { capitals[country.name] = country.capital }
        self.capitals = capitals
    }

    /// Longest first; of equal length, exact words before patterns with a filler slot.
    static let triggers = MeetingCues.triggers.sorted {
        ($0.0.count, $0.0.contains("*") ? 0 : 1) > ($1.0.count, $1.0.contains("*") ? 0 : 1)
    }
    /// The triggers by their first word, longest first: one dictionary look-up per token.
    static let triggersByFirstWord = Dictionary(grouping: triggers) { $0.0[0] }

    /// A meeting as read from one sentence, before merging.
    struct Draft {
        var people: Set<Int>
        var sentence: Int
        var status: MeetingStatus
        var place: String?
        var venue: String?
        var date: ResolvedDate?
        var expression: DateExpression?
        var isCurrent: Bool
        /// The clause of its sentence it was read from.
        var clause: Range<Int> = 0..<0
        /// The place is the capital of a country visited ("will visit New Zealand"), not a city named.
        var placeIsGuess = false
        /// "the meeting with Xi", "the talks": a meeting the story has told already, named again.
        var refersBack = false
        /// "the president is hosting a dinner for …": told in the present progressive, so on the day of the report.
        var isUnderway = false
    }

    public func meetings(in annotated: AnnotatedText, article: Article) -> [Meeting] {
        var reader = SentenceReader(text: annotated, capitals: capitals)
        var drafts: [Draft] = []
        for index in annotated.sentences.indices {
            drafts += reader.read(sentence: index)
        }
        // principals are leaders: an official, an envoy or an aide the text titles as such came with them
        for k in drafts.indices {
            drafts[k].people = drafts[k].people.filter {
                annotated.people[$0].isLeader || annotated.people[$0].role == nil
            }
        }
        let merged = Self.merge(drafts)
        let titleOrdinal = Self.ordinal(in: Tokenizer.tokenize(article.title).map(\.key))
        let lead = merged.first { $0.isCurrent && $0.status == .held && $0.date?.date != nil }?.date
        let fallback = storyDate(annotated, article: article, lead: lead)
        var known: [Bool]?
        // which tokens extraction knows, worked out the first time a meeting without a place asks
        func knownTokens() -> [Bool] {
            if let known { return known }
            let tokens = Self.knownTokens(annotated)
            known = tokens
            return tokens
        }
        // a day the story counts from its own ("on Friday", "today") tells where it is; one written out
        // ("October 30") may be background, and counts only when no counted day came before
        let days = Self.storyDays(annotated)
        let countedDays = days.filter(\.mention.expression.isCounted)
        let found = merged.map { draft in
            // A held meeting of the story with no place of its own was where the one before it was.
            var place = draft.place
            if place == nil, draft.isCurrent, draft.status == .held,
                !Self.namesAnUnknownPlace(annotated, draft.sentence, known: knownTokens())
            {
                place =
                    merged.last {
                        $0.sentence < draft.sentence && $0.isCurrent && $0.status == .held && $0.place != nil
                    }?.place
            }
            let range = annotated.sentences[draft.sentence]
            let evidenceRange = trimmed(range, in: annotated)
            let first = annotated.tokens[evidenceRange.lowerBound]
            let last = annotated.tokens[evidenceRange.upperBound - 1]
            var date = draft.date?.date
            var basis = draft.date?.basis ?? "no date in the text"
            if date == nil, draft.expression == nil, draft.isCurrent, draft.status == .held,
                let day = Self.storyDay(before: draft.sentence, in: annotated, days: countedDays)
                    ?? Self.storyDay(before: draft.sentence, in: annotated, days: days)
            {
                date = day.date
                basis = day.basis
            } else if date == nil, draft.expression == nil, draft.isUnderway, let reference = annotated.reference,
                reference.precision == .day
            {
                date = reference
                basis = "\(annotated.referenceBasis) (told as under way)"
            } else if date == nil, draft.expression == nil, draft.isCurrent, let fallback {
                date = fallback.date
                basis = fallback.basis
                // a meeting still to come with no day given: the story says only that it is near
                if draft.status == .planned, let day = date, day.precision == .day {
                    date = day.truncated(to: .month)
                    basis = "month of the \(basis) (planned, no day given)"
                }
            }
            return Meeting(
                participants: draft.people.map { annotated.people[$0].name }, place: place, venue: draft.venue,
                date: date, dateBasis: basis, status: draft.status, evidence: annotated.string(evidenceRange),
                evidenceStart: first.start, evidenceEnd: last.end, isCurrent: draft.isCurrent,
                weekday: Self.weekday(draft.expression),
                ordinal: Self.ordinal(in: Array(annotated.keys[range])) ?? (draft.isCurrent ? titleOrdinal : nil))
        }
        return Self.foldPairs(into: found)
    }

    /// "at Windsor Castle", "in Gyeongju", "at the summit": the sentence says where, in words the knowledge
    /// base does not know or by an event, so the story's place must not stand in for it.
    static func namesAnUnknownPlace(_ annotated: AnnotatedText, _ sentence: Int, known: [Bool]) -> Bool {
        let range = annotated.sentences[sentence]
        // "on the sidelines of the summit": where the summit was, which may not be the story's city
        if range.contains(where: { MeetingCues.events.contains(annotated.keys[$0]) }) { return true }
        for i in range where ["at", "in"].contains(annotated.keys[i]) {
            var j = i + 1
            if j < range.upperBound, annotated.keys[j] == "the" { j += 1 }
            if j < range.upperBound, annotated.tokens[j].isCapitalized, !known[j] { return true }
        }
        return false
    }

    /// Per token, whether extraction knows it as part of a name, a person or a date.
    static func knownTokens(_ annotated: AnnotatedText) -> [Bool] {
        var known = [Bool](repeating: false, count: annotated.tokens.count)
        let ranges =
            annotated.names.map(\.tokens) + annotated.personMentions.map(\.tokens)
            + annotated.dates.map(\.mention.tokens)
        for range in ranges {
            for j in range where j < known.count { known[j] = true }
        }
        return known
    }

    static let ordinals = ["second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5]
    static let occasions: Set<String> = [
        "visit", "trip", "meeting", "encounter", "summit", "talks", "visits", "meetings",
    ]

    /// 2 for "second visit", "second trip to China", "second encounter this year"; nil otherwise.
    static func ordinal(in keys: [String]) -> Int? {
        for (i, key) in keys.enumerated() {
            guard let rank = ordinals[key] else { continue }
            if keys[(i + 1)..<min(keys.count, i + 4)].contains(where: occasions.contains) { return rank }
        }
        return nil
    }

    static func weekday(_ expression: DateExpression?) -> Int? {
        if case .weekday(let day) = expression { return day }
        return nil
    }

    private func trimmed(_ range: Range<Int>, in annotated: AnnotatedText) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound + 1, annotated.tokens[end - 1].kind == .lineBreak { end -= 1 }
        return range.lowerBound..<end
    }

    /// The date a current report takes when its sentence has none: the publication (or reference) date,
    /// else the date of the article's main dated meeting, else a year in the headline.
    func storyDate(_ annotated: AnnotatedText, article: Article, lead: ResolvedDate?) -> ResolvedDate? {
        if let lead, let date = lead.date {
            return ResolvedDate(date: date, basis: "the date of the article's main meeting")
        }
        if let reference = annotated.reference {
            return ResolvedDate(date: reference, basis: "\(annotated.referenceBasis) (reported as news)")
        }
        let headline = Tokenizer.tokenize(article.title)
        for mention in DateScanner.scan(headline) {
            if case .calendar(let date) = mention.expression {
                return ResolvedDate(date: date.truncated(to: .year), basis: "year in the headline")
            }
        }
        return nil
    }

    /// The day the story has reached when a held meeting is told without one: the last day an earlier
    /// sentence names ("arrived on Friday (November 4)", "spent Monday at the palace"), when that day is
    /// the news (the week up to the reference date), not a report's or a statement's date.
    static func storyDay(before sentence: Int, in annotated: AnnotatedText, days: [AnnotatedText.DateNote])
        -> ResolvedDate?
    {
        guard sentence > 0 else { return nil }
        let start = annotated.sentences[sentence].lowerBound
        // the last of the days (in text order) that starts before the sentence
        var low = 0
        var high = days.count
        while low < high {
            let mid = (low + high) / 2
            if days[mid].mention.tokens.lowerBound < start { low = mid + 1 } else { high = mid }
        }
        guard low > 0, let date = days[low - 1].resolved.date else { return nil }
        return ResolvedDate(date: date, basis: "the story's day, '\(days[low - 1].mention.text)' earlier in the text")
    }

    /// The days a story can reach: dated to the day, in the week up to the reference date, not a report's.
    static func storyDays(_ annotated: AnnotatedText) -> [AnnotatedText.DateNote] {
        guard let reference = annotated.reference, reference.precision == .day else { return [] }
        return annotated.dates.filter { note in
            guard let date = note.resolved.date, date.precision == .day, date <= reference,
                reference.dayNumber - date.dayNumber <= 7
            else { return false }
            let from = note.mention.tokens.lowerBound
            let window = max(0, from - 7)..<from
            // not a report's date, nor one a relative clause gives ("leaders who saw his inauguration on Monday")
            return !window.contains {
                MeetingCues.reporting.contains(annotated.keys[$0]) || MeetingCues.relatives.contains(annotated.keys[$0])
            }
        }
    }

    /// Reports of one meeting within an article become one: same people, dates that agree.
    static func merge(_ drafts: [Draft]) -> [Draft] {
        var result: [Draft] = []
        // the merged reports of each set of people, by index: a draft is compared with those alone
        var byPeople: [Set<Int>: [Int]] = [:]
        for draft in drafts where draft.people.count >= 2 {
            let earlier = byPeople[draft.people] ?? []
            if let index = earlier.first(where: { compatible(result[$0], draft) })
                ?? (draft.refersBack ? earlier.last : nil)
            {
                var kept = result[index]
                if (draft.date?.precision ?? .unknown) > (kept.date?.precision ?? .unknown)
                    || (kept.expression == nil && draft.expression != nil)
                {
                    kept.date = draft.date
                    kept.expression = draft.expression
                }
                if kept.venue == nil { kept.venue = draft.venue }
                // a city the text names over a capital guessed from the country visited
                if kept.place == nil || (kept.placeIsGuess && draft.place != nil && !draft.placeIsGuess) {
                    kept.place = draft.place
                    kept.placeIsGuess = draft.placeIsGuess
                }
                // a meeting named again keeps the status it was told with
                if draft.status == .held, !draft.refersBack { kept.status = .held }
                kept.isCurrent = kept.isCurrent || draft.isCurrent
                result[index] = kept
            } else {
                byPeople[draft.people, default: []].append(result.count)
                result.append(draft)
            }
        }
        return result
    }

    /// "Obama met Netanyahu, and Abbas" told beside "their first three-way meeting" that day: the pairs are
    /// that meeting told in part. A meeting of three or more takes in the meetings of its people on the
    /// same day (both dated to the day, of the same status) when together they name all of its people.
    static func foldPairs(into meetings: [Meeting]) -> [Meeting] {
        var result = meetings
        for big in meetings where big.participants.count >= 3 {
            guard let day = big.date, day.precision == .day else { continue }
            let everyone = Set(big.participants)
            func isPart(_ small: Meeting) -> Bool {
                small.participants.count < everyone.count && everyone.isSuperset(of: small.participants)
                    && small.status == big.status && small.date == day
            }
            // only a whole fan: pairs that leave someone out may be a meeting of their own
            let parts = result.filter(isPart)
            guard Set(parts.flatMap(\.participants)) == everyone else { continue }
            result.removeAll(where: isPart)
        }
        return result
    }

    static func compatible(_ a: Draft, _ b: Draft) -> Bool {
        guard a.people == b.people else { return false }
        if let x = a.place, let y = b.place, x != y, !a.placeIsGuess, !b.placeIsGuess { return false }
        // two clauses of one sentence about one pair, one of them undated: one meeting told twice
        if a.sentence == b.sentence, a.expression == nil || b.expression == nil { return true }
        switch (a.expression, b.expression) {
        case (nil, nil): return true
        case (nil, _), (_, nil):
            // one told as done, one as to come, and only one dated: two meetings, not one
            return a.isCurrent == b.isCurrent && a.status == b.status
        default:
            if let x = a.date?.date, let y = b.date?.date { return x.isCompatible(with: y) }
            return a.expression == b.expression
        }
    }
}
