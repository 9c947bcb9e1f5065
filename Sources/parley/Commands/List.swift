import ArgumentParser
import Foundation
import ParleyModel

/// `parley list`: the articles, newest first.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles in the library.",
        discussion: """
            The table gives each article's id (a long one cut with …; `show` takes any unique start of an id), \
            its date and its title; an article without a title is shown by its lede's first sentence, in \
            quotation marks. With --json, `source` is where the article came from, whole (its path or URL), as \
            in `show` and `export`; `title` is null when the article has none, and `headline` is what is shown.
            """)

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Option(help: "Only articles naming this person (any spelling, a prefix is enough).") var leader: String?

    func run() throws {
        let store = try options.openForReading()
        let names = try leader.map { try LeaderQuery.resolve($0, in: store) }
        let rows = try Self.rows(store, mentioning: names)
        if json {
            Output.printJSON(rows.map(SummaryItem.init))
        } else {
            Output.printTable(rows)
        }
        try Output.nothingMatched(rows.isEmpty)
    }

    static func rows(_ store: LibraryStore, mentioning names: [String]? = nil) throws -> [ArticleSummary] {
        do {
            return try store.summaries(limit: Int.max / 2, mentioning: names)
        } catch {
            throw Fail.library(error)
        }
    }
}
