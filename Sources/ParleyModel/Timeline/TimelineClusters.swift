/// The meetings one set of participants is reported in, built up report by report: each report joins
/// the cluster it fits best, or starts one. What a fit needs of a cluster (its first report, its
/// weekdays, its articles, its ordinal) is kept as the cluster grows, and a report is compared only
/// with the clusters it could join (dated ones of its year and the years beside it; undated ones of its
/// weekday and place), so a pair reported a hundred thousand times costs about as many steps.
struct Clusters {
    struct Cluster {
        var members: [TimelineReport]
        var head: TimelineReport { members[0] }
        /// Weekdays the texts give, and the weekdays of the days members are dated to.
        var weekdays: Set<Int> = []
        var datedWeekdays: Set<Int> = []
        var articles: Set<String> = []
        var ordinal: Int?

        init(_ report: TimelineReport) {
            members = []
            add(report)
        }

        mutating func add(_ report: TimelineReport) {
            members.append(report)
            if let weekday = report.meeting.weekday { weekdays.insert(weekday) }
            if let date = report.meeting.date, date.precision == .day, let weekday = date.weekday {
                datedWeekdays.insert(weekday)
            }
            articles.insert(report.articleId)
            if let rank = report.meeting.ordinal { ordinal = max(ordinal ?? rank, rank) }
        }
    }

    private(set) var all: [Cluster] = []
    /// Clusters by their first report's date (the most precise of theirs, as reports come most precise
    /// first): by the day, month and year it lies in; undated ones by weekday and place.
    private var byDay: [CalendarDate: [Int]] = [:]
    private var byMonth: [CalendarDate: [Int]] = [:]
    private var byYear: [Int: [Int]] = [:]
    private var undated: [String: [Int]] = [:]
    /// Per year, the latest day each dated cluster's date allows, sorted: how many distinct meetings came
    /// before a date is a binary search.
    private var latestDays: [Int: [Int]] = [:]

    mutating func add(_ report: TimelineReport) {
        let fitting = candidates(for: report).filter { fitsOrdinal(report, all[$0]) }
        var best: (index: Int, score: Int)?
        for index in fitting {
            guard let score = Self.fit(report, all[index]) else { continue }
            if score > (best?.score ?? Int.min) { best = (index, score) }
        }
        if let best {
            all[best.index].add(report)
            return
        }
        let index = all.count
        all.append(Cluster(report))
        if let date = report.meeting.date {
            byYear[date.year, default: []].append(index)
            if date.precision >= .month { byMonth[date.truncated(to: .month), default: []].append(index) }
            if date.precision == .day { byDay[date, default: []].append(index) }
            let latest = date.latestDay.dayNumber
            var days = latestDays[date.year] ?? []
            days.insert(latest, at: Self.firstIndex(in: days, notBelow: latest))
            latestDays[date.year] = days
        } else if let key = Self.undatedKey(report) {
            undated[key, default: []].append(index)
        }
    }

    /// Every cluster `fit` could accept the report into, in the order they were made.
    private func candidates(for report: TimelineReport) -> [Int] {
        guard let date = report.meeting.date else {
            return Self.undatedKey(report).flatMap { undated[$0] } ?? []
        }
        // every cluster made before holds a date at least as precise: a day fits that day; a month fits its
        // days and those just across its edges; a year fits what lies in it
        switch date.precision {
        case .day:
            return byDay[date] ?? []
        case .month:
            let months = [date.adding(months: -1), date, date.adding(months: 1)]
            return months.flatMap { byMonth[$0] ?? [] }.sorted()
        default:
            return byYear[date.year] ?? []
        }
    }

    /// The first position in sorted `values` holding `value` or more.
    private static func firstIndex(in values: [Int], notBelow value: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Two undated reports are one meeting only when they agree on the weekday and the city.
    private static func undatedKey(_ report: TimelineReport) -> String? {
        guard let weekday = report.meeting.weekday, let place = report.meeting.place else { return nil }
        return "\(weekday)|\(place)"
    }

    /// A "second visit this year" cannot be the pair's first meeting of that year.
    private func fitsOrdinal(_ report: TimelineReport, _ cluster: Cluster) -> Bool {
        let ordinal = [report.meeting.ordinal, cluster.ordinal].compactMap { $0 }.max() ?? 1
        guard ordinal > 1, let date = cluster.head.meeting.date else { return true }
        // distinct earlier meetings: over two weeks before, even at the latest day their dates allow
        let earlier = Self.firstIndex(in: latestDays[date.year] ?? [], notBelow: date.earliestDay.dayNumber - 14)
        return earlier >= ordinal - 1
    }

    /// How well a report fits a cluster (higher is better), or nil when something contradicts.
    private static func fit(_ report: TimelineReport, _ cluster: Cluster) -> Int? {
        let head = cluster.head
        let m = report.meeting
        if let p = m.place, let q = head.meeting.place, p.localizedLowercase != q.localizedLowercase { return nil }
        var score = 0
        // a weekday the text gives must agree with every other weekday and every day's date it would take
        var weekdays = cluster.weekdays
        if let weekday = m.weekday { weekdays.insert(weekday) }
        if let weekday = weekdays.first {
            guard weekdays.count == 1, cluster.datedWeekdays.isSubset(of: [weekday]) else { return nil }
            if let date = m.date, date.precision == .day, date.weekday != weekday { return nil }
        }
        switch (m.date, head.meeting.date) {
        case (let a?, let b?):
            if a.isCompatible(with: b) {
                score += 2 + (a == b ? 2 : 0)
            } else if TimelineBuilder.straddlesMonthEdge(a, b) {
                score += 1
            } else {
                return nil
            }
        case (nil, _?), (_?, nil):
            // an undated report is dated only by lending (LibraryStore.lendDates), which checks the text
            return nil
        case (nil, nil):
            guard let w = m.weekday, w == head.meeting.weekday, let p = m.place, p == head.meeting.place else {
                return nil
            }
            score += 1
        }
        if cluster.articles.contains(report.articleId) { return nil }
        if m.place != nil, m.place == head.meeting.place { score += 1 }
        if report.isCurrent, head.isCurrent { score += 1 }
        return score
    }
}
