/// Feed dates: RFC 822 (RSS `pubDate`, "Thu, 03 Dec 2026 09:30:00 +0000") and ISO 8601 (Atom, Dublin
/// Core, "2026-12-03T09:30:00Z"), read as the calendar day the feed wrote, in its own time zone.
enum FeedDate {
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// The day `text` names, or nil when it is neither form.
    ///
    /// `parse("Tue, 1 Dec 2026 23:10:00 -0500")` is 2026-12-01; `parse("2026-12-03T09:30:00+02:00")`
    /// is 2026-12-03; a two-digit RFC 822 year is read in this century.
    static func parse(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmed
        if let first = trimmed.first, first.isNumber, trimmed.count >= 10,
            let date = CalendarDate(iso: String(trimmed.prefix(10)))
        {
            return date
        }
        return rfc822(trimmed)
    }

    private static func rfc822(_ text: String) -> CalendarDate? {
        // "Thu, 03 Dec 2026 ..." or "03 Dec 2026 ...": day, month name, year
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, first.first?.isLetter == true { words.removeFirst() }
        guard words.count >= 3, let day = Int(words[0]),
            let month = months.firstIndex(of: String(words[1].prefix(3)).lowercased()),
            var year = Int(words[2])
        else { return nil }
        if words[2].count == 2 { year += 2000 }
        guard day >= 1, day <= CalendarDate.daysIn(month: month + 1, year: year) else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day)
    }
}
