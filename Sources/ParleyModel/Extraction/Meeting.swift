/// Whether a reported meeting happened or is announced.
public enum MeetingStatus: String, Sendable, Codable {
    case held, planned
}

/// An in-person meeting an article reports: who, where, when, and the sentence it was read from.
public struct Meeting: Sendable, Equatable, Codable {
    /// Canonical names, sorted.
    public var participants: [String]
    public var place: String?
    public var venue: String?
    public var date: CalendarDate?
    /// How the date was found: "stated in the text", "weekday relative to the publication date".
    public var dateBasis: String
    public var status: MeetingStatus
    public var evidence: String
    public var evidenceStart: Int
    public var evidenceEnd: Int
    /// The article reports it as its current news (dated, if at all, relative to its own publication),
    /// not as background ("last visited in February").
    public var isCurrent: Bool
    /// The weekday the text gives when it could not be placed on the calendar (1 = Monday).
    public var weekday: Int?
    /// "his second visit this year": the meeting's rank among the pair's meetings of its year.
    public var ordinal: Int?

    public var precision: DatePrecision { date?.precision ?? .unknown }

    public init(
        participants: [String], place: String? = nil, venue: String? = nil, date: CalendarDate? = nil,
        dateBasis: String = "no date in the text", status: MeetingStatus = .held, evidence: String,
        evidenceStart: Int, evidenceEnd: Int, isCurrent: Bool = false, weekday: Int? = nil, ordinal: Int? = nil
    ) {
        self.ordinal = ordinal
        self.isCurrent = isCurrent
        self.weekday = weekday
        self.participants = participants.sorted()
        self.place = place
        self.venue = venue
        self.date = date
        self.dateBasis = dateBasis
        self.status = status
        self.evidence = evidence
        self.evidenceStart = evidenceStart
        self.evidenceEnd = evidenceEnd
    }
}

/// Everything extraction finds in one article.
public struct ArticleAnalysis: Sendable, Equatable {
    public var entities: [Entity]
    public var meetings: [Meeting]

    public init(entities: [Entity] = [], meetings: [Meeting] = []) {
        self.entities = entities
        self.meetings = meetings
    }
}
