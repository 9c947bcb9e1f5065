/// One screen line of the reader: its text and where it came from in the article body.
public struct WrappedLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case title, meta, blank, body, heading, caption
        /// The lede's first sentence standing in for a title the article does not have.
        case headline
    }
    public var kind: Kind
    public var text: String
    /// Scalar offset in the body of the line's first character; nil for lines not from the body.
    public var bodyStart: Int?

    public init(kind: Kind, text: String, bodyStart: Int? = nil) {
        self.kind = kind
        self.text = text
        self.bodyStart = bodyStart
    }
}
