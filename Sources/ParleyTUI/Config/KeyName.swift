import ParleyTerminal

/// Keys as a config file writes them: the labels help shows ("j", "Enter", "PgDn", "Ctrl-D", "F5",
/// "Space"), case-insensitively for names, plus the short forms "C-d" and "Down".
enum KeyName {
    static let named: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace, "del": .delete,
        "delete": .delete, "ins": .insert, "insert": .insert, "up": .up, "down": .down, "left": .left,
        "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "↑": .up, "↓": .down, "←": .left, "→": .right,
    ]

    /// The key `word` names, or nil.
    static func key(_ word: String) -> Key? {
        if word.count == 1, let character = word.first, !character.isWhitespace { return .character(character) }
        let lower = word.lowercased()
        if let key = named[lower] { return key }
        for prefix in ["ctrl-", "c-"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter.isLetter, letter.isASCII { return .control(letter) }
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        return nil
    }
}
