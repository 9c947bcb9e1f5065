import CNcurses
import Glibc
import Synchronization

/// Puts the terminal back however Parley ends. The event loop ends curses with `restore()` (normal exit,
/// Ctrl-Z, SIGINT/SIGTERM/SIGHUP); a handler for a signal that ends the process at once (SIGQUIT, a
/// crash: a Swift trap is SIGILL) uses `restoreFromSignal()`, which only writes bytes prepared in advance
/// and sets the terminal modes saved before curses started.
enum TerminalRestore {
    /// True while the terminal is in curses mode; whoever swaps it to false restores.
    static let active = Atomic<Bool>(false)
    /// The terminal modes before curses changed them.
    nonisolated(unsafe) static var shellModes = termios()
    nonisolated(unsafe) static var hasShellModes = false
    /// What `endwin` would write, looked up in terminfo while curses starts.
    nonisolated(unsafe) static var resetBytes = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

    /// Saves the terminal modes; call before `newterm`.
    static func saveShellModes() {
        hasShellModes = tcgetattr(STDIN_FILENO, &shellModes) == 0
    }

    /// Prepares the bytes that leave curses mode: normal attributes, a visible cursor, the keypad in
    /// its normal mode, mouse reports off (when they were asked for) and the main screen back.
    static func prepareResetBytes(mouse: Bool) {
        var bytes: [UInt8] = []
        for name in ["sgr0", "cnorm", "rmkx"] { bytes += capability(name) }
        if mouse, !capability("kmous").isEmpty { bytes += Array("\u{1B}[?1006;1000l\u{1B}[?1002l\u{1B}[?1003l".utf8) }
        bytes += capability("rmcup")
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        let old = resetBytes
        resetBytes = buffer
        old.deallocate()
    }

    /// A terminfo string capability of the current terminal, empty when it has none.
    static func capability(_ name: String) -> [UInt8] {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
        let count = strlen(value)
        return value.withMemoryRebound(to: UInt8.self, capacity: count) {
            Array(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Ends curses mode from the event loop; safe to call more than once.
    static func restore() {
        guard active.exchange(false, ordering: .sequentiallyConsistent) else { return }
        endwin()
    }

    /// Leaves curses mode from a signal handler: async-signal-safe calls only.
    static func restoreFromSignal() {
        guard active.exchange(false, ordering: .sequentiallyConsistent) else { return }
        if let start = resetBytes.baseAddress { _ = write(STDOUT_FILENO, start, resetBytes.count) }
        if hasShellModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, &shellModes) }
    }
}
