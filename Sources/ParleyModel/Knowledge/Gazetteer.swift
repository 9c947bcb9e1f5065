import Foundation

/// Every name the knowledge base knows, in one token trie: a single left-to-right pass finds the
/// longest known phrase at each token.
public struct Gazetteer: Sendable {
    /// What a matched phrase names; indexes point into the knowledge base's arrays.
    public enum Value: Sendable, Equatable {
        case country(Int)
        case demonym(Int)
        /// A capital city, by country index.
        case capital(Int)
        case place(Int)
        /// A town below the cities' cut: a place only in a place's context.
        case town(Int)
        case organization(Int)
        case leader(Int)
        /// A leader's common-word alias ("Kim", "Moon"): counts only in context.
        case leaderInContext(Int)
        case title(Int)
    }

    struct Node: Sendable {
        var children: [String: Int32] = [:]
        var values: [Value] = []
    }

    private var nodes: [Node] = [Node()]
    /// Towns in a trie of their own: a town's name is as often a word or a surname, so it must not cut a
    /// run of name words the way a known name does; it is looked up only where a place may stand.
    private var townNodes: [Node] = [Node()]
    public let knowledge: KnowledgeBase
    /// Known leaders by the first and last words of each of their names ("kwesi|mensah"): a fuller
    /// form with middle names ("Kwesi Adjei Mensah") is the same person.
    public private(set) var leadersByOuterNames: [String: [Int]] = [:]
    /// Known leaders by the match key of each name and alias, context aliases included ("rajapaksa").
    public private(set) var leadersByName: [String: [Int]] = [:]
    /// Known leaders by the last one or two words of each of their names ("saud", "al saud" for
    /// "Mohammed bin Salman Al Saud"): a family name alone may stand for them once they are named.
    public private(set) var leadersByLastWords: [String: [Int]] = [:]

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        for (i, country) in knowledge.countries.enumerated() {
            for name in [country.name] + country.aliases { insert(name, .country(i)) }
            for demonym in country.demonyms { insert(demonym, .demonym(i)) }
            if let capital = country.capital { insert(capital, .capital(i)) }
        }
        for (i, place) in knowledge.places.enumerated() {
            for name in [place.name] + place.aliases { insert(name, .place(i)) }
        }
        for (i, town) in knowledge.towns.enumerated() {
            for name in [town.name] + town.aliases { Self.insert(name, .town(i), into: &townNodes) }
        }
        for (i, title) in knowledge.titles.enumerated() {
            insert(title.phrase, .title(i))
            insert(Self.plural(title.phrase), .title(i))
        }
        for (i, organization) in knowledge.organizations.enumerated() {
            for name in [organization.name] + organization.aliases { insert(name, .organization(i)) }
        }
        for (i, leader) in knowledge.leaders.enumerated() {
            for name in [leader.name] + leader.aliases { insert(name, .leader(i)) }
            for name in leader.contextAliases { insert(name, .leaderInContext(i)) }
            for name in [leader.name] + leader.aliases + leader.contextAliases {
                let key = NameKey.of(name)
                if leadersByName[key]?.contains(i) != true { leadersByName[key, default: []].append(i) }
                let words = key.split(separator: " ")
                for count in 1..<min(3, words.count) {
                    let tail = words.suffix(count).joined(separator: " ")
                    if leadersByLastWords[tail]?.contains(i) != true { leadersByLastWords[tail, default: []].append(i) }
                }
            }
            for name in [leader.name] + leader.aliases {
                guard let key = Self.outerNames(name), leadersByOuterNames[key]?.contains(i) != true else { continue }
                leadersByOuterNames[key, default: []].append(i)
            }
        }
    }

    /// "kwesi|mensah" for "Kwesi Adjei Mensah" and "Kwesi Mensah"; nil for one-word names.
    public static func outerNames(_ name: String) -> String? {
        let words = NameKey.of(name).split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = words.last else { return nil }
        return "\(first)|\(last)"
    }

    public static let bundled = Gazetteer(knowledge: .bundled)

    /// "prime minister" → "prime ministers", "secretary" → "secretaries", "chairman" → "chairmen".
    static func plural(_ phrase: String) -> String {
        if phrase.hasSuffix("man") { return String(phrase.dropLast(3)) + "men" }
        if phrase.hasSuffix("y"), !phrase.hasSuffix("ey") { return String(phrase.dropLast()) + "ies" }
        if phrase.hasSuffix("s") || phrase.hasSuffix("ch") { return phrase + "es" }
        return phrase + "s"
    }

    private mutating func insert(_ phrase: String, _ value: Value) {
        Self.insert(phrase, value, into: &nodes)
    }

    private static func insert(_ phrase: String, _ value: Value, into nodes: inout [Node]) {
        var node = 0
        let phraseTokens = Tokenizer.tokenize(phrase)
        for (i, token) in phraseTokens.enumerated() where token.kind != .lineBreak {
            if Self.isJoiningHyphen(phraseTokens, i) || Self.isInitialsDot(phraseTokens, i) { continue }
            let key = token.key
            if let next = nodes[node].children[key] {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].children[key] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        if node != 0, !nodes[node].values.contains(value) { nodes[node].values.append(value) }
    }

    /// A hyphen glued to the words on both sides: names are known with or without it.
    static func isJoiningHyphen(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].text == "-" && !tokens[i].spaceBefore && i > 0 && i + 1 < tokens.count
            && !tokens[i + 1].spaceBefore && tokens[i - 1].kind == .word && tokens[i + 1].kind == .word
    }

    /// The full stop of an initial ("K. Mensah"): names are known with or without it.
    static func isInitialsDot(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].text == "." && !tokens[i].spaceBefore && i > 0 && i + 1 < tokens.count
            && tokens[i - 1].kind == .word && tokens[i - 1].text.unicodeScalars.count == 1
            && tokens[i - 1].isCapitalized && tokens[i + 1].kind == .word
    }

    /// The match key of a word: lower case, accents folded, "’" as "'" (tokens carry theirs as `Token.key`).
    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        if text == "’" { return "'" }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    /// The longest known phrase starting at token `start`: its end (exclusive) and values.
    public func longestMatch(in keys: [String], tokens: [Token], from start: Int) -> (end: Int, values: [Value])? {
        Self.longestMatch(in: keys, tokens: tokens, from: start, trie: nodes)
    }

    /// The longest town name starting at token `start`.
    public func longestTownMatch(in keys: [String], tokens: [Token], from start: Int) -> (end: Int, values: [Value])? {
        Self.longestMatch(in: keys, tokens: tokens, from: start, trie: townNodes)
    }

    private static func longestMatch(in keys: [String], tokens: [Token], from start: Int, trie nodes: [Node])
        -> (end: Int, values: [Value])?
    {
        var node = 0
        var best: (Int, [Value])?
        var i = start
        while i < keys.count, tokens[i].kind != .lineBreak, tokens[i].kind != .possessive {
            if i > start, Self.isJoiningHyphen(tokens, i) || Self.isInitialsDot(tokens, i) {
                i += 1  // "Al-Nahyan" is "Al Nahyan", "K. Mensah" is "K Mensah"
                continue
            }
            guard let next = nodes[node].children[keys[i]] else { break }
            node = Int(next)
            if !nodes[node].values.isEmpty { best = (i + 1, nodes[node].values) }
            i += 1
        }
        return best
    }
}
