/// Splits text into tokens in one pass over its Unicode scalars.
///
/// `"Zimbabwe’s President"` gives `Zimbabwe`, `’s`, `President`; offsets count scalars.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: Array(text.unicodeScalars))
    }

    public static func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var space = true
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if c == "\n" {
                var j = i
                var newlines = 0
                while j < n,
                    scalars[j].value < 128
                        ? (scalars[j].value == 32 || (9...13).contains(scalars[j].value))
                        : scalars[j].properties.isWhitespace
                {
                    if scalars[j] == "\n" { newlines += 1 }
                    j += 1
                }
                tokens.append(Token(kind: .lineBreak, text: "\n", key: "\n", start: i, end: i + 1, spaceBefore: true))
                _ = newlines
                i = j
                space = true
                continue
            }
            if c.value < 128
                ? (c.value == 32 || (9...13).contains(c.value)) : (c.properties.isWhitespace || c == "\u{00A0}")
            {
                space = true
                i += 1
                continue
            }
            if isWordScalar(c) {
                var j = i + 1
                var hasLetter = !isDigit(c)
                while j < n {
                    let d = scalars[j]
                    if isWordScalar(d) {
                        if !isDigit(d) { hasLetter = true }
                        j += 1
                    } else if isApostrophe(d), j + 1 < n, scalars[j + 1].properties.isAlphabetic,
                        !(isPossessiveS(scalars[j + 1]) && (j + 2 >= n || !isWordScalar(scalars[j + 2])))
                    {
                        j += 2  // O'Brien, Côte d’Ivoire
                    } else {
                        break
                    }
                }
                let (text, key) = texts(scalars[i..<j])
                tokens.append(
                    Token(kind: hasLetter ? .word : .number, text: text, key: key, start: i, end: j, spaceBefore: space)
                )
                i = j
                space = false
                if i < n, isApostrophe(scalars[i]) {
                    if i + 1 < n, isPossessiveS(scalars[i + 1]), i + 2 >= n || !isWordScalar(scalars[i + 2]) {
                        tokens.append(
                            Token(kind: .possessive, text: "’s", key: "'s", start: i, end: i + 2, spaceBefore: false))
                        i += 2
                    } else if let last = tokens.last, last.text.hasSuffix("s"),
                        i + 1 >= n || !isWordScalar(scalars[i + 1])
                    {
                        tokens.append(
                            Token(kind: .possessive, text: "’", key: "'", start: i, end: i + 1, spaceBefore: false))
                        i += 1
                    }
                }
                continue
            }
            let text = String(Character(c))
            tokens.append(
                Token(
                    kind: .punctuation, text: text, key: c == "\u{2019}" ? "'" : text, start: i, end: i + 1,
                    spaceBefore: space))
            space = false
            i += 1
        }
        return tokens
    }

    /// A word's text and match key. ASCII words (nearly all of them) are built straight from bytes;
    /// others go through `Gazetteer.key`, which folds accents.
    static func texts(_ scalars: ArraySlice<Unicode.Scalar>) -> (text: String, key: String) {
        let count = scalars.count
        if scalars.allSatisfy({ $0.value < 128 }) {
            var lowered = false
            let text = String(unsafeUninitializedCapacity: count) { buffer in
                for (k, scalar) in zip(0..., scalars) { buffer[k] = UInt8(truncatingIfNeeded: scalar.value) }
                return count
            }
            let key = String(unsafeUninitializedCapacity: count) { buffer in
                for (k, scalar) in zip(0..., scalars) {
                    let byte = UInt8(truncatingIfNeeded: scalar.value)
                    let upper = byte >= 65 && byte <= 90
                    lowered = lowered || upper
                    buffer[k] = upper ? byte + 32 : byte
                }
                return count
            }
            return (text, lowered ? key : text)
        }
        let text = String(unsafeUninitializedCapacity: count * 4) { buffer in
            var k = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[k] = byte
                    k += 1
                }
            }
            return k
        }
        return (text, Gazetteer.key(text))
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

    @inline(__always) static func isPossessiveS(_ c: Unicode.Scalar) -> Bool { c == "s" || c == "S" }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 {
            return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57)
        }
        let p = c.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .decimalNumber
    }
}
