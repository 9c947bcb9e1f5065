/// A part of the timeline an entity leads to: the meetings of a day or month, held in a place, or of a
/// country's leaders.
public struct TimelineScope: Sendable, Equatable {
    /// What the pane's title says: "2021-06", "in Lusaka", "leaders of Peru".
    public var label: String
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var place: String?
    /// Meetings with any of these people.
    public var people: [String]?
    /// Meetings of this country's leaders (looked up in the library as the timeline loads).
    public var country: String?
    /// Meetings of exactly these participants (a pair chosen in the pairs view).
    public var pair: [String]?
    /// Words that must each be in a participant's name, the place or the date (the timeline's `/`).
    public var text: String?

    public init(
        label: String, from: CalendarDate? = nil, to: CalendarDate? = nil, place: String? = nil,
        people: [String]? = nil, country: String? = nil
    ) {
        self.label = label
        self.from = from
        self.to = to
        self.place = place
        self.people = people
        self.country = country
    }

    /// The meetings of one day, month or year.
    public static func date(_ date: CalendarDate) -> TimelineScope {
        TimelineScope(label: date.description, from: date, to: date)
    }

    /// The meetings of exactly these participants.
    public static func pair(_ participants: [String]) -> TimelineScope {
        var scope = TimelineScope(label: participants.joined(separator: " – "))
        scope.pair = participants
        return scope
    }

    public static func place(_ name: String) -> TimelineScope {
        TimelineScope(label: "in \(name)", place: name)
    }

    /// This part of the timeline narrowed further to entries with every word of `text`.
    public func filtered(by text: String) -> TimelineScope {
        var scope = self
        scope.text = text
        return scope
    }

    /// The whole timeline narrowed to entries with every word of `text`.
    public static func matching(_ text: String) -> TimelineScope {
        TimelineScope(label: "").filtered(by: text)
    }

    /// What a title says of this part: its label, and the filter's words between slashes.
    public var title: String {
        [label, text.map { "/\($0)/" } ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension LibraryStore {
    /// The leaders of a country the library names (people marked as leaders with that country).
    public func leaders(of country: String) throws(LibraryError) -> [String] {
        try read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT name FROM entity
                    WHERE kind = 'person' AND leader AND country = ? ORDER BY name
                    """, arguments: [country])
        }
    }
}
