/// One real-world meeting on the timeline, merged from every article that reports it.
public struct TimelineEntry: Sendable, Equatable {
    public var participants: [String]
    public var place: String?
    public var date: CalendarDate?
    /// "stated in article 002", "taken from article 002 (same weekday and place)".
    public var dateBasis: String
    public var status: MeetingStatus
    /// Article ids, sorted.
    public var articles: [String]
    /// Reports whose dates disagree with the entry's and that were kept apart are not merged; this
    /// lists reports merged with a coarser date, for the reader to see.
    public var evidence: [TimelineReport]

    public var precision: DatePrecision { date?.precision ?? .unknown }

    public init(
        participants: [String], place: String?, date: CalendarDate?, dateBasis: String, status: MeetingStatus,
        articles: [String], evidence: [TimelineReport] = []
    ) {
        self.participants = participants
        self.place = place
        self.date = date
        self.dateBasis = dateBasis
        self.status = status
        self.articles = articles
        self.evidence = evidence
    }
}

/// One article's report of a meeting, as the timeline merges it.
public struct TimelineReport: Sendable, Equatable {
    public var articleId: String
    public var meeting: Meeting
    /// Reports the article presents as current news (dated relative to its own publication).
    public var isCurrent: Bool

    public init(articleId: String, meeting: Meeting, isCurrent: Bool = false) {
        self.articleId = articleId
        self.meeting = meeting
        self.isCurrent = isCurrent
    }
}
