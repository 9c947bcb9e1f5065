import GRDB

/// A person a leader query matched, with how many articles name them.
public struct LeaderMatch: Sendable, Equatable {
    public var name: String
    public var articleCount: Int
    public var isLeader: Bool

    public init(name: String, articleCount: Int, isLeader: Bool) {
        self.name = name
        self.articleCount = articleCount
        self.isLeader = isLeader
    }
}

extension LibraryStore {
    /// People whose names match `query`: every word of the query is a prefix of a word of one form of
    /// the name (canonical, alias, or as an article spelt it), accents and case ignored; when nothing
    /// matches so, words spelt closely ("lukashenka", "zelenski") match. Leaders first, then by articles.
    ///
    /// Answered from the `person_word` index: a prefix is an index range, never a scan of articles.
    public func leaders(matching query: String, limit: Int = 20) throws(LibraryError) -> [LeaderMatch] {
        let words = NameKey.of(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        return try read { db in
            var names = try Self.names(prefixes: words, in: db)
            if names.isEmpty { names = try Self.names(closeTo: words, in: db) }
            return try Self.ranked(Array(names), limit: limit, in: db)
        }
    }

    /// The names with their article counts, leaders first, then by articles, then by name.
    private static func ranked(_ names: [String], limit: Int, in db: Database) throws -> [LeaderMatch] {
        var matches: [LeaderMatch] = []
        // In slices: SQLite caps the number of parameters in one statement.
        for start in stride(from: 0, to: names.count, by: 500) {
            let slice = Array(names[start..<min(start + 500, names.count)])
            let marks = slice.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT name, articles, leaderArticles FROM person_count WHERE articles > 0 AND name IN (\(marks))",
                arguments: StatementArguments(slice))
            matches += rows.map {
                LeaderMatch(name: $0["name"], articleCount: $0["articles"], isLeader: ($0["leaderArticles"] as Int) > 0)
            }
        }
        matches.sort {
            ($0.isLeader ? 0 : 1, -$0.articleCount, $0.name) < ($1.isLeader ? 0 : 1, -$1.articleCount, $1.name)
        }
        return Array(matches.prefix(limit))
    }

    private static func names(prefixes words: [String], in db: Database) throws -> Set<String> {
        var byForm: [String: (name: String, matched: Set<Int>)] = [:]
        for (index, word) in words.enumerated() {
            let rows = try Row.fetchAll(
                db, sql: "SELECT name, form FROM person_word WHERE word >= ? AND word < ?",
                arguments: [word, word + "\u{10FFFF}"])
            for row in rows {
                let name: String = row["name"]
                let form: String = row["form"]
                // one form may be written for two people (namesakes): keep them apart
                byForm[name + "\u{0}" + form, default: (name, [])].matched.insert(index)
            }
        }
        return Set(byForm.values.filter { $0.matched.count == words.count }.map(\.name))
    }

    /// Close spellings: words sharing the first two letters and most of their letter pairs.
    private static func names(closeTo words: [String], in db: Database) throws -> Set<String> {
        var result: Set<String>?
        for word in words where word.count >= 3 {
            let stem = String(word.prefix(2))
            let rows = try Row.fetchAll(
                db, sql: "SELECT DISTINCT word, name FROM person_word WHERE word >= ? AND word < ?",
                arguments: [stem, stem + "\u{10FFFF}"])
            let matched = Set(rows.filter { NameSimilarity.dice($0["word"], word) >= 0.6 }.map { $0["name"] as String })
            result = result.map { $0.intersection(matched) } ?? matched
        }
        return result ?? []
    }
}
