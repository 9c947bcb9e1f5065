import ParleyTerminal

/// A theme file that cannot be used, with where the problem is.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// "FILE:LINE: why"; a problem with no line (no such theme at all) is the reason alone.
    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : reason }
}

/// Reads theme files: one line per role, `role foreground background [bold] [underline] [reverse]`,
/// `# comments`, `palette NAME COLOUR` to name colours, and `inherit THEME` to start from another.
///
/// ```
/// inherit default
/// palette accent #268bd2
/// paneTitleFocused accent default bold
/// ```
public enum ThemeParser {
    /// Parses `text` (named `file` in messages). `resolve` returns the text of an inherited theme.
    public static func parse(
        _ text: String, name: String, file: String, resolve: (String) -> (text: String, file: String)?,
        depth: Int = 0
    ) throws(ThemeError) -> Theme {
        var styles: [StyleRole: Style] = [:]
        var palette: [String: Color] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if let comment = words.firstIndex(where: { $0.hasPrefix("#") && Color(parsing: $0) == nil }) {
                words.removeSubrange(comment...)  // "# text" is a comment; "#268bd2" is a colour
            }
            guard let first = words.first else { continue }
            func fail(_ reason: String) -> ThemeError { ThemeError(file: file, line: index + 1, reason: reason) }
            switch first {
            case "inherit":
                guard words.count == 2 else { throw fail("inherit takes one theme name") }
                guard depth < 8, let parent = resolve(words[1]) else {
                    throw fail("unknown theme '\(words[1])' to inherit")
                }
                let base = try parse(parent.text, name: words[1], file: parent.file, resolve: resolve, depth: depth + 1)
                styles.merge(base.styles) { _, new in new }
            case "palette":
                guard words.count == 3, let color = Color(parsing: words[2]) else {
                    throw fail("palette takes a name and a colour (name, colorN or #rrggbb)")
                }
                palette[words[1].lowercased()] = color
            default:
                guard let role = StyleRole(rawValue: first) else {
                    throw fail(
                        "unknown role '\(first)'; roles are: \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                guard words.count >= 3 else { throw fail("\(first) needs a foreground and a background colour") }
                func color(_ word: String) throws(ThemeError) -> Color {
                    if let named = palette[word.lowercased()] { return named }
                    guard let color = Color(parsing: word) else { throw fail("unknown colour '\(word)'") }
                    return color
                }
                var attributes: TextAttributes = []
                for word in words.dropFirst(3) {
                    guard let attribute = TextAttributes(parsing: word) else {
                        throw fail("unknown attribute '\(word)' (bold, underline, reverse, dim, italic)")
                    }
                    attributes.insert(attribute)
                }
                styles[role] = Style(
                    foreground: try color(words[1]), background: try color(words[2]), attributes: attributes)
            }
        }
        return Theme(name: name, styles: styles)
    }
}
