/// Lines a page carries that are never part of the story: server errors, paywall and cookie notices.
extension LineShape {
    /// Phrases of such notices, lower case; a short line holding one is junk.
    static let junkPhrases: [String] = [
        "an error occurred while processing this directive", "subscribe to continue", "subscribe to read",
        "subscribers only", "to continue reading", "continue reading with", "already a subscriber",
        "this article is for subscribers", "this content is for subscribers", "sign in to read", "log in to read",
        "create a free account", "you have reached your limit", "free articles remaining", "we use cookies",
        "uses cookies", "accept cookies", "accept all cookies", "cookie settings", "cookie policy",
        "by continuing to use this site", "by continuing to browse", "enable javascript", "javascript is disabled",
    ]

    /// A server-side include error, or a paywall or cookie notice: "[an error occurred while processing
    /// this directive]", "Subscribe to continue reading", "We use cookies to improve your experience".
    static func isJunk(_ line: String) -> Bool {
        guard line.utf8.count <= 300 else { return false }
        let lower = line.lowercased()
        return junkPhrases.contains { lower.contains($0) }
    }

    /// A line that opens with a separator ("| SUVA, Sept 22", "/ Politics"): the tail of the page's
    /// furniture, never a headline.
    static func startsWithSeparator(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return "|/\\>¦".contains(first)
    }

    /// The line without its leading separators: "| SUVA, Sept 22" → "SUVA, Sept 22".
    static func withoutSeparator(_ line: String) -> String {
        String(line.drop { "|/\\>¦ ".contains($0) })
    }
}
