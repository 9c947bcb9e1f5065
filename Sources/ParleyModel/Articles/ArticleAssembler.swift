/// Turns a cleaned page and its metadata into an `Article`, choosing the publication date by the
/// strength of its evidence: front matter, then the article's own dateline, then a saved excerpt's leading
/// date line, then a date line above the headline, then an image file name, then a relative age ("2 days
/// ago") against a known capture date. Otherwise none. A photo caption's date dates the photo, not the page.
enum ArticleAssembler {
    static func assemble(page: TextCleaner.Page, metadata: [String: String], id: String, source: String) -> Article {
        let captured = metadata["captured"].flatMap(Self.date)
        var article = Article(
            id: id, source: metadata["source"] ?? metadata["url"] ?? metadata["link"] ?? source,
            title: page.title ?? metadata["title"] ?? "(untitled)", subtitle: page.subtitle,
            byline: metadata["author"] ?? page.byline, sourceName: metadata["site"] ?? metadata["publication"],
            paragraphs: page.paragraphs, captured: captured)
        article.published = publicationDate(page: page, metadata: metadata, captured: captured)
        return article
    }

    static func publicationDate(page: TextCleaner.Page, metadata: [String: String], captured: CalendarDate?)
        -> PublicationDate?
    {
        if let text = metadata["published"] ?? metadata["date"], let date = Self.date(text) {
            return PublicationDate(date: date, basis: "front matter")
        }
        if let dateline = page.datelines.first { return PublicationDate(date: dateline.date, basis: dateline.basis) }
        if let lead = page.leadDate { return PublicationDate(date: lead.date, basis: lead.basis) }
        if let header = page.headerDates.first { return PublicationDate(date: header.date, basis: header.basis) }
        if let image = page.imageDates.first { return PublicationDate(date: image.date, basis: image.basis) }
        if let age = page.relativeAge, let captured {
            let resolved = DateResolver(reference: captured, referenceBasis: "capture date").resolve(age)
            if let date = resolved.date {
                return PublicationDate(date: date, basis: "page age relative to the capture date")
            }
        }
        return nil
    }

    /// A date from metadata: ISO (with or without a time) or written out.
    static func date(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = CalendarDate(iso: String(trimmed.prefix(10))) { return date }
        if let date = CalendarDate(iso: trimmed) { return date }
        return TextCleaner.absoluteDate(in: trimmed)
    }
}
