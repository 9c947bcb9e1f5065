/// Finds date phrases in tokenized text: absolute dates, months, weekdays and relative phrases.
public enum DateScanner {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let yearPrepositions: Set<String> = [
        "in", "of", "during", "since", "until", "by", "from", "to", "through", "throughout", "early", "late",
        "mid", "before", "after", "year", "summer", "winter", "spring", "autumn", "fall",
    ]
    static let numberWords: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "several": 3,
    ]

    /// Words a date phrase can start with; any other word is passed over without trying the patterns.
    static let startWords: Set<String> = Set(months.keys).union(weekdays.keys).union(numberWords.keys).union([
        "today", "tonight", "yesterday", "tomorrow", "last", "this", "next", "earlier", "later", "within", "past",
    ])

    /// Whether a date phrase can start at `token`: a number, an ordinal ("21st") or a start word.
    @inline(__always) static func canStart(_ token: Token) -> Bool {
        switch token.kind {
        case .number: return true
        case .word:
            if let first = token.text.utf8.first, first >= 48, first <= 57 { return true }
            return startWords.contains(token.key)
        default: return false
        }
    }

    /// Every date phrase in `tokens`, left to right, not overlapping.
    public static func scan(_ tokens: [Token]) -> [DateMention] {
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if canStart(tokens[i]), let (expression, end) = match(tokens, at: i) {
                let first = tokens[i]
                let last = tokens[end - 1]
                let text = tokens[i..<end].enumerated().map { offset, token in
                    (offset > 0 && token.spaceBefore ? " " : "") + token.text
                }.joined()
                found.append(
                    DateMention(start: first.start, end: last.end, text: text, expression: expression, tokens: i..<end))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    private static func word(_ tokens: [Token], _ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return nil }
        return tokens[i].key
    }

    private static func number(_ tokens: [Token], _ i: Int) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number || isOrdinal(tokens[i]) else { return nil }
        return Int(tokens[i].text.prefix { $0.isNumber })
    }

    private static func isOrdinal(_ token: Token) -> Bool {
        guard token.kind == .word, let first = token.text.first, first.isNumber else { return false }
        let suffix = token.text.drop { $0.isNumber }.lowercased()
        return ["st", "nd", "rd", "th"].contains(suffix)
    }

    private static func punct(_ tokens: [Token], _ i: Int, _ text: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].text == text
    }

    private static func month(_ tokens: [Token], _ i: Int) -> Int? {
        guard let w = word(tokens, i), let m = months[w], tokens[i].isCapitalized else { return nil }
        if w.count == 3 || w == "sept" {  // abbreviations: "Dec." or before a number
            return punct(tokens, i + 1, ".") || number(tokens, i + 1) != nil ? m : nil
        }
        if w == "may" || w == "march" {  // also a verb: needs a number or a preposition beside it
            let before = word(tokens, i - 1) ?? ""
            let hasNumber = number(tokens, i + 1) != nil || number(tokens, i - 1) != nil
            return hasNumber
                || ["in", "of", "since", "until", "early", "late", "mid", "end", "last", "next", "this"].contains(
                    before)
                ? m : nil
        }
        return m
    }

    private static func year(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.utf8.count == 4, let y = Int(tokens[i].text),
            (1800...2199).contains(y)
        else { return nil }
        return y
    }

    private static func day(_ value: Int?, month: Int) -> Int? {
        guard let value, value >= 1, value <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        return value
    }

    private static func calendar(_ y: Int, _ m: Int, _ d: Int?) -> DateExpression? {
        if let d, d > CalendarDate.daysIn(month: m, year: y) { return nil }
        return .calendar(CalendarDate(year: y, month: m, day: d))
    }

    // swiftlint:disable:next cyclomatic_complexity
    private static func match(_ tokens: [Token], at i: Int) -> (DateExpression, Int)? {
        // ISO 2023-12-04 and 2023-12
        if let y = year(tokens, i), punct(tokens, i + 1, "-"), let m = number(tokens, i + 2), (1...12).contains(m),
            tokens[i + 2].text.utf8.count == 2
        {
            if punct(tokens, i + 3, "-"), let d = number(tokens, i + 4), tokens[i + 4].text.utf8.count == 2,
                let e = calendar(y, m, d)
            {
                return (e, i + 5)
            }
            return (.calendar(CalendarDate(year: y, month: m)), i + 3)
        }
        // 12/04/2023 (month first unless the first number cannot be a month)
        if let a = number(tokens, i), punct(tokens, i + 1, "/"), let b = number(tokens, i + 2),
            punct(tokens, i + 3, "/"),
            let y = year(tokens, i + 4)
        {
            let (m, d) = a > 12 ? (b, a) : (a, b)
            if (1...12).contains(m), let e = calendar(y, m, d), d >= 1 { return (e, i + 5) }
        }
        // 21.01.2026: with dots the day comes first
        if let d = number(tokens, i), punct(tokens, i + 1, "."), !tokens[i + 1].spaceBefore,
            let m = number(tokens, i + 2), !tokens[i + 2].spaceBefore, punct(tokens, i + 3, "."),
            !tokens[i + 3].spaceBefore, let y = year(tokens, i + 4), !tokens[i + 4].spaceBefore,
            tokens[i].text.utf8.count <= 2, tokens[i + 2].text.utf8.count <= 2, (1...12).contains(m),
            let e = calendar(y, m, d)
        {
            return (e, i + 5)
        }
        // March 1, 2023 / March 1 / March 2023
        if let m = month(tokens, i) {
            var j = i + 1
            // "Dec. 3", and a full name with a stray period before its day ("June. 15, 2005")
            if punct(tokens, j, "."), number(tokens, j + 1) != nil { j += 1 }
            if let d = day(number(tokens, j), month: m), tokens[j].text.utf8.count <= 4 {
                var k = j + 1
                if punct(tokens, k, ",") { k += 1 }
                if let y = year(tokens, k), let e = calendar(y, m, d) { return (e, k + 1) }
                return (.monthDay(month: m, day: d), j + 1)
            }
            if let y = year(tokens, j) { return (.calendar(CalendarDate(year: y, month: m)), j + 1) }
            return (.monthDay(month: m, day: nil), j)
        }
        // 1 March 2023 / 21 June
        if let value = number(tokens, i), tokens[i].text.utf8.count <= 4, let m = month(tokens, i + 1),
            let d = day(value, month: m)
        {
            if let y = year(tokens, i + 2), let e = calendar(y, m, d) { return (e, i + 3) }
            // "23 August, 2011": a comma between the month and its year
            if punct(tokens, i + 2, ","), let y = year(tokens, i + 3), let e = calendar(y, m, d) { return (e, i + 4) }
            return (.monthDay(month: m, day: d), i + 2)
        }
        // in 2023
        if let y = year(tokens, i), let before = word(tokens, i - 1), yearPrepositions.contains(before) {
            if !(word(tokens, i + 1).map { ["percent", "people", "km", "troops"].contains($0) } ?? false) {
                return (.calendar(CalendarDate(year: y)), i + 1)
            }
        }
        // 2 days ago, three weeks ago
        if let count = number(tokens, i) ?? word(tokens, i).flatMap({ numberWords[$0] }),
            let unit = word(tokens, i + 1), word(tokens, i + 2) == "ago"
        {
            switch unit {
            case "day", "days": return (.relativeDays(-count), i + 3)
            case "week", "weeks": return (.relativeWeeks(-count), i + 3)
            case "month", "months": return (.relativeMonths(-count), i + 3)
            case "year", "years": return (.relativeYears(-count), i + 3)
            default: return nil
            }
        }
        guard let w = word(tokens, i) else { return nil }
        if let wd = weekdays[w], tokens[i].isCapitalized { return (.weekday(wd), i + 1) }
        switch w {
        case "today", "tonight": return (.relativeDays(0), i + 1)
        case "yesterday": return (.relativeDays(-1), i + 1)
        case "tomorrow": return (.relativeDays(1), i + 1)
        case "last", "this", "next", "earlier", "later", "within", "past":
            var j = i + 1
            if w == "earlier" || w == "later" || w == "within" || w == "past",
                ["this", "the"].contains(word(tokens, j) ?? "")
            {
                j += 1
            }
            let step = w == "last" ? -1 : w == "next" ? 1 : 0
            switch word(tokens, j) {
            // "this morning", "this evening": the day of the report; "last night": the day before
            case "morning", "afternoon",
                "evening" where w == "this":
                return (.relativeDays(0), j + 1)
            case "night",
                "evening" where w == "last":
                return (.relativeDays(-1), j + 1)
            case "week": return (.relativeWeeks(step), j + 1)
            case "month": return (.relativeMonths(step), j + 1)
            case "year": return (.relativeYears(step), j + 1)
            default: return nil
            }
        default: break
        }
        return nil
    }
}
