/// Turns a cleaned page and its metadata into an `Article`, choosing the publication date by the
/// strength of its evidence: front matter, then the article's own dateline, then a saved excerpt's leading
/// date line, then a date line above the headline, then an image file name, then a relative age ("2 days
/// ago") against a known capture date. Otherwise none. A photo caption's date dates the photo, not the page.
enum ArticleAssembler {
    static func assemble(page: TextCleaner.Page, metadata: [String: String], id: String, source: String) -> Article {
        let captured = metadata["captured"].flatMap(Self.date)
        var article = Article(
            id: id, source: metadata["source"] ?? metadata["url"] ?? metadata["link"] ?? source,
            title: page.title ?? metadata["title"] ?? "", subtitle: page.subtitle,
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
        let stated = page.datelines + page.headerDates + page.todayDates + [page.leadDate].compactMap { $0 }
        // a stamp of the page's own that gives the day wins outright: the story's dateline is not read
        let opening =
            page.datelines.first?.date.precision == .day
            ? nil : OpeningDateline.date(in: page.paragraphs, otherYears: stated.map(\.date.year))
        // strongest first: the page's own stamps, the story's opening dateline, a saved excerpt's date
        // line, a date above the headline, an image's file name, a date above it that names the weekday
        let evidence =
            page.datelines + [opening, page.leadDate].compactMap { $0 } + page.headerDates + page.imageDates
            + page.todayDates
        if var best = evidence.first {
            // "News, October 2007" over a story whose dateline gives the day: the day, within that month
            if best.date.precision < .day,
                let finer = evidence.first(where: { $0.date.precision == .day && $0.date.isCompatible(with: best.date) }
                )
            {
                best = finer
            }
            let date = DayMonthOrder.settle(best.date, written: best.basis, body: page.paragraphs)
            return PublicationDate(date: date, basis: best.basis)
        }
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
