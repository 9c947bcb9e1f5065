import Foundation
import ParleyModel

/// Fetches the feeds on a thread of its own and holds its messages (progress, then the end) until the
/// loop collects them. One fetch at a time; `AppUpdate` refuses a second while one runs.
final class FeedFetchRunner: @unchecked Sendable {
    private let store: LibraryStore
    private let wake: @Sendable () -> Void
    private let condition = NSCondition()
    private var running = false
    private var replies: [Message] = []

    init(store: LibraryStore, wake: @escaping @Sendable () -> Void) {
        self.store = store
        self.wake = wake
    }

    func start() {
        condition.lock()
        defer { condition.unlock() }
        guard !running else { return }
        running = true
        DispatchQueue.global(qos: .userInitiated).async { self.fetch() }
    }

    private func fetch() {
        let end: Message
        do {
            let report = try FeedFetcher(store: store).fetchAll { _, _, done, total in
                self.post(.feedsProgressed(done: done, total: total))
            }
            end = .feedsFetched(summary: report.summary, failures: report.failures)
        } catch {
            end = .feedsFetched(summary: "the feeds could not be fetched", failures: [error.description])
        }
        condition.lock()
        replies.append(end)
        running = false
        condition.broadcast()
        condition.unlock()
        wake()
    }

    private func post(_ message: Message) {
        condition.lock()
        // only the latest progress matters: the loop may not have taken the previous one yet
        if case .feedsProgressed = message, case .feedsProgressed = replies.last { replies.removeLast() }
        replies.append(message)
        condition.unlock()
        wake()
    }

    func takeReplies() -> [Message] {
        condition.lock()
        defer { condition.unlock() }
        let taken = replies
        replies = []
        return taken
    }

    /// True when no fetch runs and every message was taken.
    var isIdle: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !running && replies.isEmpty
    }

    /// Blocks until no fetch runs (for scripted screens: tests).
    func waitUntilIdle() {
        condition.lock()
        while running { condition.wait() }
        condition.unlock()
    }
}
