/// Where and when a meeting read from a sentence took place.
extension SentenceReader {
    /// The meeting of `people` read from a clause; `object` is where the one met stands when the clause
    /// lists several met one by one ("met yesterday with A and last Friday with B").
    func draft(people: Set<Int>, in range: Range<Int>, trigger: Range<Int>, object: Int? = nil)
        -> MeetingExtractor.Draft
    {
        let (place, venue) = location(in: range, trigger: trigger)
        let placeIsCapital = place != nil && venue == nil && !namesPlace(place, in: range)
        let note = date(in: range, trigger: trigger, object: object)
        let near = max(range.lowerBound, trigger.lowerBound - 6)..<min(range.upperBound, trigger.upperBound + 6)
        var background = near.contains { MeetingCues.background.contains(keys[$0]) && !tokens[$0].isCapitalized }
        if let note, note.mention.tokens.lowerBound >= 2 {
            let start = note.mention.tokens.lowerBound
            background =
                background || (start - 3..<start).contains { $0 >= 0 && MeetingCues.background.contains(keys[$0]) }
        }
        var current = !background
        if let note {
            switch note.mention.expression {
            case .weekday, .relativeDays, .relativeWeeks: current = true
            // "on Monday (Dec 16)" in a story with no date of its own: its news, as a weekday would be
            case .monthDay where text.reference == nil: current = !background
            default:
                if let date = note.resolved.date, let reference = text.reference {
                    current = date.isCompatible(with: reference) && date.precision >= .month
                } else {
                    // no reference date: an explicit date is the story's own unless the sentence looks back
                    current = !background && note.resolved.date != nil
                }
            }
        }
        return MeetingExtractor.Draft(
            people: people, sentence: text.sentence(of: range.lowerBound) ?? 0, status: .held, place: place,
            venue: venue, date: note?.resolved, expression: note?.mention.expression, isCurrent: current,
            placeIsGuess: placeIsCapital)
    }

    /// The sentence names `place` itself, rather than a country whose capital stands in for it.
    private func namesPlace(_ place: String?, in range: Range<Int>) -> Bool {
        guard let place, let sentence = text.sentence(of: range.lowerBound) else { return false }
        return namesBySentence[sentence].contains { $0.kind == .place && ($0.city ?? $0.name) == place }
    }

    /// The venue (and its city), or the city nearest the meeting word; a visited country's capital.
    func location(in range: Range<Int>, trigger: Range<Int>) -> (place: String?, venue: String?) {
        let names = text.sentence(of: range.lowerBound).map { namesBySentence[$0] } ?? []
        let places = names.filter { $0.kind == .place && range.contains($0.tokens.lowerBound) }
            .filter { place in
                let start = place.tokens.lowerBound
                let before = max(range.lowerBound, start - 3)..<start
                if before.contains(where: { MeetingCues.notHere.contains(keys[$0]) }) { return false }
                // "invited Lukashenko to visit Harare": where someone may go, not where they met
                let invitation = max(range.lowerBound, start - 6)..<start
                if invitation.contains(where: { MeetingCues.invitation.contains(keys[$0]) }) { return false }
                // "in Sochi", "at the Black Sea resort of Sochi"
                let locative =
                    before.contains { MeetingCues.locative.contains(keys[$0]) }
                    || (start >= 2 && keys[start - 1] == "of" && MeetingCues.placeNouns.contains(keys[start - 2]))
                let afterTrigger = start - trigger.upperBound
                guard start >= trigger.lowerBound - 20 else { return false }
                // a city near the meeting word with "in"/"at"; a venue near it even bare, or further on
                // with "at" ("… during a welcome ceremony at the Great Hall"); not "an Élysée spokesperson"
                if place.isVenue { return afterTrigger <= 12 || (locative && afterTrigger <= 25) }
                return locative && afterTrigger <= 16
            }
        // the venue after the meeting word ("met B at the Jubilee House"), else the nearest before it
        func nearness(_ place: AnnotatedText.NameMention) -> (Int, Int) {
            let start = place.tokens.lowerBound
            return (start < trigger.lowerBound ? 1 : 0, abs(start - trigger.lowerBound))
        }
        if let venue = places.filter(\.isVenue).min(by: { nearness($0) < nearness($1) }) {
            // a venue Parley does not know stands in the city named beside it, if any
            return (venue.city ?? places.first { !$0.isVenue }.map { $0.city ?? $0.name }, venue.name)
        }
        let ordered = places.sorted {
            abs($0.tokens.lowerBound - trigger.lowerBound) < abs($1.tokens.lowerBound - trigger.lowerBound)
        }
        if let city = ordered.first { return (city.city ?? city.name, nil) }
        for country in names
        where country.kind == .country && !country.isDemonym && range.contains(country.tokens.lowerBound) {
            let start = country.tokens.lowerBound
            if start >= 2,
                ["visiting", "visit", "trip", "visited", "to"].contains(keys[start - 1]) || keys[start - 2] == "visit",
                let capital = capitals[country.name]
            {
                return (capital, nil)
            }
        }
        return (nil, nil)
    }

    /// The sentence's date for the meeting: not a report's date ("as reported on Sunday"), not a
    /// journey's ("travelled on Sunday to discuss"); "at that time" takes the previous sentence's.
    func date(in range: Range<Int>, trigger: Range<Int>, object: Int? = nil) -> AnnotatedText.DateNote? {
        let travelBefore = (range.lowerBound..<trigger.lowerBound).contains { MeetingCues.travel.contains(keys[$0]) }
        let dates = text.sentence(of: range.lowerBound).map { datesBySentence[$0] } ?? []
        let candidates = dates.filter { note in
            let start = note.mention.tokens.lowerBound
            guard range.contains(start) else { return false }
            if travelBefore, start < trigger.lowerBound { return false }
            // "with the premier, who took office in May 2019": the date of a relative clause
            if start > trigger.upperBound, relativeClauseOpens(after: trigger.upperBound, before: start) {
                return false
            }
            let window = max(range.lowerBound, start - 7)..<start
            if window.contains(where: { MeetingCues.reporting.contains(keys[$0]) }) { return false }
            // "since the January election": a date the meeting is measured from, not its own; but in
            // "since 2019, when they met", the "when" clause is about that date
            let end = note.mention.tokens.upperBound
            if end + 1 < range.upperBound, keys[end] == ",", keys[end + 1] == "when", end + 1 < trigger.lowerBound {
                return true
            }
            return !(max(range.lowerBound, start - 3)..<start).contains {
                MeetingCues.anchorsElsewhere.contains(keys[$0])
            }
        }
        // "met yesterday with A and last Friday with B": each one met takes the day told just before them
        if let object, candidates.count >= 2,
            let own = candidates.last(where: { (trigger.lowerBound..<object).contains($0.mention.tokens.lowerBound) })
        {
            return own
        }
        if let best = candidates.max(by: { a, b in
            let pa = a.resolved.precision
            let pb = b.resolved.precision
            if pa != pb { return pa < pb }
            // "tomorrow, Thursday, May 4": the date written out over the one counted from the report
            let ea = a.mention.expression.isCounted
            let eb = b.mention.expression.isCounted
            if ea != eb { return ea }
            return abs(a.mention.tokens.lowerBound - trigger.lowerBound)
                > abs(b.mention.tokens.lowerBound - trigger.lowerBound)
        }) {
            return best
        }
        if let counted = dateCounted(in: range, trigger: trigger) { return counted }
        let thatTime = (range.lowerBound..<max(range.lowerBound, range.upperBound - 2)).contains { i in
            keys[i] == "at" && ["that", "the"].contains(keys[i + 1]) && keys[i + 2] == "time"
        }
        return thatTime ? previousDate : nil
    }

    /// A ", who …" or ", which …" clause opens between `from` and `position`: what it says is about the
    /// person or thing before it.
    func relativeClauseOpens(after from: Int, before position: Int) -> Bool {
        (from..<position).contains { i in
            i > from && tokens[i - 1].text == "," && MeetingCues.relatives.contains(keys[i])
        }
    }

    /// "a day after", "two days later", "the next day": a date counted from the day the clause or
    /// sentence before gave. "On Tuesday, a day after A hosted B" puts the hosting on Monday.
    func dateCounted(in range: Range<Int>, trigger: Range<Int>) -> AnnotatedText.DateNote? {
        guard let anchor = previousDate?.resolved.date, anchor.precision == .day else { return nil }
        for i in range {
            guard let (days, end) = dayCount(at: i, in: range, beforeTrigger: i < trigger.lowerBound) else { continue }
            let phrase = text.string(i..<end)
            let mention = DateMention(
                start: tokens[i].start, end: tokens[end - 1].end, text: phrase, expression: .relativeDays(days),
                tokens: i..<end)
            let resolved = ResolvedDate(
                date: anchor.adding(days: days), basis: "'\(phrase)' from \(anchor) in the text")
            return AnnotatedText.DateNote(mention: mention, resolved: resolved)
        }
        return nil
    }

    /// The days a phrase at `i` counts from the date before it, and where the phrase ends.
    private func dayCount(at i: Int, in range: Range<Int>, beforeTrigger: Bool) -> (Int, Int)? {
        // "that day", "the same day", "that evening": the day before's date itself
        if i + 1 < range.upperBound, ["that", "same"].contains(keys[i]),
            ["day", "morning", "afternoon", "evening", "night"].contains(keys[i + 1])
        {
            return (0, i + 2)
        }
        // "met on arrival by B" after "A arrived in Accra on Monday evening": the arrival's day
        if ["on", "upon"].contains(keys[i]) {
            var k = i + 1
            if k < range.upperBound, ["his", "her", "their"].contains(keys[k]) { k += 1 }
            if k < range.upperBound, keys[k] == "arrival", previousDateIsAnArrival() { return (0, k + 1) }
        }
        var j = i
        if keys[j] == "the" { j += 1 }
        if j + 1 < range.upperBound, keys[j + 1] == "day" {
            switch keys[j] {
            case "next", "following": return (1, j + 2)
            case "previous": return (-1, j + 2)
            default: break
            }
        }
        let count = keys[i] == "a" ? 1 : DateScanner.numberWords[keys[i]] ?? Int(keys[i])
        guard let n = count, n > 0, n < 60, i + 2 < range.upperBound, ["day", "days"].contains(keys[i + 1]) else {
            return nil
        }
        switch keys[i + 2] {
        case "earlier", "before": return (-n, i + 3)
        case "later": return (n, i + 3)
        // "on Tuesday, a day after A hosted B": the hosting came first; "met B a day after arriving": later
        case "after": return (beforeTrigger ? -n : n, i + 3)
        default: return nil
        }
    }

    /// The date the sentences before gave was the day someone arrived ("arrived … on Monday evening").
    private func previousDateIsAnArrival() -> Bool {
        guard let note = previousDate, let sentence = text.sentence(of: note.mention.tokens.lowerBound) else {
            return false
        }
        return text.sentences[sentence].contains { ["arrived", "arrives", "landed", "lands"].contains(keys[$0]) }
    }
}
