/// Turns what `get_wch` returns into `Key`s: a character code, or a function key code
/// (ncurses KEY_* values, passed in so this stays testable without a terminal).
public enum KeyDecoder {
    /// ncurses key codes the decoder understands (values from curses.h).
    public enum Code {
        public static let down: Int32 = 0o402, up: Int32 = 0o403, left: Int32 = 0o404, right: Int32 = 0o405
        public static let home: Int32 = 0o406, backspace: Int32 = 0o407, f0: Int32 = 0o410
        public static let delete: Int32 = 0o512, insert: Int32 = 0o513, pageDown: Int32 = 0o522
        public static let pageUp: Int32 = 0o523, enter: Int32 = 0o527, backTab: Int32 = 0o541, end: Int32 = 0o550
    }

    /// A character read by `get_wch` (OK status).
    public static func decode(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .control(" ")
        case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
        case 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key read by `get_wch` (KEY_CODE_YES status).
    public static func decode(functionKey code: Int32) -> Key? {
        switch code {
        case Code.down: .down
        case Code.up: .up
        case Code.left: .left
        case Code.right: .right
        case Code.home: .home
        case Code.end: .end
        case Code.backspace: .backspace
        case Code.delete: .delete
        case Code.insert: .insert
        case Code.pageDown: .pageDown
        case Code.pageUp: .pageUp
        case Code.enter: .enter
        case Code.backTab: .backTab
        case (Code.f0 + 1)...(Code.f0 + 24): .function(Int(code - Code.f0))
        default: nil
        }
    }
}
