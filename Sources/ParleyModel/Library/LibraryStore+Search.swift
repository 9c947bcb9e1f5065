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
        return try read { db in
            let script = try Self.scriptFilter(parsed.substrings, in: db)
            // The newest `rankWindow` matches with their scores, in one pass over the index: a second pass
            // (to find the window's floor first) would merge a prefix's postings twice.
            var ranked: [(rowid: Int64, score: Double)] = []
            if let pattern = parsed.ftsPattern {
                // "+rowid": without it SQLite hands the list to FTS5 as rowids to look up one by one, a
                // MATCH each (seconds for thousands of Chinese articles); with it, the words' matches are
                // read once and checked against the list.
                let filter = script.map { " AND +rowid IN (\($0.sql))" } ?? ""
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
                    SELECT a.rowid AS hit, a.id, a.displayTitle, \(Self.headlineColumns), a.source, a.sourceName,
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

    /// The rowids of the articles holding every run, nil when there are no runs.
    ///
    /// A run of three letters or more is a phrase of trigrams. A shorter one is found through the
    /// trigrams that start with it, as the index's vocabulary lists them ("外交" through "外交部",
    /// "外交官", …), which misses it only as the last two letters of a text; when more than
    /// `maximumContinuations` trigrams start with it, it is common, and a scan finds the newest hits at once.
    static func scriptFilter(_ runs: [String], in db: Database) throws -> (sql: String, arguments: StatementArguments)?
    {
        guard !runs.isEmpty else { return nil }
        var phrases: [String] = []
        var scanned: [String] = []
        for run in runs {
            if run.count >= 3 {
                phrases.append(Self.ftsString(run))
                continue
            }
            let continuations = try String.fetchAll(
                db, sql: "SELECT term FROM article_script_vocab WHERE term >= ? AND term < ? LIMIT ?",
                arguments: [run, run + "\u{10FFFF}", maximumContinuations + 1])
            if continuations.isEmpty { return ("SELECT rowid FROM article_script WHERE 0", []) }
            if continuations.count > maximumContinuations {
                scanned.append(run)
            } else {
                phrases.append("(" + continuations.map(Self.ftsString).joined(separator: " OR ") + ")")
            }
        }
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !phrases.isEmpty {
            conditions.append("article_script MATCH ?")
            arguments += [phrases.joined(separator: " AND ")]
        }
        for run in scanned {
            conditions.append("(instr(title, ?) > 0 OR instr(body, ?) > 0)")
            arguments += [run, run]
        }
        return ("SELECT rowid FROM article_script WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// Trigrams starting with a short run past which a scan is quicker than the index.
    static let maximumContinuations = 200

    /// Text as an FTS5 string: quoted, inner quotes doubled.
    private static func ftsString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
