import ArgumentParser
import ParleyModel

/// `parley export --json [PATH…]`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export articles, entities, meetings and the timeline as JSON.",
        discussion: "With paths, reads them into an in-memory library and exports that; without, exports the library.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "JSON output (the only format for now).") var json = false
    @Argument(help: "Files or directories to read instead of the library.") var paths: [String] = []

    func run() throws {
        guard json else { throw Fail.with("say --json: it is the only export format", .usage) }
        let store: LibraryStore
        var failed = false
        do {
            if paths.isEmpty {
                store = try options.openForReading()
            } else {
                store = try LibraryStore()
                let report = try Ingester(store: store).ingest(paths: paths.map(RawArguments.recover))
                for failure in report.failures { Console.error(failure) }
                failed = !report.failures.isEmpty
            }
            Output.text(try ExportDocument(store: store).json())
        } catch let error as LibraryError {
            throw Fail.library(error)
        }
        if failed { throw ExitStatus.input.code }
    }
}
