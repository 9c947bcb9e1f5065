/// Splits tokens into sentences: at . ! ? (not after an abbreviation or an initial) and at line breaks.
enum Sentences {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "jr", "sr", "no", "vol", "inc", "ltd", "co", "gov", "sen",
        "rep", "pres", "prof", "sgt", "capt", "maj", "adm", "rev", "u.s", "u.n", "e.g", "i.e", "vs", "approx", "dept",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    static func split(_ tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var end: Int?
            if token.kind == .lineBreak {
                end = i + 1
            } else if token.kind == .punctuation, ["!", "?", ".", "…"].contains(token.text) {
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punctuation, !tokens[j].spaceBefore,
                    ["\"", "”", "’", "'", ")", ".", "…"].contains(tokens[j].text)
                {
                    j += 1
                }
                let previous = i > 0 ? tokens[i - 1] : nil
                let isAbbreviation =
                    token.text == "."
                    && (previous.map { p in
                        (p.kind == .word && p.text.unicodeScalars.count == 1 && p.isCapitalized)
                            || abbreviations.contains(p.key)
                    } ?? false)
                let nextStartsSentence =
                    j >= tokens.count || tokens[j].kind == .lineBreak || tokens[j].isCapitalized
                    || tokens[j].kind == .number || ["\"", "“", "‘", "("].contains(tokens[j].text)
                // "statement.Robert Fico came": a lost space between two sentences, not "U.S." or "Dr.No"
                let lostSpace =
                    j < tokens.count && !tokens[j].spaceBefore && token.text == "."
                    && tokens[j].isCapitalized && tokens[j].text.unicodeScalars.count >= 2
                    && (previous.map { $0.kind == .word && $0.text.unicodeScalars.count >= 3 && !$0.isCapitalized }
                        ?? false)
                if !isAbbreviation, nextStartsSentence,
                    j >= tokens.count || tokens[j].spaceBefore || tokens[j].kind == .lineBreak || lostSpace
                {
                    end = j
                }
            }
            if let end {
                if end > start {
                    if (start..<end).allSatisfy({ tokens[$0].kind == .lineBreak }), let last = sentences.popLast() {
                        sentences.append(last.lowerBound..<end)  // a bare line break closes the sentence before it
                    } else {
                        sentences.append(start..<end)
                    }
                }
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }
}
