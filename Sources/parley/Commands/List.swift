import ArgumentParser
import Foundation
import ParleyModel

/// `parley list`: the articles, newest first.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the articles in the library.")

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
