import Foundation

/// Tells a command cut off from one still running. Every process that opens a library for writing holds
/// a shared `flock` on the file while it lives (SQLite's own locks are `fcntl` byte ranges, which
/// `flock` does not touch); the kernel drops it when the process ends, killed or not. Stale derived data
/// with no other writer alive was left by an interrupted command and is finished at once; with another
/// writer alive it is that writer's work in progress, and is left to it.
final class WriterLock: Sendable {
    private let descriptor: Int32
    /// True when no other process had the library open for writing as this one opened it.
    let isAlone: Bool

    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        isAlone = flock(descriptor, LOCK_EX | LOCK_NB) == 0
        // shared from here on: other writers may open beside this one
        flock(descriptor, LOCK_SH)
    }

    deinit { close(descriptor) }
}
