import ArgumentParser
import ParleyModel

/// `parley show ID`: the cleaned article.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an article's cleaned text with its title, byline and date.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON (the export format's article, with its entities and meetings).") var json = false
    @Argument(help: "The article id (see `parley list`).") var id: String

    func run() throws {
        let stored = try options.storedArticle(id)
        if json {
            Output.printJSON(ExportDocument.item(stored))
        } else {
            Output.text(ArticleFormatter.plainText(stored))
        }
    }
}

/// The plain-text page `parley show` prints: terminal-safe, body exactly as offsets count it.
enum ArticleFormatter {
    static func plainText(_ stored: StoredArticle) -> String {
        let article = stored.article
        // an article without a title is shown by its lede's first sentence, in quotation marks
        var lines = [article.hasTitle ? stored.displayTitle : "“\(stored.displayTitle)”"]
        if let subtitle = article.subtitle { lines.append(DisplayText.sanitize(subtitle)) }
        if let byline = article.byline { lines.append("By " + DisplayText.sanitize(byline)) }
        if let published = article.published {
            lines.append("Published \(published.date) (\(DisplayText.sanitize(published.basis)))")
        } else {
            lines.append("Publication date unknown")
        }
        lines.append("")
        lines.append(stored.displayBody)
        return lines.joined(separator: "\n")
    }
}
