/// Dates and credits a page prints for its reader outside the article text: the dateline and byline
/// elements a site names as such ("post-date", "byline"), which the main text finder leaves out.
enum HTMLDatelines {
    static let dateNames = ["date", "time", "published", "posted", "updated", "timestamp"]
    static let bylineNames = ["byline", "author"]

    /// The first element named like a dateline whose text is a date.
    static func dateline(in document: HTMLDocument) -> (date: CalendarDate, basis: String)? {
        for index in document.elements.indices {
            let hints = document.elements[index].hints.lowercased()
            guard !hints.isEmpty, dateNames.contains(where: { hints.contains($0) }) else { continue }
            let text = document.text(of: index)
            guard !text.isEmpty, text.count <= 80, let date = TextCleaner.datelineDate(text) else { continue }
            return (date, "dateline '\(TextCleaner.clip(text))'")
        }
        return nil
    }

    /// The name in the first short element named like a byline: "By Mara Ellison" → "Mara Ellison".
    static func byline(in document: HTMLDocument) -> String? {
        for index in document.elements.indices {
            let hints = document.elements[index].hints.lowercased()
            guard !hints.isEmpty, bylineNames.contains(where: { hints.contains($0) }) else { continue }
            let text = document.text(of: index)
            guard !text.isEmpty, text.count <= 80 else { continue }
            if let name = LineShape.byline(text) { return name }
        }
        return nil
    }
}
