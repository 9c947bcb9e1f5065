/// A few words of an article around the first place a search matches, matches marked `[` `]`.
///
/// `SearchSnippet.make(text: "Talks in Quito ended late.", words: ["quito"], prefixLast: true)` is
/// `"Talks in [Quito] ended late."`. Made in Swift for the shown hits only: FTS5's `snippet()` decodes
/// every matching document list once per row, which costs seconds on a large library.
enum SearchSnippet {
    static func make(text: String, words: [String], prefixLast: Bool, length: Int = 12) -> String {
        guard !words.isEmpty else { return "" }
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars: scalars).filter { $0.kind == .word || $0.kind == .number }
        guard !tokens.isEmpty else { return "" }
        func matches(_ token: Token) -> Bool {
            let key =
                token.key.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") }) ? token.key : NameKey.of(token.text)
            for (index, word) in words.enumerated() {
                if key == word || (prefixLast && index == words.count - 1 && key.hasPrefix(word)) { return true }
            }
            return false
        }
        let first = tokens.firstIndex(where: matches) ?? 0
        let start = max(0, min(first - 2, tokens.count - length))
        let end = min(tokens.count, start + length)
        var out = start > 0 ? "…" : ""
        var cursor = tokens[start].start
        for token in tokens[start..<end] {
            out += String(String.UnicodeScalarView(scalars[cursor..<token.start]))
            out += matches(token) ? "[\(token.text)]" : token.text
            cursor = token.end
        }
        if end < tokens.count {
            out += "…"
        } else {
            out += String(String.UnicodeScalarView(scalars[cursor..<scalars.count]))
        }
        return out
    }
}
