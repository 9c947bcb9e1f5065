/// An article's text with everything extraction found in it, by token position: what the meeting
/// extractor and the entity list are both built from.
public struct AnnotatedText: Sendable {
    /// A person named (or referred to by role) at a token range.
    public struct PersonMention: Sendable, Equatable {
        public var tokens: Range<Int>
        public var person: Int
        /// "the Chinese president", "his Belarusian counterpart": a reference, not a name.
        public var isRoleReference: Bool
    }

    /// A country, place, organisation or date named at a token range.
    public struct NameMention: Sendable, Equatable {
        public var tokens: Range<Int>
        public var kind: EntityKind
        public var name: String
        /// For places: the city a venue stands in, or the city itself.
        public var city: String?
        public var isVenue: Bool = false
        /// For a country named by its adjective ("Belarusian").
        public var isDemonym: Bool = false
    }

    /// A date phrase and where it lands on the calendar.
    public struct DateNote: Sendable, Equatable {
        public var mention: DateMention
        public var resolved: ResolvedDate
    }

    public var text: [Unicode.Scalar]
    public var tokens: [Token]
    public var keys: [String]
    /// Token ranges of sentences, in order.
    public var sentences: [Range<Int>]
    public var people: [PersonDraft]
    public var personMentions: [PersonMention]
    public var names: [NameMention]
    public var dates: [DateNote]
    /// The reference date relative phrases were resolved against.
    public var reference: CalendarDate?
    public var referenceBasis: String

    /// The exact text a token range covers.
    public func string(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, !range.isEmpty else { return "" }
        return String(String.UnicodeScalarView(text[tokens[first].start..<tokens[range.upperBound - 1].end]))
    }

    /// The index of the sentence holding token `index`.
    public func sentence(of index: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= index {
                low = mid + 1
            } else if sentences[mid].lowerBound > index {
                high = mid - 1
            } else {
                return mid
            }
        }
        return nil
    }
}

/// A person as extraction builds them up through an article.
public struct PersonDraft: Sendable, Equatable {
    public var name: String
    public var role: String?
    public var country: String?
    public var isLeader: Bool
    /// Index into the knowledge base's leaders, when known there.
    public var known: Int?
}
