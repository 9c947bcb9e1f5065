import Foundation

/// What a person typed into search, read as they meant it and made safe for FTS5.
///
/// - Each word (a run without spaces: "Germany's", "Franco-German", "U.S.") is one phrase, tokenized by
///   the index's own tokenizer, so its punctuation splits it exactly as the indexed text was split.
/// - "Quoted words" are one phrase. A quote without its partner is ignored.
/// - Upper-case `OR` between words means either; `NOT` before a word excludes it; `AND` and `NEAR` are
///   dropped (every word must appear anyway). In lower case they are ordinary words, and with nothing
///   else to search for, so are the upper-case ones.
/// - A word ending in `*` is a prefix; so is the last word, while a person is still typing it; but only
///   from `minimumPrefix` letters on (a shorter one is matched whole).
/// - Letters of scripts written without spaces (Chinese, Japanese, Thai, Korean with its attached
///   particles) are searched as substrings, since the index holds whole runs of them as one token.
/// - A long query (a pasted paragraph) keeps only its `maximumTerms` longest distinct words: enough to
///   find the page it came from, few enough to answer at once.
///
/// `SearchQuery("Germany's talks NOT Iran").ftsPattern` is `"Germany's" AND "talks" NOT "Iran"`.
struct SearchQuery: Equatable {
    /// One searched word or phrase, as typed (FTS5 tokenizes it).
    struct Phrase: Equatable {
        var text: String
        var prefix = false
    }

    /// Every group must match; a group matches when any of its phrases does.
    var groups: [[Phrase]] = []
    /// Phrases no hit may contain.
    var excluded: [Phrase] = []
    /// Runs of unspaced scripts, each of which must occur in the title or the body.
    var substrings: [String] = []
    /// Whether the query was cut down from a longer one.
    var wasShortened = false
    /// Words typed with a possessive ending, which is searched without it.
    private var possessives: [String] = []

    static let maximumTerms = 12
    /// Letters a word needs before it is matched as a prefix: expanding "t" or "the" merges the postings
    /// of every word that starts so, which takes seconds on a large library.
    static let minimumPrefix = 4
    /// More characters than any query a person types; a pasted article is cut here before it is read.
    static let maximumLength = 4_000

    var isEmpty: Bool { groups.isEmpty && substrings.isEmpty }

    init(_ query: String) {
        let chunks = Self.chunks(of: String(query.prefix(Self.maximumLength)))
        // The last word of a query still being typed may be the start of a longer one ("OR" of "ORBAN").
        let typing = query.last.map { !$0.isWhitespace && !Self.quotes.contains($0) } ?? false
        let isOperator = chunks.indices.map { index in
            !chunks[index].quoted && Self.operators.contains(chunks[index].text)
                && !(index == chunks.count - 1 && typing)
        }
        // With nothing else to search for, "OR" and "NOT" are words.
        let operatorsMean = isOperator.contains(false)
        var pendingOr = false
        var pendingNot = false
        for (index, chunk) in chunks.enumerated() {
            if operatorsMean, isOperator[index] {
                if chunk.text == "OR" { pendingOr = !groups.isEmpty }
                if chunk.text == "NOT" { pendingNot = true }
                continue
            }
            let (or, not) = (pendingOr, pendingNot)
            (pendingOr, pendingNot) = (false, false)
            var text = chunk.text
            var prefix = !chunk.quoted && index == chunks.count - 1 && typing
            if !chunk.quoted, text.hasSuffix("*") {
                text = text.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
                prefix = true
            }
            if !chunk.quoted, let bare = Self.withoutPossessive(text) {
                possessives.append(text)
                text = bare
            }
            let (words, runs) = Self.splitScripts(text)
            if !not { substrings += runs }
            guard Self.hasToken(words) else { continue }
            // a word that ends in a run of Chinese is not typed further in Latin letters
            let endsInRun = text.unicodeScalars.last.map(UnspacedScript.needsSubstringSearch) ?? false
            let phrase = Phrase(
                text: words, prefix: prefix && !endsInRun && Self.lastWordLength(words) >= Self.minimumPrefix)
            if not {
                excluded.append(phrase)
            } else if or, !groups.isEmpty {
                groups[groups.count - 1].append(phrase)
            } else {
                groups.append([phrase])
            }
        }
        shorten()
    }

    /// The FTS5 expression for the word groups, nil when there are none.
    var ftsPattern: String? {
        guard !groups.isEmpty else { return nil }
        let required = groups.map { group in
            let alternatives = group.map(Self.quoted)
            return alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        return excluded.reduce(required) { $0 + " NOT " + Self.quoted($1) }
    }

    /// The searched words as `NameKey` words, for marking them in a snippet.
    var snippetWords: [String] {
        // the possessive forms first: the last word stays the one that may be a prefix
        let words = groups.flatMap { $0 }.flatMap { NameKey.of($0.text).split(separator: " ").map(String.init) }
        return possessives.map(NameKey.of) + words
    }

    /// Whether the last snippet word may be the start of a longer word.
    var lastWordIsPrefix: Bool { groups.last?.last?.prefix ?? false }

    // MARK: - Reading the text

    private static let operators: Set<String> = ["AND", "OR", "NOT", "NEAR"]
    private static let quotes: Set<Character> = ["\"", "“", "”", "„", "«", "»"]

    /// The query's words and quoted phrases, in order. A quote left open is not a phrase.
    private static func chunks(of query: String) -> [(text: String, quoted: Bool)] {
        var chunks: [(text: String, quoted: Bool)] = []
        let parts = query.split(omittingEmptySubsequences: false) { quotes.contains($0) }
        for (index, part) in parts.enumerated() {
            // odd parts lie between a pair of quotes, unless the last quote has no partner
            let quoted = index % 2 == 1 && index < parts.count - 1
            if quoted {
                let phrase = part.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !phrase.isEmpty { chunks.append((phrase, true)) }
            } else {
                chunks += part.split(whereSeparator: \.isWhitespace).map { (String($0), false) }
            }
        }
        return chunks
    }

    /// "Germany's" without its "'s", so it finds "Germany's" and "Germany" alike; nil for other words.
    private static func withoutPossessive(_ word: String) -> String? {
        let lower = word.lowercased()
        guard lower.count > 2, lower.hasSuffix("'s") || lower.hasSuffix("’s") else { return nil }
        return String(word.dropLast(2))
    }

    /// The text with its runs of unspaced-script letters taken out (each leaves a space), and the runs.
    private static func splitScripts(_ text: String) -> (words: String, runs: [String]) {
        guard text.utf8.contains(where: { $0 >= 0xE0 }) else { return (text, []) }
        var words = String.UnicodeScalarView()
        var runs: [String] = []
        var run = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if UnspacedScript.needsSubstringSearch(scalar) {
                run.append(scalar)
                continue
            }
            if !run.isEmpty {
                runs.append(String(run))
                run = String.UnicodeScalarView()
                words.append(" ")
            }
            words.append(scalar)
        }
        if !run.isEmpty { runs.append(String(run)) }
        return (String(words).trimmingCharacters(in: .whitespaces), runs)
    }

    /// Whether FTS5's unicode61 tokenizer finds a token in `text`: a letter, a digit or a private-use
    /// character. Text with none (a lone dash) would be an empty phrase.
    private static func hasToken(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                true
            default: false
            }
        }
    }

    /// `"Germany's"`, `"Germany's"*`: a phrase FTS5 reads as text, whatever quotes or operators it holds.
    private static func quoted(_ phrase: Phrase) -> String {
        "\"" + phrase.text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (phrase.prefix ? "*" : "")
    }

    // MARK: - Cutting a long query

    /// A query of more than `maximumTerms` words (a pasted paragraph) is simplified: its phrases become
    /// words, each counted once (by its `NameKey`) and none a prefix, and the `maximumTerms` longest are
    /// kept in their typed order, the longest alternatives of an `OR` group with them. Long words are the
    /// rare ones, which find a page and cost little; a phrase of common words costs the most of all.
    /// Runs of unspaced scripts are cut the same way.
    private mutating func shorten() {
        var seenRuns: Set<String> = []
        let distinctRuns = substrings.filter { seenRuns.insert($0).inserted }
        substrings = Self.longestFirst(distinctRuns, length: \.count).prefix(Self.maximumTerms).sorted().map {
            distinctRuns[$0]
        }
        excluded = Array(excluded.prefix(Self.maximumTerms))
        possessives = Array(possessives.prefix(Self.maximumTerms))
        let words = groups.joined().reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        wasShortened = words > Self.maximumTerms || distinctRuns.count > Self.maximumTerms
        guard words > Self.maximumTerms else { return }
        var seen: Set<String> = []
        let distinct = groups.flatMap { group in
            group.count > 1
                ? [group] : group[0].text.split(whereSeparator: \.isWhitespace).map { [Phrase(text: String($0))] }
        }.map { group in
            group.map { Phrase(text: $0.text) }.filter { seen.insert(NameKey.of($0.text)).inserted }
        }.filter { !$0.isEmpty }
        var budget = Self.maximumTerms
        var kept: [Int: [Phrase]] = [:]
        for index in Self.longestFirst(distinct, length: { $0.map(Self.letterCount).max() ?? 0 }) where budget > 0 {
            let group = distinct[index]
            kept[index] = Self.longestFirst(group, length: Self.letterCount).prefix(budget).sorted().map { group[$0] }
            budget -= kept[index]?.count ?? 0
        }
        groups = kept.keys.sorted().compactMap { kept[$0] }
    }

    /// Letters and digits in the last word of a phrase ("U.S." ends in a word of one letter).
    private static func lastWordLength(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars.reversed() {
            let isWordLetter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordLetter {
                count += 1
            } else if count > 0 {
                break
            }
        }
        return count
    }

    /// Letters and digits in a phrase: "discussion," is as long as "discussion".
    private static func letterCount(_ phrase: Phrase) -> Int {
        phrase.text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.count
    }

    /// The indices of `items`, longest first, earlier first among equals.
    private static func longestFirst<T>(_ items: [T], length: (T) -> Int) -> [Int] {
        items.indices.sorted { (length(items[$0]), -$0) > (length(items[$1]), -$1) }
    }
}
