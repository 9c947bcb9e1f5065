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
        let store = try options.openOrSamples()
        let hits: [SearchHit]
        do {
            hits = try store.search(query.joined(separator: " "))
        } catch {
            throw Fail.with(error.description)
        }
        if json {
            Output.printJSON(hits.map { ["id": $0.summary.id, "title": $0.summary.title, "snippet": $0.snippet] })
            return
        }
        for hit in hits {
            print("\(hit.summary.id)  \(hit.summary.title)")
            print("    \(hit.snippet.replacingOccurrences(of: "\n", with: " "))")
        }
        if hits.isEmpty { print("no articles match") }
    }
}
