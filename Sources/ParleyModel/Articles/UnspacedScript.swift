/// Writing systems that put no spaces between words (Chinese, Japanese, Thai and their neighbours): a run
/// of their letters is many words, so counting words by spaces, or searching by whole runs, fails on them.
public enum UnspacedScript {
    /// Han ideographs, kana, Thai, Lao, Khmer, Myanmar and Tibetan letters.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF,  // Thai, Lao
            0x0F00...0x0FFF,  // Tibetan
            0x1000...0x109F,  // Myanmar
            0x1780...0x17FF,  // Khmer
            0x3040...0x30FF, 0x31F0...0x31FF,  // hiragana, katakana
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,  // Han
            0xFF66...0xFF9F,  // half-width katakana
            0x20000...0x3134F:  // Han, supplementary planes
            true
        default: false
        }
    }

    /// Letters a word search must find inside longer runs: the scripts above, and Hangul, whose spaced
    /// words carry their particles attached ("외교부는" holds "외교부").
    public static func needsSubstringSearch(_ scalar: Unicode.Scalar) -> Bool {
        contains(scalar) || (0xAC00...0xD7AF).contains(scalar.value) || (0x1100...0x11FF).contains(scalar.value)
            || (0x3130...0x318F).contains(scalar.value)
    }

    /// Whether `text` has any letter of an unspaced script; cheap on text without three-byte characters.
    public static func occurs(in text: String) -> Bool {
        text.utf8.contains { $0 >= 0xE0 } && text.unicodeScalars.contains(where: contains)
    }
}
