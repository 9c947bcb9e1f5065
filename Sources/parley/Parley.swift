import ArgumentParser
import Foundation
import ParleyModel

/// The `parley` command: a terminal reader for news about diplomacy.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "A terminal reader for news about diplomacy: articles, leaders, and a timeline of their meetings.",
        version: "0.1.0",
        subcommands: [
            Browse.self, Add.self, List.self, Show.self, Search.self, Entities.self, Meetings.self, Timeline.self,
            Export.self,
            SetDate.self, Themes.self, Bench.self,
        ],
        defaultSubcommand: Browse.self
    )
}

/// `--library PATH`, shared by every command that reads or writes the library.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .long, help: "The library file (default: $PARLEY_LIBRARY, else $XDG_DATA_HOME/parley/library.sqlite).")
    var library: String?

    var path: String { LibraryLocation.resolve(explicit: library) }

    /// The library file, created when absent.
    func open() throws -> LibraryStore {
        do {
            return try LibraryStore(path: path)
        } catch {
            throw Fail.with(error.description)
        }
    }

    /// One stored article of the library (or samples), or a clean failure naming the id.
    func storedArticle(_ id: String) throws -> StoredArticle {
        let store = try openOrSamples()
        do {
            return try store.article(id: id)
        } catch {
            throw Fail.with(error.description)
        }
    }

    /// The library, or the embedded samples (with a note on standard error) when it is empty.
    func openOrSamples() throws -> LibraryStore {
        let store = try open()
        if (try? store.articleCount()) ?? 0 > 0 { return store }
        Console.note(
            "the library at \(path) is empty; showing the embedded sample library (add articles with `parley add PATH`)"
        )
        do {
            return try SampleLibrary.open()
        } catch {
            throw Fail.with(error.description)
        }
    }
}
