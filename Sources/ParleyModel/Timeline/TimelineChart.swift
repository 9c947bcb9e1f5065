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

    public init(rows: [Row]) {
        self.rows = rows.sorted {
            ($0.total, $1.participants.joined(separator: "|")) > ($1.total, $0.participants.joined(separator: "|"))
        }
        let months = rows.flatMap(\.months.keys).compactMap(CalendarDate.init(iso:))
        first = months.min()
        last = months.max()
    }
}

extension LibraryStore {
    /// The chart of the timeline part `scope` (and `leader`) shows.
    public func timelineChart(leader: String?, scope: TimelineScope?) throws(LibraryError) -> TimelineChart {
        let names = try participants(leader: leader, scope: scope)
        return try read { db in
            guard
                let (conditions, arguments) = Self.timelineConditions(
                    names, scope?.from, scope?.to, scope?.place, scope?.pair, scope?.text)
            else { return TimelineChart(rows: []) }
            var sql =
                "SELECT e.participants, substr(e.date, 1, 7) AS month, e.status, COUNT(*) AS n FROM timeline_entry e"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " GROUP BY e.participants, month, e.status"
            var rows: [String: TimelineChart.Row] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let key: String = row["participants"]
                var chartRow =
                    rows[key]
                    ?? TimelineChart.Row(
                        participants: key.split(separator: "|").map(String.init), months: [:], undated: 0)
                let count: Int = row["n"]
                if let month = row["month"] as String? {
                    if MeetingStatus(rawValue: row["status"]) == .planned {
                        chartRow.months[month, default: .init()].planned += count
                    } else {
                        chartRow.months[month, default: .init()].held += count
                    }
                } else {
                    chartRow.undated += count
                }
                rows[key] = chartRow
            }
            return TimelineChart(rows: Array(rows.values))
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
