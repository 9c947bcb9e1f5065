import ArgumentParser
import ParleyModel

/// `parley search QUERY`: full-text search.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search titles and text of every article, best match first.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON instead of text.") var json = false
    @Argument(help: "Words to find (accents and case are ignored; the last word may be a prefix).") var query: [String]

    func run() throws {
        let store = try options.openForReading()
        let hits: [SearchHit]
        do {
            hits = try store.search(query.joined(separator: " "))
        } catch {
            throw Fail.library(error)
        }
        if json {
            Output.printJSON(hits.map(SummaryItem.init))
        } else {
            for hit in hits {
                Output.line("\(hit.summary.id)  \(Output.shownTitle(hit.summary))")
                Output.line("    \(hit.snippet.replacingOccurrences(of: "\n", with: " "))")
            }
            if hits.isEmpty { Console.note("no articles match") }
        }
        try Output.nothingMatched(hits.isEmpty)
    }
}
