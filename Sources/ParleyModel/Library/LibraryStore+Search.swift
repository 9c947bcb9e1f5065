import Foundation
import GRDB

extension LibraryStore {
    /// How many of the newest matches are ranked when a query matches very many articles.
    public static let searchRankWindow = 5_000

    /// Full-text search over titles and bodies, best match first, with a marked snippet.
    ///
    /// The query is read as `SearchQuery` describes: each word must appear (accents and case ignored),
    /// punctuation inside a word is matched as the text has it, and the last word matches as a prefix, so
    /// results come while a person is still typing. When more than `searchRankWindow` articles match, the
    /// best of the most recently added `searchRankWindow` are listed: ranking every match of a common word
    /// in a large library would take longer than a key press may.
    public func search(_ query: String, limit: Int = 50, rankWindow: Int = searchRankWindow) throws(LibraryError)
        -> [SearchHit]
    {
        let parsed = SearchQuery(query)
        guard !parsed.isEmpty else { return [] }
        let script = Self.scriptFilter(parsed.substrings)
        return try read { db in
            let rows: [Row]
            if let pattern = parsed.ftsPattern {
                let filter = script.map { " AND rowid IN (\($0.sql))" } ?? ""
                let floor =
                    try Int64.fetchOne(
                        db,
                        sql: """
                            SELECT rowid FROM article_fts WHERE article_fts MATCH ?\(filter)
                            ORDER BY rowid DESC LIMIT 1 OFFSET ?
                            """,
                        arguments: [pattern] + (script?.arguments ?? []) + [max(1, rankWindow) - 1]) ?? 0
                rows = try Row.fetchAll(
                    db,
                    sql: Self.hitsSQL(
                        ranked: """
                            SELECT rowid AS hit, bm25(article_fts, 5.0, 1.0) AS score FROM article_fts
                            WHERE article_fts MATCH ?\(filter) AND rowid >= ? ORDER BY score LIMIT ?
                            """),
                    arguments: [pattern] + (script?.arguments ?? []) + [floor, limit])
            } else if let script {
                // Only words of unspaced scripts: newest first, as a substring match has no rank.
                rows = try Row.fetchAll(
                    db,
                    sql: Self.hitsSQL(
                        ranked: "SELECT rowid AS hit, -rowid AS score FROM (\(script.sql)) ORDER BY rowid DESC LIMIT ?"),
                    arguments: script.arguments + [limit])
            } else {
                rows = []
            }
            let words = parsed.snippetWords
            return rows.map { row in
                let body: String = row["displayBody"] ?? ""
                let snippet =
                    words.isEmpty
                    ? Self.substringSnippet(text: body, runs: parsed.substrings)
                    : SearchSnippet.make(text: body, words: words, prefixLast: parsed.lastWordIsPrefix)
                return SearchHit(summary: Self.summary(row), snippet: snippet)
            }
        }
    }

    /// The listed hits, in the order of `ranked` (a query giving `hit` rowids and a `score`).
    private static func hitsSQL(ranked: String) -> String {
        """
        SELECT a.id, a.displayTitle, a.source, a.sourceName, NULLIF(s.listKey, '') AS effectivePublished,
               s.isRead AS isRead, a.displayBody
        FROM (\(ranked)) AS ranked
        JOIN article a ON a.rowid = ranked.hit
        JOIN article_state s ON s.articleId = a.id
        ORDER BY ranked.score
        """
    }

    /// The rowids of the articles holding every run: three letters or more through the trigram index, a
    /// shorter run by a scan of the articles that hold such scripts at all. Nil when there are no runs.
    static func scriptFilter(_ runs: [String]) -> (sql: String, arguments: StatementArguments)? {
        guard !runs.isEmpty else { return nil }
        let indexed = runs.filter { $0.count >= 3 }
        let scanned = runs.filter { $0.count < 3 }
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !indexed.isEmpty {
            conditions.append("article_script MATCH ?")
            arguments += [
                indexed.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
            ]
        }
        for run in scanned {
            conditions.append("(instr(title, ?) > 0 OR instr(body, ?) > 0)")
            arguments += [run, run]
        }
        return ("SELECT rowid FROM article_script WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// A few characters around the first run found in `text`, marked `[` `]` like `SearchSnippet`'s.
    static func substringSnippet(text: String, runs: [String], radius: Int = 24) -> String {
        guard let range = runs.lazy.compactMap({ text.range(of: $0) }).first else {
            return String(text.prefix(2 * radius))
        }
        let start = text.index(range.lowerBound, offsetBy: -radius, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(range.upperBound, offsetBy: radius, limitedBy: text.endIndex) ?? text.endIndex
        return (start > text.startIndex ? "…" : "") + text[start..<range.lowerBound] + "[" + text[range] + "]"
            + text[range.upperBound..<end] + (end < text.endIndex ? "…" : "")
    }
}
