/// One token of article text, located by Unicode scalar offsets into the text it came from.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters (and marks, inner apostrophes), possibly with digits: "Xi", "Lukashenko’s" is split.
        case word
        /// Digits only: "2023".
        case number
        /// The possessive ending split off a word: "’s" or "'s" (or a bare "’" after a plural).
        case possessive
        /// Any other single scalar: punctuation, symbols.
        case punctuation
        /// A paragraph break: two newlines, or one in text that is a list of lines.
        case lineBreak
    }

    public var kind: Kind
    public var text: String
    /// The match key: lower case, accents folded, "’" as "'" (see `Gazetteer.key`). Made once, by the tokenizer.
    public var key: String
    public var start: Int
    public var end: Int
    /// White space stands between this token and the previous one.
    public var spaceBefore: Bool

    public init(kind: Kind, text: String, key: String? = nil, start: Int, end: Int, spaceBefore: Bool) {
        self.kind = kind
        self.text = text
        self.key = key ?? Gazetteer.key(text)
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
    }

    /// The first letter is upper case (or the token is a non-Latin word: CJK or Cyrillic names count).
    public var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        if first.value < 128 { return first.value >= 65 && first.value <= 90 }
        if first.properties.isUppercase { return true }
        return !first.properties.isLowercase && first.properties.isAlphabetic
    }

    public var isWord: Bool { kind == .word }
}
