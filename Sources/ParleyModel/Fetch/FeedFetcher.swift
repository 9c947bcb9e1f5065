import Foundation
import Synchronization

/// What one `parley fetch` did, feed by feed.
public struct FetchReport: Sendable, Equatable {
    public var feeds = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var notModified = 0
    /// Feeds left alone because their server asked to wait: one line each, with until when.
    public var waiting: [String] = []
    /// One line per feed that could not be fetched or read: its address and the reason.
    public var failures: [String] = []

    public var summary: String {
        var parts = [
            "\(feeds) \(feeds == 1 ? "feed" : "feeds"): \(added) added, \(updated) updated, \(unchanged) unchanged"
        ]
        if notModified > 0 { parts.append("\(notModified) not modified") }
        if !waiting.isEmpty { parts.append("\(waiting.count) waiting") }
        parts.append("\(failures.count) failed")
        return parts.joined(separator: ", ")
    }
}

/// How one feed's fetch ended, for progress lines.
public enum FeedOutcome: Sendable, Equatable {
    case stored(added: Int, updated: Int, unchanged: Int)
    case notModified
    case waiting(String)
    case failed(String)
}

/// Fetches every feed of a library, a few at a time, and stores each feed's new entries in a transaction
/// of its own: a fetch cut off at any moment keeps every feed it finished, and the next one does the rest.
public struct FeedFetcher: Sendable {
    public var store: LibraryStore
    public var analyzer: ArticleAnalyzer
    public var http: HTTPFetcher
    /// How many feeds are fetched at once.
    public var jobs = 4
    /// Read the linked page of an entry that carries only a summary.
    public var full = false

    public init(store: LibraryStore, http: HTTPFetcher = HTTPFetcher(), analyzer: ArticleAnalyzer = .shared) {
        self.store = store
        self.http = http
        self.analyzer = analyzer
    }

    /// Fetches every feed; `progress(feed, outcome, done, total)` is called as each one ends.
    public func fetchAll(
        progress: @Sendable (FeedSubscription, FeedOutcome, Int, Int) -> Void = { _, _, _, _ in }
    ) throws(LibraryError) -> FetchReport {
        let feeds = try store.feeds()
        let state = Mutex((report: FetchReport(feeds: feeds.count), done: 0, next: 0))
        let libraryFailure = Mutex<LibraryError?>(nil)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, feeds.count))) { _ in
            while libraryFailure.withLock({ $0 == nil }) {
                let index = state.withLock { state -> Int in
                    state.next += 1
                    return state.next - 1
                }
                guard index < feeds.count else { return }
                let feed = feeds[index]
                let outcome: FeedOutcome
                do throws(LibraryError) {
                    outcome = try fetch(feed)
                } catch {
                    libraryFailure.withLock { $0 = $0 ?? error }
                    return
                }
                // reported under the lock, so that lines from several feeds never interleave
                state.withLock { state in
                    switch outcome {
                    case .stored(let added, let updated, let unchanged):
                        state.report.added += added
                        state.report.updated += updated
                        state.report.unchanged += unchanged
                    case .notModified: state.report.notModified += 1
                    case .waiting(let line): state.report.waiting.append("\(feed.url): \(line)")
                    case .failed(let line): state.report.failures.append("\(feed.url): \(line)")
                    }
                    state.done += 1
                    progress(feed, outcome, state.done, feeds.count)
                }
            }
        }
        if let failure = libraryFailure.withLock({ $0 }) { throw failure }
        try store.refreshIfStale(analyzer: analyzer)
        return state.withLock { $0.report }
    }
}
