import Foundation

/// The hand-off between the threads that read and analyse files and the one that stores them.
///
/// Chunks are filled in any order and taken in order; at most `lookahead` wait untaken, so memory
/// stays flat however many files an ingest has.
final class PreparedChunks: @unchecked Sendable {
    /// What became of one file.
    enum Slot: Sendable {
        case prepared(PreparedArticle)
        /// Stored before with the same bytes: neither read again nor analysed.
        case unchanged(id: String)
        case failed(ReadError)
    }

    private let condition = NSCondition()
    private var ready: [Int: [Slot]] = [:]
    private var taken = 0
    private let lookahead: Int
    private var isCancelled = false

    init(lookahead: Int) {
        self.lookahead = lookahead
    }

    /// Blocks the producer until chunk `index` may be prepared; false once the consumer has stopped.
    func waitForRoom(before index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !isCancelled, index - taken >= lookahead { condition.wait() }
        return !isCancelled
    }

    func put(_ index: Int, _ slots: [Slot]) {
        condition.lock()
        ready[index] = slots
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until chunk `index` is ready, and removes it.
    func take(_ index: Int) -> [Slot] {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index) ?? []
    }

    /// Tells the producer to stop (the consumer failed or finished early).
    func cancel() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Slots that several threads fill at distinct indexes.
final class SlotArray<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Element?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Element? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Element] { lock.withLock { slots.compactMap { $0 } } }
}
