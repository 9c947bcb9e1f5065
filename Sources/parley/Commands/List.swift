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
        let store = try options.openOrSamples()
        let names = try leader.map { try LeaderQuery.resolve($0, in: store) }
        let rows = try Self.rows(store, mentioning: names)
        if json {
            Output.printJSON(
                rows.map {
                    ["id": $0.id, "title": $0.title, "published": $0.published?.description ?? "", "source": $0.source]
                })
        } else {
            Output.printTable(rows)
        }
    }

    static func rows(_ store: LibraryStore, mentioning names: [String]? = nil) throws -> [ArticleSummary] {
        do {
            return try store.summaries(limit: Int.max / 2, mentioning: names)
        } catch {
            throw Fail.with(error.description)
        }
    }
}

/// Text output shared by the listing commands.
enum Output {
    static func printTable(_ rows: [ArticleSummary]) {
        let idWidth = min(28, rows.map(\.id.count).max() ?? 2)
        for row in rows {
            let date = row.published?.description ?? "undated"
            let id = row.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            print("\(id)  \(date.padding(toLength: 10, withPad: " ", startingAt: 0))  \(row.title)")
        }
        if rows.isEmpty { print("(no articles)") }
    }

    static func printJSON(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(value) { print(String(decoding: data, as: UTF8.self)) }
    }
}
