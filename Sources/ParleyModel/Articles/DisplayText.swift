/// The terminal-safe form of untrusted article text, made once at ingestion.
///
/// Every scalar maps to exactly one scalar, so offsets into the original text stay valid:
/// C0 controls, DEL and C1 controls become visible control pictures (ESC shows as "␛"), tabs become
/// spaces, and bidi overrides, zero-width characters, the BOM and soft hyphens become plain spaces.
/// Line feeds are kept.
public enum DisplayText {
    public static func sanitize(_ text: String) -> String {
        if isInert(text) { return text }  // the usual case: nothing to change, nothing to copy
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(sanitize(scalar)) }
        return String(out)
    }

    @inline(__always) public static func sanitize(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        switch v {
        case 0x0A: return scalar
        case 0x09: return " "
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + v) ?? "?"
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        case 0xAD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C, 0x180E:
            return " "
        default: return scalar
        }
    }

    /// True when `text` is already safe to draw.
    public static func isInert(_ text: String) -> Bool {
        // Printable ASCII and line feeds need no look at scalars; 0xC2 (C1 controls, soft hyphen),
        // 0xD8 (U+061C), 0xE1, 0xE2 and 0xEF (the zero-width, bidi and BOM ranges) may start one that does.
        let quick = text.utf8.allSatisfy { byte in
            (byte >= 0x20 && byte < 0x7F) || byte == 0x0A
                || (byte >= 0x80 && byte != 0xC2 && byte != 0xD8 && byte != 0xE1 && byte != 0xE2 && byte != 0xEF)
        }
        return quick || text.unicodeScalars.allSatisfy { sanitize($0) == $0 }
    }
}
