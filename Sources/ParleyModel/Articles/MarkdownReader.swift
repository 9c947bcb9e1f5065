/// Reads Markdown articles: YAML-style front matter (`title`, `published`, `source`, `author`,
/// `captured`) and a body whose Markdown markup is reduced to plain paragraphs.
public struct MarkdownReader: ArticleReader {
    public let extensions: Set<String> = ["md", "markdown"]

    public init() {}

    public func read(_ text: String, id: String, source: String) -> Article {
        let (metadata, body) = Self.frontMatter(of: text)
        var blocks: [String] = []
        var current: [String] = []
        var headingTitle: String?
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\r")))
            if line.isEmpty || line.hasPrefix("```") || line.allSatisfy({ "-*_=".contains($0) }) {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                flush()
                line = String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                if headingTitle == nil, metadata["title"] == nil, blocks.isEmpty {
                    headingTitle = Self.inline(line)
                    continue
                }
                blocks.append(Self.inline(line))
                continue
            }
            if line.hasPrefix(">") { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { flush() }
            current.append(Self.inline(line))
        }
        flush()
        let title = metadata["title"] ?? headingTitle
        let page = TextCleaner().clean(blocks: blocks, knownTitle: title)
        return ArticleAssembler.assemble(page: page, metadata: metadata, id: id, source: source)
    }

    /// Splits `---` front matter from the body; keys are lower-cased, quotes removed.
    static func frontMatter(of text: String) -> ([String: String], Substring) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespacesAndNewlines) == "---" else {
            return ([:], Substring(text))
        }
        var metadata: [String: String] = [:]
        for (index, line) in lines.enumerated().dropFirst() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed == "---" || trimmed == "..." {
                let body = lines[(index + 1)...].joined(separator: "\n")
                return (metadata, Substring(body))
            }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { metadata[key] = value }
        }
        return ([:], Substring(text))  // no closing fence: not front matter
    }

    /// Inline Markdown to plain text: links and images keep their text, emphasis marks go.
    static func inline(_ line: String) -> String {
        var out = ""
        var chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "!", i + 1 < chars.count, chars[i + 1] == "[" {
                i += 1
                continue
            }
            if c == "[", let close = chars[i...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
                let end = chars[close...].firstIndex(of: ")")
            {
                out += String(chars[(i + 1)..<close])
                i = end + 1
                continue
            }
            if c == "*" || (c == "_" && (i == 0 || chars[i - 1] == " " || i + 1 == chars.count || chars[i + 1] == " "))
                || c == "`"
            {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        chars = []
        return out
    }
}
