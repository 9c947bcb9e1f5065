/// The dateline a wire story opens with: "KAMPALA, June 3, 2019 – …", "May 2, 2011 (ACCRA) – …",
/// "HANOI/MANILA, Oct. 3 (AFP) -- …", "12 March 2014. The …". The place in capitals, the date, an agency
/// in parentheses, then a dash (or a full stop) before the first sentence.
enum OpeningDateline {
    /// The date of the first body paragraph's dateline, if it opens with one. A day without a year
    /// ("SUVA, Sept 22 –") takes the year the page's other dates agree on; none, and it is no evidence.
    static func date(in paragraphs: [Paragraph], otherYears: [Int]) -> (date: CalendarDate, basis: String)? {
        // a caption or a standfirst read as prose may come first: the dateline opens one of the first three
        for (index, paragraph) in paragraphs.filter({ $0.kind == .body }).prefix(3).enumerated() {
            if let found = date(opening: paragraph.text, placeNeeded: index > 0, otherYears: otherYears, in: paragraphs)
            {
                return found
            }
        }
        return nil
    }

    private static func date(opening text: String, placeNeeded: Bool, otherYears: [Int], in paragraphs: [Paragraph])
        -> (date: CalendarDate, basis: String)?
    {
        let head = String(text.prefix(120))
        let tokens = Tokenizer.tokenize(head)
        guard let mention = DateScanner.scan(tokens).first, mention.tokens.lowerBound <= 8,
            !placeNeeded || mention.tokens.lowerBound > 0,
            placeBefore(tokens[..<mention.tokens.lowerBound]),
            let end = separator(after: mention.tokens.upperBound, in: tokens)
        else { return nil }
        let text = head.unicodeScalars.prefix(tokens[end].end)
        let basis = "dateline '\(TextCleaner.clip(String(String.UnicodeScalarView(text))))'"
        switch mention.expression {
        case .calendar(let date) where date.precision == .day:
            return (date, basis)
        case .monthDay(let month, let day?):
            guard let year = agreedYear(otherYears + years(in: paragraphs)) else { return nil }
            return (CalendarDate(year: year, month: month, day: day), basis + " (year from the page)")
        default:
            return nil
        }
    }

    /// Nothing, or a place in capitals with commas and slashes: "NEW DELHI,", "PYONGYANG/SEOUL,".
    private static func placeBefore(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.allSatisfy { token in
            token.kind == .word ? token.isCapitalized : [",", "/", "(", ")"].contains(token.text)
        }
    }

    /// Where the dateline ends: a dash, "--" or a full stop within a few tokens of the date, with only an
    /// agency or a place in parentheses ("(Xinhua)", "(KHARTOUM)") or a comma between.
    private static func separator(after start: Int, in tokens: [Token]) -> Int? {
        var i = start
        var inParentheses = false
        while i < tokens.count, i < start + 8 {
            let token = tokens[i]
            if token.text == "(" {
                inParentheses = true
            } else if token.text == ")" {
                inParentheses = false
            } else if !inParentheses,
                ["–", "—", "―", "-", ":"].contains(token.text) || (token.text == "." && i == start)
            {
                return i
            } else if token.text != ",", !(inParentheses && token.kind == .word) {
                return nil
            }
            i += 1
        }
        return nil
    }

    /// The years the body states in full dates and "in 2019"s.
    private static func years(in paragraphs: [Paragraph]) -> [Int] {
        paragraphs.prefix(6).flatMap { paragraph in
            DateScanner.scan(Tokenizer.tokenize(paragraph.text)).compactMap { mention -> Int? in
                if case .calendar(let date) = mention.expression { return date.year }
                return nil
            }
        }
    }

    /// The year named most often; of two as often, the later.
    private static func agreedYear(_ years: [Int]) -> Int? {
        let counts = Dictionary(years.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
