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
            // The newest `rankWindow` matches with their scores, in one pass over the index: a second pass
            // (to find the window's floor first) would merge a prefix's postings twice.
            var ranked: [(rowid: Int64, score: Double)] = []
            if let pattern = parsed.ftsPattern {
                let filter = script.map { " AND rowid IN (\($0.sql))" } ?? ""
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT rowid, bm25(article_fts, 5.0, 1.0) FROM article_fts WHERE article_fts MATCH ?\(filter)
                        ORDER BY rowid DESC LIMIT ?
                        """,
                    arguments: [pattern] + (script?.arguments ?? []) + [max(1, rankWindow)])
                while let row = try rows.next() { ranked.append((row[0], row[1])) }
                ranked.sort { $0.score < $1.score }
            } else if let script {
                // Only words of unspaced scripts: newest first, as a substring match has no rank.
                let rowids = try Int64.fetchAll(
                    db, sql: "\(script.sql) ORDER BY rowid DESC LIMIT ?", arguments: script.arguments + [limit])
                ranked = rowids.map { ($0, 0) }
            }
            let best = ranked.prefix(max(0, limit)).map(\.rowid)
            guard !best.isEmpty else { return [] }
            let order = Dictionary(best.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.rowid AS hit, a.id, a.displayTitle, a.source, a.sourceName,
                           NULLIF(s.listKey, '') AS effectivePublished, s.isRead AS isRead, a.displayBody
                    FROM article a JOIN article_state s ON s.articleId = a.id
                    WHERE a.rowid IN (\(best.map { _ in "?" }.joined(separator: ",")))
                    """,
                arguments: StatementArguments(best)
            ).sorted { (order[$0["hit"] as Int64] ?? 0) < (order[$1["hit"] as Int64] ?? 0) }
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
