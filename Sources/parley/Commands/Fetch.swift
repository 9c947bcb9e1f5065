import ArgumentParser
import Foundation
import ParleyModel

/// `parley fetch`: read every feed followed and store its new entries as articles.
struct Fetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch every feed followed and add its new entries as articles.",
        discussion: """
            Feeds are fetched a few at a time with conditional requests (ETag, Last-Modified), so an \
            unchanged feed costs one 304. Each feed's entries are stored in a transaction of their own: \
            a fetch cut off keeps every feed it finished. A feed whose server asks to wait (429, \
            Retry-After) is left alone until then. Exit status 4 when some feed could not be fetched.
            """)

    @OptionGroup var options: LibraryOptions
    @Flag(help: "For entries that carry only a summary, read the linked page.") var full = false
    @Option(help: "How many feeds to fetch at once.") var jobs = 4
    @Option(help: "Seconds without an answer before a feed is given up.") var timeout = 30.0

    func validate() throws {
        guard (1...32).contains(jobs) else { throw ValidationError("--jobs takes 1 to 32") }
        guard timeout > 0 else { throw ValidationError("--timeout takes a number of seconds above 0") }
    }

    func run() throws {
        let store = try options.openForWriting()
        var fetcher = FeedFetcher(store: store, http: HTTPFetcher(limits: .init(timeout: timeout)))
        fetcher.jobs = jobs
        fetcher.full = full
        let onTerminal = Console.stderrIsTerminal
        let report: FetchReport
        do {
            report = try fetcher.fetchAll { feed, outcome, done, total in
                Self.show(feed, outcome, done: done, total: total, onTerminal: onTerminal)
            }
        } catch {
            throw Fail.library(error)
        }
        if report.feeds == 0 { Console.note("no feeds followed (`parley feed add URL` follows one)") }
        Output.line(report.summary)
        if !report.failures.isEmpty { throw ExitStatus.input.code }
    }

    /// One feed's end: a failure always gets its line (over the progress bar on a terminal); the rest is
    /// a line per feed when the output goes to a file or a pipe, and the bar on a terminal.
    static func show(_ feed: FeedSubscription, _ outcome: FeedOutcome, done: Int, total: Int, onTerminal: Bool) {
        if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        switch outcome {
        case .failed(let reason): Console.error("\(feed.url): \(reason)")
        case .waiting(let reason): Console.note("\(feed.url): \(reason)")
        case .notModified: if !onTerminal { Output.line("\(feed.url): not modified") }
        case .stored(let added, let updated, let unchanged):
            if !onTerminal { Output.line("\(feed.url): \(added) added, \(updated) updated, \(unchanged) unchanged") }
        }
        if onTerminal { Console.progress(done, total) }
    }
}
