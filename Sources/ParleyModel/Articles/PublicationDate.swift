/// When an article was published, as far as the page shows it, with the evidence in a short basis string.
public struct PublicationDate: Sendable, Equatable, Codable {
    public var date: CalendarDate
    /// Where the date came from: "front matter", "dateline 'Published: May 31, 2019'", "set by you".
    public var basis: String

    public init(date: CalendarDate, basis: String) {
        self.date = date
        self.basis = basis
    }

    public var precision: DatePrecision { date.precision }
}
