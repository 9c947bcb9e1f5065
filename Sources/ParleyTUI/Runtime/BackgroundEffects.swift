import Foundation

/// Runs the effects that may be slow (library searches) on a worker queue so the event loop keeps
/// reading keys, and holds their replies until the loop collects them.
///
/// One effect runs at a time. A request made while one runs waits, and a newer request replaces it: a
/// person who searches for "a", then "ab", then "abc" while "a" runs gets "abc" next, never "ab". The
/// reply of a search that is no longer wanted is dropped by `AppUpdate` (it names another query).
final class BackgroundEffects: @unchecked Sendable {
    private let perform: @Sendable (Effect, _ post: @Sendable (Message) -> Void) -> Message?
    private let wake: @Sendable () -> Void
    private let queue = DispatchQueue(label: "parley.background-effects")
    private let condition = NSCondition()
    private var running = false
    private var waiting: Effect?
    private var replies: [Message] = []

    /// `perform` does one effect on the worker queue; `wake` tells the loop a reply is ready.
    init(perform: @escaping @Sendable (Effect) -> Message?, wake: @escaping @Sendable () -> Void) {
        self.perform = { effect, _ in perform(effect) }
        self.wake = wake
    }

    /// For work that reports as it goes (a fetch of the feeds): `perform` may post messages before its
    /// reply, and the loop collects them in order.
    init(
        reporting perform: @escaping @Sendable (Effect, _ post: @Sendable (Message) -> Void) -> Message?,
        wake: @escaping @Sendable () -> Void
    ) {
        self.perform = perform
        self.wake = wake
    }

    /// Whether an effect runs here rather than on the loop.
    static func runsInBackground(_ effect: Effect) -> Bool {
        if case .search = effect { return true }
        return false
    }

    /// Starts `effect`, or queues it behind the one running (replacing any that waits).
    func start(_ effect: Effect) {
        condition.lock()
        defer { condition.unlock() }
        if running {
            waiting = effect
            return
        }
        running = true
        queue.async { self.work(effect) }
    }

    private func work(_ first: Effect) {
        var effect = first
        while true {
            let reply = perform(effect) { self.post($0) }
            condition.lock()
            if let reply { replies.append(reply) }
            let next = waiting
            waiting = nil
            running = next != nil
            condition.broadcast()
            condition.unlock()
            wake()
            guard let next else { return }
            effect = next
        }
    }

    private func post(_ message: Message) {
        condition.lock()
        replies.append(message)
        condition.unlock()
        wake()
    }

    /// The replies that arrived since the last call, oldest first.
    func takeReplies() -> [Message] {
        condition.lock()
        defer { condition.unlock() }
        let taken = replies
        replies = []
        return taken
    }

    /// True when nothing runs, waits, or has a reply not yet taken.
    var isIdle: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !running && replies.isEmpty
    }

    /// Blocks until nothing runs or waits (for screens whose events are scripted: tests, benchmarks).
    func waitUntilIdle() {
        condition.lock()
        while running { condition.wait() }
        condition.unlock()
    }
}
