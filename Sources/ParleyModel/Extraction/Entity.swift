/// What kind of thing an entity is; the raw values are the export format's `type`.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case person, country, place, organization, date, event

    /// Plural heading for lists: "People", "Countries".
    public var heading: String {
        switch self {
        case .person: "People"
        case .country: "Countries"
        case .place: "Places"
        case .organization: "Organisations"
        case .date: "Dates"
        case .event: "Events"
        }
    }
}

/// One place an entity is named in an article's cleaned text (scalar offsets).
public struct Mention: Sendable, Equatable, Codable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A person, country, place, organisation or date an article mentions, under its canonical name.
public struct Entity: Sendable, Equatable, Codable {
    public var name: String
    public var kind: EntityKind
    /// A political leader: head of state or government, minister, ruler.
    public var leader: Bool
    public var role: String?
    public var country: String?
    public var mentions: [Mention]

    public init(
        name: String, kind: EntityKind, leader: Bool = false, role: String? = nil, country: String? = nil,
        mentions: [Mention] = []
    ) {
        self.name = name
        self.kind = kind
        self.leader = leader
        self.role = role
        self.country = country
        self.mentions = mentions
    }
}

extension Entity {
    /// How often the body names it, for lists: "×3"; "(title)" for what only the headline names.
    public var mentionLabel: String {
        mentions.isEmpty ? "(title)" : "×\(mentions.count)"
    }
}
