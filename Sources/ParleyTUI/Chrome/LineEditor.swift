import ParleyTerminal

/// A one-line text field: left/right, Home/End and Ctrl-A/E, Backspace/Del, Ctrl-U (clear to start),
/// Ctrl-W (delete word), and history with up/down.
public struct LineEditor: Sendable, Equatable {
    public private(set) var text: [Character] = []
    public private(set) var cursor = 0
    public var history: [String]
    private var historyIndex: Int?

    public init(text: String = "", history: [String] = []) {
        self.text = Array(text)
        cursor = self.text.count
        self.history = history
    }

    public var string: String { String(text) }

    /// Applies an editing key; returns false for keys it does not handle (Enter, Esc, Tab…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            text.insert(c, at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            text.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            if cursor < text.count { text.remove(at: cursor) }
        case .control("u"):
            text.removeFirst(cursor)
            cursor = 0
        case .control("w"):
            var start = cursor
            while start > 0, text[start - 1] == " " { start -= 1 }
            while start > 0, text[start - 1] != " " { start -= 1 }
            text.removeSubrange(start..<cursor)
            cursor = start
        case .up:
            guard !history.isEmpty else { return true }
            let index = max(0, (historyIndex ?? history.count) - 1)
            historyIndex = index
            set(history[index])
        case .down:
            guard let index = historyIndex else { return true }
            if index + 1 < history.count {
                historyIndex = index + 1
                set(history[index + 1])
            } else {
                historyIndex = nil
                set("")
            }
        default:
            return false
        }
        return true
    }

    private mutating func set(_ value: String) {
        text = Array(value)
        cursor = text.count
    }
}
