/// Merges meeting reports across articles into timeline entries.
///
/// Reports merge when they have the same participants and compatible dates and places; a coarse or
/// missing date takes the precise one of the report it merges with. Reports whose dates contradict
/// stay apart, so both stay visible.
public enum TimelineBuilder {
    public static func build(_ reports: [TimelineReport]) -> [TimelineEntry] {
        let groups = Dictionary(grouping: reports) { $0.meeting.participants.joined(separator: "|") }
        var entries: [TimelineEntry] = []
        for key in groups.keys.sorted() {
            guard let group = groups[key] else { continue }
            let ordered = group.sorted { a, b in
                if a.meeting.precision != b.meeting.precision { return a.meeting.precision > b.meeting.precision }
                return (a.meeting.date?.description ?? "", a.articleId) < (
                    b.meeting.date?.description ?? "", b.articleId
                )
            }
            var clusters = Clusters()
            for report in ordered { clusters.add(report) }
            entries += clusters.all.map { entry($0.members) }
        }
        return entries.sorted(by: order)
    }

    /// Entries sorted by date (undated last), then participants.
    static func order(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default:
            let x = a.participants.joined(separator: "|") + "#" + a.articles.joined(separator: "|")
            return x < b.participants.joined(separator: "|") + "#" + b.articles.joined(separator: "|")
        }
    }

    /// A month and a day just across its edge can be one visit: talks "at the end of February" and a
    /// photo of them dated March 1 (visits straddle month ends).
    static func straddlesMonthEdge(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        let pair = a.precision == .month && b.precision == .day ? (a, b) : (b, a)
        let (month, day) = pair
        guard month.precision == .month, day.precision == .day else { return false }
        return month.earliestDay.adding(days: -2) <= day && day <= month.latestDay.adding(days: 2)
    }

    private static func entry(_ cluster: [TimelineReport]) -> TimelineEntry {
        let best = cluster.max { a, b in a.meeting.precision < b.meeting.precision } ?? cluster[0]
        let place = cluster.compactMap(\.meeting.place).first
        let articles = Array(Set(cluster.map(\.articleId))).sorted()
        let held = cluster.contains { $0.meeting.status == .held }
        var basis =
            best.meeting.date == nil ? "no article dates it" : "\(best.meeting.dateBasis) (article \(best.articleId))"
        if best.meeting.date != nil, cluster.contains(where: { $0.meeting.precision < best.meeting.precision }) {
            basis += "; lent to the other reports"
        }
        return TimelineEntry(
            participants: best.meeting.participants, place: place, date: best.meeting.date, dateBasis: basis,
            status: held ? .held : .planned, articles: articles, evidence: cluster)
    }
}
