import GRDB

extension LibraryStore {
    /// Gives undated articles a reference date from other articles that report the same meeting.
    ///
    /// An article with no publication date that reports a meeting "on Monday" borrows the date of
    /// another article's current report of a meeting of the same people, on a Monday, in the same city,
    /// when exactly one such date exists and no year the borrower names is later than the date lent. Its relative dates are then read again against it
    /// ("at the end of February" gains a year), and every date says where it came from.
    static func lendDates(analyzer: ArticleAnalyzer, in db: Database) throws {
        let loans: [(String, CalendarDate, String)] = try {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT m.articleId, m.participants, m.weekday, m.place FROM meeting m
                    JOIN article a ON a.id = m.articleId
                    LEFT JOIN article_state s ON s.articleId = a.id
                    WHERE m.date IS NULL AND m.weekday IS NOT NULL AND m.isCurrent
                      AND a.published IS NULL AND a.referenceDate IS NULL AND s.userPublished IS NULL
                    """)
            var found: [String: (dates: Set<String>, source: String)] = [:]
            for row in rows {
                let articleId: String = row["articleId"]
                let weekday: Int = row["weekday"]
                let place: String? = row["place"]
                // nothing in the borrower may contradict a loan: no year later than the date lent (read once
                // per borrower, not once per candidate: a pair met in thousands of reports made that quadratic)
                let years = try String.fetchAll(
                    db, sql: "SELECT name FROM entity WHERE articleId = ? AND kind = 'date'", arguments: [articleId]
                ).compactMap { CalendarDate(iso: $0)?.year }
                let candidates = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT articleId, date, place FROM meeting
                        WHERE participants = ? AND isCurrent AND precision = 'day' AND articleId != ?
                        """, arguments: [row["participants"] as String, articleId])
                for candidate in candidates {
                    guard let date = (candidate["date"] as String?).flatMap(CalendarDate.init(iso:)),
                        date.weekday == weekday
                    else { continue }
                    guard let place, let other = candidate["place"] as String?, place == other else { continue }
                    if years.contains(where: { $0 > date.year }) { continue }
                    found[articleId, default: ([], candidate["articleId"])].dates.insert(date.description)
                }
            }
            return found.compactMap { id, value in
                guard value.dates.count == 1, let text = value.dates.first, let date = CalendarDate(iso: text) else {
                    return nil
                }
                return (id, date, value.source)
            }
        }()
        for (id, date, source) in loans {
            let basis = "date of the same meeting in article \(source)"
            try db.execute(
                sql: "UPDATE article SET referenceDate = ?, referenceBasis = ? WHERE id = ?",
                arguments: [date.description, basis, id])
            try reanalyze(id: id, analyzer: analyzer, in: db)
        }

    }
}
