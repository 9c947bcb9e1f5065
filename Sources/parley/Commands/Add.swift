import ArgumentParser
import ParleyModel

/// `parley add PATH…`: ingest files and directories, and pages from the web.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add article files (.txt, .md, .markdown), directories (recursively) and web pages (http, https).")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "Files, directories or http(s) addresses to add.") var paths: [String]

    func run() throws {
        let store = try options.openForWriting()
        let showProgress = Console.stderrIsTerminal
        let addresses = paths.filter(HTTPFetcher.looksLikeAddress)
        let files = paths.filter { !HTTPFetcher.looksLikeAddress($0) }
        var report: IngestReport
        do throws(LibraryError) {
            let ingester = Ingester(store: store)
            report = try ingester.ingest(paths: files.map(RawArguments.recover)) { done, total in
                if showProgress, total >= 20, done % 10 == 0 || done == total { Console.progress(done, total) }
            }
            if !addresses.isEmpty { try ingester.ingest(addresses: addresses, http: HTTPFetcher(), into: &report) }
        } catch {
            throw Fail.library(error)
        }
        for warning in report.warnings { Console.note("warning: \(warning)") }
        for failure in report.failures { Console.error(failure) }
        Output.text(report.summary)
        if !report.failures.isEmpty { throw ExitStatus.input.code }
    }
}
