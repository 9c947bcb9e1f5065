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
            var clusters: [[TimelineReport]] = []
            for report in ordered {
                let allowed = clusters.indices.filter { fitsOrdinal(report, clusters[$0], among: clusters) }
                if let index = bestCluster(for: report, in: allowed.map { clusters[$0] }).map({ allowed[$0] }) {
                    clusters[index].append(report)
                } else {
                    clusters.append([report])
                }
            }
            entries += clusters.map(entry)
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

    /// A "second visit this year" cannot be the pair's first meeting of that year.
    private static func fitsOrdinal(
        _ report: TimelineReport, _ cluster: [TimelineReport], among clusters: [[TimelineReport]]
    ) -> Bool {
        let ordinal = ([report] + cluster).compactMap(\.meeting.ordinal).max() ?? 1
        guard ordinal > 1, let date = cluster.compactMap(\.meeting.date).max(by: { $0.precision < $1.precision }) else {
            return true
        }
        let earlier = clusters.filter { other in
            guard let d = other.compactMap(\.meeting.date).max(by: { $0.precision < $1.precision }) else {
                return false
            }
            // a distinct earlier meeting: over two weeks before, even at the latest day its date allows
            return d.year == date.year && d.latestDay.adding(days: 14) < date.earliestDay
        }
        return earlier.count >= ordinal - 1
    }

    private static func bestCluster(for report: TimelineReport, in clusters: [[TimelineReport]]) -> Int? {
        var best: (index: Int, score: Int)?
        for (index, cluster) in clusters.enumerated() {
            guard let score = fit(report, cluster) else { continue }
            if score > (best?.score ?? Int.min) { best = (index, score) }
        }
        return best?.index
    }

    /// How well a report fits a cluster (higher is better), or nil when something contradicts.
    private static func fit(_ report: TimelineReport, _ cluster: [TimelineReport]) -> Int? {
        guard let head = cluster.first else { return nil }
        let m = report.meeting
        if let p = m.place, let q = head.meeting.place, p != q, !(placesCompatible(p, q)) { return nil }
        var score = 0
        // a weekday the text gives must agree with every other weekday and every day's date it would take
        // (one pass over the cluster: comparing every pair made a pair met in 1,500 reports take minutes)
        let members = cluster + [report]
        let weekdays = Set(members.compactMap(\.meeting.weekday))
        if let weekday = weekdays.first {
            guard weekdays.count == 1 else { return nil }
            for member in members {
                if let date = member.meeting.date, date.precision == .day, date.weekday != weekday { return nil }
            }
        }
        switch (m.date, head.meeting.date) {
        case (let a?, let b?):
            if a.isCompatible(with: b) {
                score += 2 + (a == b ? 2 : 0)
            } else if straddlesMonthEdge(a, b) {
                score += 1
            } else {
                return nil
            }
        case (nil, _?), (_?, nil):
            // an undated report is dated only by lending (LibraryStore.lendDates), which checks the text
            return nil
        case (nil, nil):
            // two undated reports are one meeting only when they agree on the weekday and the city
            guard let w = m.weekday, w == head.meeting.weekday, let p = m.place, p == head.meeting.place else {
                return nil
            }
            score += 1
        }
        if cluster.contains(where: { $0.articleId == report.articleId }) { return nil }
        if m.place != nil, m.place == head.meeting.place { score += 1 }
        if report.isCurrent, head.isCurrent { score += 1 }
        return score
    }

    /// A month and a day just across its edge can be one visit: talks "at the end of February" and a
    /// photo of them dated March 1 (visits straddle month ends).
    static func straddlesMonthEdge(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        let pair = a.precision == .month && b.precision == .day ? (a, b) : (b, a)
        let (month, day) = pair
        guard month.precision == .month, day.precision == .day else { return false }
        return month.earliestDay.adding(days: -2) <= day && day <= month.latestDay.adding(days: 2)
    }

    private static func placesCompatible(_ a: String, _ b: String) -> Bool {
        a.localizedLowercase == b.localizedLowercase
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
