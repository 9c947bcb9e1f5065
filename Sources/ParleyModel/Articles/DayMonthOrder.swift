/// "03/01/2023" is the 1st of March to one reader and the 3rd of January to another. The date scanner
/// reads such a date month first; a page whose own words name the other reading's month ("on Monday
/// (Jan. 2)", "Thursday, May 4") is read day first instead.
enum DayMonthOrder {
    static func settle(_ date: CalendarDate, written: String, body: [Paragraph]) -> CalendarDate {
        guard let month = date.month, let day = date.day, day <= 12, day != month,
            isMonthFirst(date, in: written)
        else { return date }
        let named = monthsNamed(in: body)
        guard named.contains(day), !named.contains(month) else { return date }
        return CalendarDate(year: date.year, month: day, day: month)
    }

    /// The text writes the date as "M/D/YYYY" (with or without leading zeros).
    private static func isMonthFirst(_ date: CalendarDate, in text: String) -> Bool {
        let tokens = Tokenizer.tokenize(text)
        for i in tokens.indices.dropLast(4) where tokens[i + 1].text == "/" && tokens[i + 3].text == "/" {
            if Int(tokens[i].text) == date.month, Int(tokens[i + 2].text) == date.day,
                Int(tokens[i + 4].text) == date.year
            {
                return true
            }
        }
        return false
    }

    /// The months the first paragraphs name in words ("Jan. 2", "May 4", "in March").
    private static func monthsNamed(in body: [Paragraph]) -> Set<Int> {
        var months: Set<Int> = []
        for paragraph in body.prefix(8) {
            for mention in DateScanner.scan(Tokenizer.tokenize(paragraph.text)) {
                switch mention.expression {
                case .monthDay(let month, _): months.insert(month)
                case .calendar(let date) where !mention.text.contains("/"):
                    if let month = date.month { months.insert(month) }
                default: break
                }
            }
        }
        return months
    }
}
