import CNcurses
import Glibc

/// Puts the terminal back however Parley ends: normal exit, a termination signal, or a crash (a
/// Swift trap is SIGILL). Crash handlers restore the terminal first, then hand the signal to the
/// handler that was there before (Swift's backtracer), so its report prints on a sane terminal.
enum TerminalRestore {
    nonisolated(unsafe) static var active = false
    /// Set from a signal handler when SIGINT, SIGTERM or SIGHUP arrives; the event loop polls it.
    nonisolated(unsafe) static var terminationRequested: sig_atomic_t = 0
    nonisolated(unsafe) static var previous: [Int32: sigaction] = [:]

    static let crashSignals: [Int32] = [SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGTRAP]
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        for signal in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                if TerminalRestore.active {
                    TerminalRestore.active = false
                    endwin()
                }
                if var old = TerminalRestore.previous[number] {
                    sigaction(number, &old, nil)
                } else {
                    Glibc.signal(number, SIG_DFL)
                }
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous[signal] = old
        }
        for signal in stopSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in TerminalRestore.terminationRequested = 1 }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    static func restore() {
        guard active else { return }
        active = false
        endwin()
    }
}
