import GRDB

extension LibraryStore {
    /// Recomputes the merged timeline from every stored meeting report.
    static func rebuildTimeline(in db: Database) throws {
        try db.execute(sql: "DELETE FROM timeline_entry")
        try db.execute(sql: "DELETE FROM timeline_pair")
        // Reports merge only with reports of the same participants, so the library is read one set of
        // participants at a time: memory stays that of the largest set, not of every meeting (760 MB
        // at 100,000 generated articles before). Not the evidence sentence: the timeline does not keep it.
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, articleId, participants, place, venue, date, dateBasis, status, evidenceStart,
                       evidenceEnd, isCurrent, weekday, ordinal
                FROM meeting ORDER BY participants, articleId, id
                """)
        var group: [(Int64?, TimelineReport)] = []
        var groupKey: String?
        while let row = try rows.next() {
            let participants: String = row["participants"]
            if participants != groupKey {
                try Self.storeTimeline(of: group, in: db)
                group.removeAll(keepingCapacity: true)
                groupKey = participants
            }
            let isCurrent: Bool = row["isCurrent"]
            let meeting = Meeting(
                participants: participants.split(separator: "|").map(String.init), place: row["place"],
                venue: row["venue"], date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
                dateBasis: row["dateBasis"], status: MeetingStatus(rawValue: row["status"]) ?? .held,
                evidence: "", evidenceStart: row["evidenceStart"], evidenceEnd: row["evidenceEnd"],
                isCurrent: isCurrent, weekday: row["weekday"], ordinal: row["ordinal"])
            group.append(
                (row["id"], TimelineReport(articleId: row["articleId"], meeting: meeting, isCurrent: isCurrent)))
        }
        try Self.storeTimeline(of: group, in: db)
    }

    /// The timeline entries of one set of participants' reports, with their articles and names.
    private static func storeTimeline(of reports: [(Int64?, TimelineReport)], in db: Database) throws {
        guard !reports.isEmpty else { return }
        let idOf = Dictionary(reports.map { ("\($0.1.articleId)#\($0.1.meeting.evidenceStart)", $0.0) }) { a, _ in a }
        let entries = TimelineBuilder.build(reports.map(\.1))
        try storePair(entries, in: db)
        for entry in entries {
            try db.execute(
                sql: """
                    INSERT INTO timeline_entry (participants, place, date, precision, dateBasis, status, sortKey)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    entry.participants.joined(separator: "|"), entry.place, entry.date?.description,
                    entry.precision.rawValue, entry.dateBasis, entry.status.rawValue,
                    entry.date.map { "0" + $0.description } ?? "1" + entry.participants.joined(separator: "|"),
                ])
            let entryId = db.lastInsertedRowID
            for report in entry.evidence {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO timeline_article (entryId, articleId, meetingId) VALUES (?, ?, ?)",
                    arguments: [
                        entryId, report.articleId, idOf["\(report.articleId)#\(report.meeting.evidenceStart)"] ?? nil,
                    ])
            }
            for name in entry.participants {
                try db.execute(
                    sql: "INSERT INTO timeline_participant (entryId, name) VALUES (?, ?)", arguments: [entryId, name])
            }
        }
    }

    /// One set of participants' row of the pairs view.
    private static func storePair(_ entries: [TimelineEntry], in db: Database) throws {
        guard let first = entries.first else { return }
        let dates = entries.compactMap(\.date)
        var counts: [String: Int] = [:]
        for place in entries.compactMap(\.place) { counts[place, default: 0] += 1 }
        let places = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        try db.execute(
            sql:
                "INSERT OR REPLACE INTO timeline_pair (participants, meetings, first, last, places) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                first.participants.joined(separator: "|"), entries.count, dates.min()?.description,
                dates.max()?.description, places.joined(separator: "|"),
            ])
    }

    /// How many timeline entries there are (of these participants, in these dates and place, when given).
    public func timelineCount(
        participants names: [String]? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, place: String? = nil,
        exactly pair: [String]? = nil, text: String? = nil
    ) throws(LibraryError) -> Int {
        try read { db in
            guard let (conditions, arguments) = Self.timelineConditions(names, from, to, place, pair, text) else {
                return 0
            }
            var sql = "SELECT COUNT(*) FROM timeline_entry e"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }

    /// The conditions on `timeline_entry e` for a part of the timeline; nil when nothing can match.
    /// `text`: every word of it must be in a participant's name, the place or the date.
    static func timelineConditions(
        _ names: [String]?, _ from: CalendarDate?, _ to: CalendarDate?, _ place: String?, _ pair: [String]?,
        _ text: String? = nil
    ) -> ([String], StatementArguments)? {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let pair {
            conditions.append("e.participants = ?")
            arguments += [pair.joined(separator: "|")]
        }
        if let names {
            guard !names.isEmpty else { return nil }
            let marks = names.map { _ in "?" }.joined(separator: ",")
            conditions.append("e.id IN (SELECT entryId FROM timeline_participant WHERE name IN (\(marks)))")
            arguments += StatementArguments(names)
        }
        if from != nil || to != nil { conditions.append("e.date IS NOT NULL") }
        if let from {
            conditions.append("e.sortKey >= ?")
            arguments += ["0" + from.description]
        }
        if let to {
            conditions.append("e.sortKey < ?")
            arguments += ["0" + to.description + "~"]
        }
        if let place {
            conditions.append("e.place = ?")
            arguments += [place]
        }
        for word in (text ?? "").split(whereSeparator: \.isWhitespace) {
            // LIKE's own wildcards in the word are taken literally
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            let like = "LIKE ? ESCAPE '\\'"
            conditions.append("(e.participants \(like) OR IFNULL(e.place, '') \(like) OR IFNULL(e.date, '') \(like))")
            arguments += ["%\(escaped)%", "%\(escaped)%", "%\(escaped)%"]
        }
        return (conditions, arguments)
    }

    /// The merged timeline, oldest first and undated last; only entries with one of `names` when given,
    /// only dates within `from`…`to` when given (undated entries are then left out), and only meetings
    /// held in `place` when given.
    public func timeline(
        participants names: [String]? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, place: String? = nil,
        exactly pair: [String]? = nil, text: String? = nil, limit: Int = 10_000, offset: Int = 0
    ) throws(LibraryError) -> [TimelineEntry] {
        try read { db in
            guard let (conditions, found) = Self.timelineConditions(names, from, to, place, pair, text) else {
                return []
            }
            var sql =
                "SELECT e.*, (SELECT GROUP_CONCAT(articleId, '|') FROM timeline_article WHERE entryId = e.id) AS articleIds FROM timeline_entry e"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY e.sortKey LIMIT ? OFFSET ?"
            let arguments = found + [limit, offset]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            return rows.map { row in
                let articles = ((row["articleIds"] as String?) ?? "").split(separator: "|").map(String.init).sorted()
                return TimelineEntry(
                    participants: (row["participants"] as String).split(separator: "|").map(String.init),
                    place: row["place"], date: (row["date"] as String?).flatMap(CalendarDate.init(iso:)),
                    dateBasis: row["dateBasis"], status: MeetingStatus(rawValue: row["status"]) ?? .held,
                    articles: articles)
            }
        }
    }
}
