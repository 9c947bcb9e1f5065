/// Reads scraped pages saved as plain text: one paragraph or page line per line.
public struct PlainTextReader: ArticleReader {
    public let extensions: Set<String> = ["txt", "text"]

    public init() {}

    public func read(_ text: String, id: String, source: String) -> Article {
        let blocks = Self.blocks(of: text)
        var page = TextCleaner().clean(blocks: blocks)
        if page.title == nil, let title = Self.standaloneTitle(text) {
            page = TextCleaner().clean(blocks: blocks, knownTitle: title)
        }
        return ArticleAssembler.assemble(page: page, metadata: [:], id: id, source: source)
    }

    /// A short first line standing alone over a blank line, shaped like a headline and not a credit, a
    /// date or page junk: "First Story" over the story. Nil otherwise.
    static func standaloneTitle(_ text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).lazy.map { Self.trimmed($0) }
            .drop(while: \.isEmpty)
        let rest = lines.dropFirst(2)
        guard let line = lines.first, lines.dropFirst().first?.isEmpty == true, rest.contains(where: { !$0.isEmpty })
        else { return nil }
        let first = TextCleaner.normalize(line)
        guard first.count <= 100, TextCleaner.readsAsHeadline(first), LineShape.credit(first) == nil,
            LineShape.byline(first) == nil, TextCleaner.datelineDate(first) == nil, !LineShape.isMachineText(first),
            !TextCleaner.isAddress(first), TextCleaner.leadDateLine(first) == nil
        else { return nil }
        return first
    }

    /// Lines of a page, with hard-wrapped prose joined back into paragraphs.
    static func blocks(of text: String) -> [String] {
        var blocks: [String] = []
        var previousBlank = true
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            Self.trimmed(Substring($0))
        }
        let nonblank = lines.filter { !$0.isEmpty }
        let wrappedFile =
            nonblank.count >= 5 && nonblank.filter { (40...100).contains($0.count) }.count * 5 >= nonblank.count * 3
        for line in lines {
            if line.isEmpty {
                previousBlank = true
                continue
            }
            if !previousBlank, let last = blocks.last, last.count >= 40, !LineShape.endsSentence(last),
                wrappedFile || line.first?.isLowercase == true || Self.endsWithFunctionWord(last)
            {
                blocks[blocks.count - 1] = last + " " + line
            } else {
                blocks.append(line)
            }
            previousBlank = false
        }
        return blocks
    }

    /// A line without the spaces (any Unicode space), tabs and carriage returns around it.
    static func trimmed(_ line: Substring) -> String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.value < 128 { return scalar == " " || scalar == "\t" || scalar == "\r" }
            return scalar.properties.generalCategory == .spaceSeparator
        }
        var scalars = line.unicodeScalars[...]
        while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        return String(scalars)
    }

    private static let functionWords: Set<String> = [
        "the", "a", "an", "of", "in", "to", "and", "at", "for", "with", "on", "by", "from", "as", "that", "its",
        "their",
    ]

    /// A line ending in "the" or "of" was cut by a wrap, not ended by a writer.
    static func endsWithFunctionWord(_ line: String) -> Bool {
        guard let last = line.split(separator: " ").last else { return false }
        return functionWords.contains(last.lowercased())
    }
}
