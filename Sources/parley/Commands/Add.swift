import ArgumentParser
import ParleyModel

/// `parley add PATH…`: ingest files and directories.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add article files (.txt, .md, .markdown) and directories (recursively) to the library.")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "Files or directories to add.") var paths: [String]

    func run() throws {
        let store = try options.openForWriting()
        let showProgress = Console.stderrIsTerminal
        let report: IngestReport
        do {
            report = try Ingester(store: store).ingest(paths: paths.map(RawArguments.recover)) { done, total in
                if showProgress, total >= 20, done % 10 == 0 || done == total { Console.progress(done, total) }
            }
        } catch {
            throw Fail.library(error)
        }
        for warning in report.warnings { Console.note("warning: \(warning)") }
        for failure in report.failures { Console.error(failure) }
        Output.text(report.summary)
        if !report.failures.isEmpty { throw ExitStatus.input.code }
    }
}
