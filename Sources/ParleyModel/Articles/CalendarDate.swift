/// A proleptic Gregorian calendar date, as precise as its evidence: a year, a month of a year, or a day.
///
/// `CalendarDate(year: 2023, month: 12)` prints as `2023-12` and has month precision.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), let m = month,
                d >= 1, d <= CalendarDate.daysIn(month: m, year: year)
            else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    public var precision: DatePrecision { day != nil ? .day : month != nil ? .month : .year }

    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// The same date cut to a coarser precision.
    public func truncated(to precision: DatePrecision) -> CalendarDate {
        switch precision {
        case .day: self
        case .month: CalendarDate(year: year, month: month)
        case .year, .unknown: CalendarDate(year: year)
        }
    }

    /// True when one date lies within the other (2023 contains 2023-12-04).
    public func isCompatible(with other: CalendarDate) -> Bool {
        let shared = min(precision, other.precision)
        return truncated(to: shared) == other.truncated(to: shared)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 for a day-precision date (Howard Hinnant's civil algorithm).
    var dayNumber: Int {
        let m = month ?? 1
        let d = day ?? 1
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day-precision date `dayNumber` days after 1970-01-01.
    init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 1 = Monday … 7 = Sunday, for a day-precision date.
    public var weekday: Int? {
        guard day != nil else { return nil }
        let n = dayNumber
        return ((n % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The first day a date of any precision may mean (2023-02 → 2023-02-01).
    public var earliestDay: CalendarDate { CalendarDate(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day a date of any precision may mean (2023-02 → 2023-02-28).
    public var latestDay: CalendarDate {
        let m = month ?? 12
        return CalendarDate(year: year, month: m, day: day ?? CalendarDate.daysIn(month: m, year: year))
    }

    /// The date `days` days later (earlier when negative); day precision only.
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The month `months` after this date's, at month precision.
    func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month ?? 1) - 1 + months
        return CalendarDate(year: index / 12, month: index % 12 + 1)
    }
}
