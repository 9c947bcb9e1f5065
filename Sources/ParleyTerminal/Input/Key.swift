/// A key press, decoded: no raw key codes past the terminal layer.
public enum Key: Sendable, Equatable, Hashable {
    case character(Character)
    case control(Character)
    case function(Int)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete, insert

    /// How help and key hints spell the key: "j", "Ctrl-A", "PgDn", "F5".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .function(let n): "F\(n)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        }
    }
}

/// A mouse event at a cell.
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var position: Point

    public init(kind: Kind, position: Point) {
        self.kind = kind
        self.position = position
    }
}

/// What the terminal reports: a key, a new size, a mouse event, or a request to suspend.
public enum TerminalEvent: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
    /// The process was asked to stop (SIGTSTP from outside; Ctrl-Z itself is a key in raw mode).
    case suspend
}
