import Glibc
import Synchronization

/// The signals the reader answers, caught so that handlers stay async-signal-safe: a handler only
/// records what arrived and writes a byte to a pipe that `NcursesScreen.nextEvent` waits on, and the
/// event loop does the real work (restoring the terminal, suspending). Only signals after which the
/// process must die at once (SIGQUIT, crashes) restore the terminal inside the handler, with
/// `TerminalRestore.restoreFromSignal`, which uses nothing but write(2) and tcsetattr(3).
enum TerminalSignals {
    /// The first of SIGINT, SIGTERM or SIGHUP to arrive, or 0.
    static let termination = Atomic<Int32>(0)
    /// SIGTSTP arrived from outside (in raw mode Ctrl-Z is a key, not this signal).
    static let suspendRequested = Atomic<Bool>(false)
    /// The self-pipe: handlers and `wake()` write its second descriptor; the event wait polls the first.
    nonisolated(unsafe) static var wakePipe: (read: Int32, write: Int32) = (-1, -1)
    /// The handlers that were in place before ours (Swift's backtracer), by signal number.
    nonisolated(unsafe) static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGTRAP]

    nonisolated(unsafe) private static var installed = false

    /// Opens the self-pipe and installs every handler (once per process); call once curses is set up.
    static func install() {
        guard !installed else { return }
        installed = true
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            wakePipe = (ends[0], ends[1])
        }
        // Touch the flags here, so their one-time set-up never first happens inside a handler.
        _ = termination.load(ordering: .relaxed)
        _ = suspendRequested.load(ordering: .relaxed)
        for signal in stopSignals {
            handle(signal) { number in
                let saved = errno
                _ = TerminalSignals.termination.compareExchange(
                    expected: 0, desired: number, ordering: .sequentiallyConsistent)
                TerminalSignals.wake()
                errno = saved
            }
        }
        handleSuspend()
        handle(SIGQUIT) { number in
            TerminalRestore.restoreFromSignal()
            _exit(128 + number)
        }
        for signal in crashSignals {
            handle(signal) { number in
                TerminalRestore.restoreFromSignal()
                // Hand the crash to the handler that was there before, so its report prints on a sane terminal.
                sigaction(number, TerminalSignals.previous + Int(number), nil)
                raise(number)
            }
        }
    }

    /// (Re)installs the SIGTSTP handler; suspending sets the default action for a moment.
    static func handleSuspend() {
        handle(SIGTSTP) { _ in
            let saved = errno
            TerminalSignals.suspendRequested.store(true, ordering: .sequentiallyConsistent)
            TerminalSignals.wake()
            errno = saved
        }
    }

    /// Ends a wait in `nextEvent` early; safe from any thread and from signal handlers.
    static func wake() {
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)
    }

    /// Empties the self-pipe after a wake-up.
    static func drain() {
        var bytes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        while withUnsafeMutableBytes(of: &bytes, { read(wakePipe.read, $0.baseAddress, $0.count) }) > 0 {}
    }

    private static func handle(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, previous + Int(signal))
    }
}
