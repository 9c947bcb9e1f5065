import GRDB

/// How often each set of participants met, month by month: what the timeline's chart draws. Counted in
/// the library (one grouped query), so drawing a hundred thousand articles' meetings reads a few
/// hundred rows, not every entry.
public struct TimelineChart: Sendable, Equatable {
    /// Meetings in one month (or, for a date known only to the year, in that year).
    public struct Tally: Sendable, Equatable {
        public var held = 0
        public var planned = 0
        public var total: Int { held + planned }

        public init(held: Int = 0, planned: Int = 0) {
            self.held = held
            self.planned = planned
        }
    }

    /// One set of participants and their meetings by month.
    public struct Row: Sendable, Equatable {
        public var participants: [String]
        /// Keyed by "YYYY-MM", or "YYYY" for dates known only to the year.
        public var months: [String: Tally]
        public var undated: Int

        public var total: Int { months.values.reduce(undated) { $0 + $1.total } }
    }

    /// Most meetings first.
    public var rows: [Row]
    /// The first and last month with a meeting (nil when none is dated).
    public var first: CalendarDate?
    public var last: CalendarDate?
    /// True when only the busiest rows were kept (the chart has a limit).
    public var isCut = false

    public init(rows: [Row], isCut: Bool = false) {
        self.isCut = isCut
        self.rows = rows.sorted {
            ($0.total, $1.participants.joined(separator: "|")) > ($1.total, $0.participants.joined(separator: "|"))
        }
        let months = rows.flatMap(\.months.keys).compactMap(CalendarDate.init(iso:))
        first = months.min()
        last = months.max()
    }
}

extension LibraryStore {
    /// The chart of the timeline part `scope` (and `leader`) shows: the `limit` sets of participants with
    /// most meetings there, counted by month.
    public func timelineChart(leader: String?, scope: TimelineScope?, limit: Int = 200) throws(LibraryError)
        -> TimelineChart
    {
        let names = try participants(leader: leader, scope: scope)
        return try read { db in
            guard
                let (conditions, arguments) = Self.timelineConditions(
                    names, scope?.from, scope?.to, scope?.place, scope?.pair, scope?.text)
            else { return TimelineChart(rows: []) }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            // the busiest sets first: kept with the timeline when it is all of it, else counted here
            let ranked =
                conditions.isEmpty
                ? try String.fetchAll(
                    db, sql: "SELECT participants FROM timeline_pair ORDER BY meetings DESC, participants LIMIT ?",
                    arguments: [limit])
                : try String.fetchAll(
                    db,
                    sql: """
                        SELECT e.participants FROM timeline_entry e\(filter)
                        GROUP BY e.participants ORDER BY COUNT(*) DESC, e.participants LIMIT ?
                        """, arguments: arguments + [limit])
            guard !ranked.isEmpty else { return TimelineChart(rows: []) }
            let marks = ranked.map { _ in "?" }.joined(separator: ",")
            let sql = """
                SELECT e.participants, substr(e.date, 1, 7) AS month, e.status, COUNT(*) AS n FROM timeline_entry e
                WHERE e.participants IN (\(marks))\(filter.isEmpty ? "" : " AND " + conditions.joined(separator: " AND "))
                GROUP BY e.participants, month, e.status
                """
            var rows: [String: TimelineChart.Row] = [:]
            for key in ranked {
                rows[key] = TimelineChart.Row(
                    participants: key.split(separator: "|").map(String.init), months: [:], undated: 0)
            }
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(ranked) + arguments) {
                let key: String = row["participants"]
                let count: Int = row["n"]
                if let month = row["month"] as String? {
                    if MeetingStatus(rawValue: row["status"]) == .planned {
                        rows[key]?.months[month, default: .init()].planned += count
                    } else {
                        rows[key]?.months[month, default: .init()].held += count
                    }
                } else {
                    rows[key]?.undated += count
                }
            }
            return TimelineChart(rows: Array(rows.values), isCut: ranked.count == limit)
        }
    }

    /// A page of the timeline part `scope` (and `leader`) shows, oldest first.
    public func timeline(
        leader: String?, scope: TimelineScope?, limit: Int = 10_000, offset: Int = 0
    ) throws(LibraryError) -> [TimelineEntry] {
        try timeline(
            participants: try participants(leader: leader, scope: scope), from: scope?.from, to: scope?.to,
            place: scope?.place, exactly: scope?.pair, text: scope?.text, limit: limit, offset: offset)
    }

    /// How many entries the timeline part `scope` (and `leader`) has.
    public func timelineCount(leader: String?, scope: TimelineScope?) throws(LibraryError) -> Int {
        try timelineCount(
            participants: try participants(leader: leader, scope: scope), from: scope?.from, to: scope?.to,
            place: scope?.place, exactly: scope?.pair, text: scope?.text)
    }

    /// Whose meetings a part of the timeline is about: the leader, else the scope's people, else the
    /// leaders of its country; nil for everyone's.
    private func participants(leader: String?, scope: TimelineScope?) throws(LibraryError) -> [String]? {
        if let leader { return [leader] }
        if let country = scope?.country { return try leaders(of: country) }
        return scope?.people
    }
}
