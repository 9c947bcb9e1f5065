import ParleyModel

/// The chart's x axis: the span of the meetings cut into buckets of 1, 2, 3, 6 or 12 months (or of
/// several years), the finest that lets the whole span fit the width, so the densest periods show at
/// once; ticks name the years and, where they fit, the months.
struct ChartAxis: Equatable {
    /// Month number (year × 12 + month − 1) where the first bucket starts.
    var start: Int
    /// Months per bucket.
    var months: Int
    var buckets: Int
    /// Columns per bucket (1 to 6: wider when there is room).
    var cellWidth: Int

    static let bucketSizes = [1, 2, 3, 6, 12, 24, 60, 120, 600, 1_200]

    init(first: CalendarDate, last: CalendarDate, width: Int) {
        let (a, b) = (Self.monthNumber(first), Self.monthNumber(max(first, last)))
        let size =
            Self.bucketSizes.first { Self.floorDiv(b, $0) - Self.floorDiv(a, $0) + 1 <= max(1, width) }
            ?? Self.bucketSizes[Self.bucketSizes.count - 1]
        months = size
        start = Self.floorDiv(a, size) * size
        buckets = Self.floorDiv(b, size) - Self.floorDiv(a, size) + 1
        cellWidth = max(1, min(6, max(1, width) / buckets))
    }

    /// Columns the axis takes.
    var width: Int { buckets * cellWidth }

    /// A date known only to its year counts in the year's first month.
    static func monthNumber(_ date: CalendarDate) -> Int { date.year * 12 + (date.month ?? 1) - 1 }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// The bucket a date falls in.
    func bucket(of date: CalendarDate) -> Int { (Self.monthNumber(date) - start) / months }

    /// What one bucket is, for the chart's title: "month", "quarter", "2 years".
    var unit: String {
        switch months {
        case 1: "month"
        case 3: "quarter"
        case 6: "half-year"
        case 12: "year"
        case let m where m % 12 == 0: "\(m / 12) years"
        default: "\(months) months"
        }
    }

    /// Labels under the axis, at their columns, none touching another: the first bucket's date, then every
    /// year, then months where room is left.
    func ticks() -> [(column: Int, label: String)] {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var candidates: [(column: Int, label: String, rank: Int)] = []
        for bucket in 0..<buckets {
            let number = start + bucket * months
            let (year, month) = (number / 12, number % 12)
            if bucket == 0 {
                candidates.append((0, month == 0 || months >= 12 ? "\(year)" : "\(names[month]) \(year)", 0))
            } else if month == 0 {
                candidates.append((bucket * cellWidth, "\(year)", 1))
            } else if months < 12 {
                candidates.append((bucket * cellWidth, names[month], 2))
            }
        }
        var taken: [(column: Int, label: String)] = []
        for rank in 0...2 {
            for candidate in candidates where candidate.rank == rank {
                let end = candidate.column + candidate.label.count
                guard end <= width else { continue }
                let clear = taken.allSatisfy { end < $0.column || candidate.column > $0.column + $0.label.count }
                if clear { taken.append((candidate.column, candidate.label)) }
            }
        }
        return taken.sorted { $0.column < $1.column }
    }
}
