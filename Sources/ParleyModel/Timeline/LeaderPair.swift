import GRDB

/// Two (or more) leaders who met, and how often: the pairs view's row.
public struct LeaderPair: Sendable, Equatable {
    public var participants: [String]
    public var meetings: Int
    public var first: CalendarDate?
    public var last: CalendarDate?
    /// Where they met, most frequent first.
    public var places: [String]
}

extension LibraryStore {
    /// Every set of participants on the timeline with its number of meetings, most first; with a leader,
    /// only the sets that include that leader (their counterparts, ranked).
    public func pairs(of leader: String? = nil, limit: Int = 1_000) throws(LibraryError) -> [LeaderPair] {
        try read { db in
            var sql = """
                SELECT participants, COUNT(*) AS meetings, MIN(date) AS first, MAX(date) AS last,
                       GROUP_CONCAT(place, '|') AS places
                FROM timeline_entry
                """
            var arguments: StatementArguments = []
            if let leader {
                sql += " WHERE id IN (SELECT entryId FROM timeline_participant WHERE name = ?)"
                arguments += [leader]
            }
            sql += " GROUP BY participants ORDER BY meetings DESC, participants LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                var counts: [String: Int] = [:]
                for place in ((row["places"] as String?) ?? "").split(separator: "|") {
                    counts[String(place), default: 0] += 1
                }
                return LeaderPair(
                    participants: (row["participants"] as String).split(separator: "|").map(String.init),
                    meetings: row["meetings"], first: (row["first"] as String?).flatMap(CalendarDate.init(iso:)),
                    last: (row["last"] as String?).flatMap(CalendarDate.init(iso:)),
                    places: counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key))
            }
        }
    }
}
