@preconcurrency import CNcurses
import Glibc

/// The real terminal, through ncursesw. Only this type (and `TerminalRestore`) talks to ncurses.
public final class NcursesScreen: Screen {
    private let screen: OpaquePointer
    private var last: ScreenBuffer?
    private var pairs: [Int: Int16] = [:]
    private let colorCount: Int
    private let maxPairs: Int
    public private(set) var size: Size

    /// Opens the terminal; refuses a non-terminal, an unknown TERM, or a terminal type that cannot move the
    /// cursor, with a clear error (never exits).
    public init(mouse: Bool = true) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
        switch parley_terminal_can_draw(STDOUT_FILENO) {
        case -1: throw .unknownTerminal(term)
        case 0: throw .cannotDraw(term)
        default: break
        }
        guard let output = fdopen(dup(STDOUT_FILENO), "w"), let input = fdopen(dup(STDIN_FILENO), "r") else {
            throw .notATerminal
        }
        TerminalRestore.saveShellModes()
        guard let opened = newterm(nil, output, input) else { throw .unknownTerminal(term) }
        screen = opened
        set_term(opened)
        TerminalRestore.prepareResetBytes(mouse: mouse)
        TerminalSignals.install()
        TerminalRestore.active.store(true, ordering: .sequentiallyConsistent)
        raw()
        noecho()
        nonl()
        keypad(parley_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        colorCount = has_colors() ? Int(COLORS) : 0
        maxPairs = has_colors() ? Int(COLOR_PAIRS) : 0
        if mouse {
            mousemask(parley_all_mouse_events(), nil)
            mouseinterval(0)
        }
        size = Size(width: Int(getmaxx(parley_stdscr())), height: Int(getmaxy(parley_stdscr())))
    }

    deinit { restore() }

    /// Ends curses mode; safe to call more than once.
    public func restore() {
        TerminalRestore.restore()
    }

    /// The signal (SIGINT, SIGTERM or SIGHUP) that asked the reader to end, if one arrived.
    public var terminationSignal: Int32? {
        let number = TerminalSignals.termination.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }

    /// True once SIGINT, SIGTERM or SIGHUP arrived.
    public var terminationRequested: Bool { terminationSignal != nil }

    public var waker: @Sendable () -> Void { { TerminalSignals.wake() } }

    /// Waits on the terminal and the signal pipe together, so a signal or `waker` ends the wait at once.
    public func nextEvent(timeout: Int?) -> TerminalEvent? {
        if TerminalSignals.suspendRequested.exchange(false, ordering: .sequentiallyConsistent) { return .suspend }
        // ncurses may already hold bytes it read ahead, which poll(2) cannot see.
        if let event = readEvent() { return event }
        var waits = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: TerminalSignals.wakePipe.read, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&waits, 2, Int32(timeout ?? -1))
        if waits[1].revents != 0 { TerminalSignals.drain() }
        if TerminalSignals.suspendRequested.exchange(false, ordering: .sequentiallyConsistent) { return .suspend }
        // Also after EINTR: SIGWINCH interrupts the wait and ncurses then reports the new size.
        return ready < 0 || waits[0].revents != 0 ? readEvent() : nil
    }

    public var hasPendingInput: Bool {
        var wait = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&wait, 1, 0) > 0 && wait.revents & Int16(POLLIN) != 0
    }

    /// The next event ncurses has ready, without waiting (an escape sequence still gets ESCDELAY).
    private func readEvent() -> TerminalEvent? {
        wtimeout(parley_stdscr(), 0)
        var value: wint_t = 0
        let status = wget_wch(parley_stdscr(), &value)
        if status == ERR { return nil }
        if status == KEY_CODE_YES {
            let code = Int32(value)
            if code == parley_key_resize() {
                size = Size(width: Int(getmaxx(parley_stdscr())), height: Int(getmaxy(parley_stdscr())))
                last = nil
                return .resize(size)
            }
            if code == parley_key_mouse() { return mouseEvent() }
            return KeyDecoder.decode(functionKey: code).map { .key($0) }
        }
        return KeyDecoder.decode(character: UInt32(value)).map { .key($0) }
    }

    /// Gives the terminal back to the shell and stops the whole job, as Ctrl-Z does in a cooked terminal;
    /// once continued (`fg`), curses mode returns and the next frame is drawn in full.
    public func suspend() {
        TerminalRestore.restore()
        signal(SIGTSTP, SIG_DFL)
        // The process group, not only this process: a script that started the reader stops with it.
        kill(0, SIGTSTP)
        TerminalSignals.handleSuspend()
        TerminalRestore.active.store(true, ordering: .sequentiallyConsistent)
        last = nil
        parley_force_repaint()
        // The window may have changed size while stopped, when no SIGWINCH reaches a stopped job.
        raise(SIGWINCH)
    }

    public func handOver(_ body: () -> Void) {
        TerminalRestore.restore()
        body()
        TerminalRestore.active.store(true, ordering: .sequentiallyConsistent)
        last = nil
        parley_force_repaint()
    }

    /// Terminals that say so in terminfo (`Ms`), and tmux, which keeps the clipboard itself.
    public func copyToClipboard(_ text: String) -> Bool {
        guard !TerminalRestore.capability("Ms").isEmpty || getenv("TMUX") != nil else { return false }
        let bytes = Clipboard.osc52(text)
        let written = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        return written == bytes.count
    }

    private func mouseEvent() -> TerminalEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let point = Point(x: Int(event.x), y: Int(event.y))
        if event.bstate & parley_button4_pressed() != 0 { return .mouse(MouseEvent(kind: .wheelUp, position: point)) }
        let wheelDown = parley_button5_pressed()
        if wheelDown != 0, event.bstate & wheelDown != 0 {
            return .mouse(MouseEvent(kind: .wheelDown, position: point))
        }
        if event.bstate & parley_button1_pressed() != 0 { return .mouse(MouseEvent(kind: .click, position: point)) }
        return nil
    }

    public func present(_ buffer: ScreenBuffer) {
        let window = parley_stdscr()
        let previous = last?.size == buffer.size ? last : nil
        if previous == nil { werase(window) }
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if let previous, previous[x, y] == cell { continue }
                draw(cell, x: x, y: y, in: window)
            }
        }
        last = buffer
        wnoutrefresh(window)
        doupdate()
    }

    private func draw(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        var characters = Array(cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
        if characters.isEmpty { characters = [wchar_t(32)] }
        characters.append(0)
        var attributes = parley_attr_normal()
        if cell.style.attributes.contains(.bold) { attributes |= parley_attr_bold() }
        if cell.style.attributes.contains(.underline) { attributes |= parley_attr_underline() }
        if cell.style.attributes.contains(.reverse) { attributes |= parley_attr_reverse() }
        var value = cchar_t()
        _ = parley_set_cchar(&value, characters, attributes, pair(for: cell.style))
        _ = mvwadd_wch(window, Int32(y), Int32(x), &value)
    }

    /// A colour pair for the style's colours, made on first use; pair 0 when colours are off or used up.
    private func pair(for style: Style) -> Int16 {
        guard colorCount >= 8 else { return 0 }
        func number(_ color: Color) -> Int {
            (colorCount >= 256 ? color.indexed256 : color.indexed8) ?? -1
        }
        let fg = number(style.foreground)
        let bg = number(style.background)
        if fg == -1, bg == -1 { return 0 }
        let key = (fg + 1) * 1024 + (bg + 1)
        if let existing = pairs[key] { return existing }
        guard pairs.count + 1 < min(maxPairs, Int(Int16.max)) else { return 0 }
        let next = Int16(pairs.count + 1)
        init_pair(next, Int16(fg), Int16(bg))
        pairs[key] = next
        return next
    }

    public func setCursor(_ point: Point?) {
        if let point {
            curs_set(1)
            wmove(parley_stdscr(), Int32(point.y), Int32(point.x))
        } else {
            curs_set(0)
        }
    }
}
