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
            var sql = "SELECT * FROM timeline_pair"
            var arguments: StatementArguments = []
            if let leader {
                sql += """
                     WHERE participants IN (SELECT e.participants FROM timeline_entry e
                       WHERE e.id IN (SELECT entryId FROM timeline_participant WHERE name = ?))
                    """
                arguments += [leader]
            }
            sql += " ORDER BY meetings DESC, participants LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                LeaderPair(
                    participants: (row["participants"] as String).split(separator: "|").map(String.init),
                    meetings: row["meetings"], first: (row["first"] as String?).flatMap(CalendarDate.init(iso:)),
                    last: (row["last"] as String?).flatMap(CalendarDate.init(iso:)),
                    places: (row["places"] as String).split(separator: "|").map(String.init))
            }
        }
    }
}
