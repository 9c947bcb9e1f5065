/// How many terminal columns text takes: CJK and emoji two, combining marks and zero-width
/// characters none, everything else one. Parley's own table, so widths do not depend on the locale; it
/// follows the one terminals and ncurses use (glibc's `wcwidth`), because they, not Parley, decide where
/// the next character goes.
public enum DisplayWidth {
    /// Columns of one scalar: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (0x1160...0x11FF).contains(v) { return 0 }
        if isWide(v) { return 2 }
        // Emoji shown as emoji by default are wide, except the regional indicators that pair into flags.
        if scalar.properties.isEmojiPresentation, !isRegionalIndicator(v) { return 2 }
        return 1
    }

    /// Columns of a grapheme cluster. A terminal places each spacing scalar of a sequence on its own (a
    /// flag's two letters, each person of a joined family), and a variation selector widens nothing, so
    /// the cluster takes the sum of its scalars.
    public static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// Columns of a string.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func isRegionalIndicator(_ v: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(v) }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits `columns`, with "…" when cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > columns - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}
