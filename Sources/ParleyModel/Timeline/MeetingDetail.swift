import GRDB

/// One timeline meeting with everything that makes it worth trusting: who (with office and country),
/// where, when and on what basis, and every report of it with the sentence it was read from.
public struct MeetingDetail: Sendable, Equatable {
    public struct Participant: Sendable, Equatable {
        public var name: String
        public var role: String?
        public var country: String?
    }

    /// One article's report of the meeting.
    public struct Source: Sendable, Equatable {
        public var articleId: String
        /// Terminal-safe title.
        public var title: String
        public var published: CalendarDate?
        public var report: Meeting
    }

    public var entry: TimelineEntry
    public var participants: [Participant]
    /// The venue one of the reports names (a palace, a guesthouse, a ministry).
    public var venue: String?
    public var sources: [Source]
}

extension LibraryStore {
    /// The meeting behind a timeline entry, with each of its articles' report.
    public func meetingDetail(_ entry: TimelineEntry) throws(LibraryError) -> MeetingDetail {
        try read { db in
            var sources: [MeetingDetail.Source] = []
            for id in entry.articles {
                // title and date as the list shows them (the person's date first), without the body
                guard let row = try Row.fetchOne(db, sql: Self.summarySQL + " WHERE a.id = ?", arguments: [id]) else {
                    continue
                }
                let summary = Self.summary(row)
                let reports = try Self.meetings(articleId: id, in: db).filter { $0.participants == entry.participants }
                // the report the entry was merged from: its date, else its status, else the first
                let report =
                    reports.first { $0.date == entry.date } ?? reports.first { $0.status == entry.status }
                    ?? reports.first
                guard let report else { continue }
                sources.append(
                    MeetingDetail.Source(
                        articleId: id, title: summary.title, published: summary.published, report: report))
            }
            // in date order, the oldest report first and the undated last (ties as the timeline lists them)
            sources = sources.enumerated().sorted { a, b in
                switch (a.element.published, b.element.published) {
                case (let x?, let y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.offset < b.offset
                }
            }.map(\.element)
            var participants: [MeetingDetail.Participant] = []
            let marks = entry.articles.map { _ in "?" }.joined(separator: ",")
            for name in entry.participants {
                // the office and country any of the reports gives
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT role, country FROM entity
                        WHERE kind = 'person' AND name = ? AND articleId IN (\(marks))
                        ORDER BY role IS NULL, country IS NULL LIMIT 1
                        """, arguments: [name] + StatementArguments(entry.articles))
                participants.append(.init(name: name, role: row?["role"], country: row?["country"]))
            }
            return MeetingDetail(
                entry: entry, participants: participants, venue: sources.lazy.compactMap(\.report.venue).first,
                sources: sources)
        }
    }
}
