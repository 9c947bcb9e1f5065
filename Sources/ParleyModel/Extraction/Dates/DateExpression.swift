/// What a date phrase says, before it is placed on the calendar.
///
/// "March 1, 2023" is `.calendar(2023-03-01)`; "on Monday" is `.weekday(1)`; "last week" is `.relativeWeeks(-1)`.
public enum DateExpression: Sendable, Equatable {
    case calendar(CalendarDate)
    /// A month (and maybe a day) with no year: "21 June", "at the end of February".
    case monthDay(month: Int, day: Int?)
    /// 1 = Monday … 7 = Sunday.
    case weekday(Int)
    case relativeDays(Int)
    case relativeWeeks(Int)
    case relativeMonths(Int)
    case relativeYears(Int)

    /// True when the phrase needs a reference date to be placed.
    public var isRelative: Bool {
        if case .calendar = self { return false }
        return true
    }

    /// Counted from the day of writing ("tomorrow", "on Monday", "last week"), not written out.
    public var isCounted: Bool {
        switch self {
        case .calendar, .monthDay: false
        default: true
        }
    }
}

/// A date phrase found in text: where it stands and what it says.
public struct DateMention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var expression: DateExpression
    /// Index range of the tokens it covers.
    public var tokens: Range<Int>
}

/// A date phrase placed on the calendar as far as its evidence goes.
public struct ResolvedDate: Sendable, Equatable {
    public var date: CalendarDate?
    public var basis: String

    public var precision: DatePrecision { date?.precision ?? .unknown }

    public init(date: CalendarDate?, basis: String) {
        self.date = date
        self.basis = basis
    }

    public static let unknown = ResolvedDate(date: nil, basis: "no date in the text")
}
