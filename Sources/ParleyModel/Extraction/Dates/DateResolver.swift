/// Places date phrases on the calendar against a reference date, never more precisely than both allow.
public struct DateResolver: Sendable {
    /// The date the text is written from (usually the publication date), if known.
    public var reference: CalendarDate?
    /// Where the reference came from, for the basis string.
    public var referenceBasis: String

    public init(reference: CalendarDate?, referenceBasis: String = "publication date") {
        self.reference = reference
        self.referenceBasis = referenceBasis
    }

    /// - Parameter future: the phrase is about what will happen ("will meet on Monday"): look forward.
    public func resolve(_ expression: DateExpression, future: Bool = false) -> ResolvedDate {
        switch expression {
        case .calendar(let date):
            return ResolvedDate(date: date, basis: "stated in the text")
        case .monthDay(let month, let day):
            guard let reference else { return ResolvedDate(date: nil, basis: "month without a year") }
            var year = reference.year
            if let refMonth = reference.month {
                if !future, month > refMonth { year -= 1 }
                if future, month < refMonth { year += 1 }
            }
            return ResolvedDate(
                date: CalendarDate(year: year, month: month, day: day), basis: "year from the \(referenceBasis)")
        case .weekday(let weekday):
            guard let reference, let refWeekday = reference.weekday else {
                return ResolvedDate(date: nil, basis: "weekday without a known week")
            }
            var delta = weekday - refWeekday
            if future {
                if delta < 0 { delta += 7 }
            } else if delta > 0 {
                delta -= 7
            }
            return ResolvedDate(date: reference.adding(days: delta), basis: "weekday relative to the \(referenceBasis)")
        case .relativeDays(let days):
            guard let reference, reference.precision == .day else {
                return ResolvedDate(date: nil, basis: "relative day without a known date")
            }
            return ResolvedDate(date: reference.adding(days: days), basis: "relative to the \(referenceBasis)")
        case .relativeWeeks(let weeks):
            guard let reference, reference.precision == .day else {
                return ResolvedDate(date: nil, basis: "relative week without a known date")
            }
            let start = reference.adding(days: weeks * 7 - (weeks < 0 ? 6 : 0))
            let end = reference.adding(days: weeks * 7 + (weeks < 0 ? 0 : 6))
            let date = start.month == end.month ? start.truncated(to: .month) : start.truncated(to: .year)
            return ResolvedDate(date: start.year == end.year ? date : nil, basis: "relative to the \(referenceBasis)")
        case .relativeMonths(let months):
            guard let reference, let month = reference.month else {
                return ResolvedDate(date: nil, basis: "relative month without a known date")
            }
            let index = reference.year * 12 + (month - 1) + months
            return ResolvedDate(
                date: CalendarDate(year: index / 12, month: index % 12 + 1), basis: "relative to the \(referenceBasis)")
        case .relativeYears(let years):
            guard let reference else { return ResolvedDate(date: nil, basis: "relative year without a known date") }
            return ResolvedDate(
                date: CalendarDate(year: reference.year + years), basis: "relative to the \(referenceBasis)")
        }
    }
}
