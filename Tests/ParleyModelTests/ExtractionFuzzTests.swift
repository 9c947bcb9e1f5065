import ParleyModel
import ParleyTestSupport
import Testing

/// Word soup built from the extractor's own cues (meeting words, pronouns, titles, dates, clause
/// boundaries), so every rule meets the shapes its index arithmetic is least sure of. A trap here would
/// stop a whole ingest; the test asserts only what must always hold.
@Suite struct ExtractionFuzzTests {
    static let vocabulary = [
        "met", "meet", "held", "talks", "with", "hosted", "was", "received", "by", "the", "two", "leaders", "he",
        "him", "she", "her", "they", "their", "and", ",", ";", "where", "when", "after", "before", "a", "day",
        "days", "later", "earlier", "next", "on", "Monday", "in", "Beijing", "at", "the", "White", "House",
        "President", "Xi", "Jinping", "Vladimir", "Putin", "Chinese", "Russian", "Prime", "Minister", "of",
        "India", "Narendra", "Modi", "Secretary", "State", "since", "2019", "March", "1", "2023", "will",
        "not", "never", "cancelled", "times", "summit", "sidelines", "phone", "call", "who", "said", "his",
        "counterpart", "both", "\u{201C}", "(", ")", "-", "al", "bin", "Mr", "Lukashenko", "annual", "dinner",
    ]

    /// A deterministic stream of numbers (splitmix64).
    struct Stream {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test func wordSoupNeverTrapsAndMeetingsNameFoundPeople() throws {
        var stream = Stream(state: 7)
        for round in 0..<150 {
            var sentences: [String] = []
            for _ in 0..<(1 + stream.next(4)) {
                let words = (0..<(1 + stream.next(30))).map { _ in Self.vocabulary[stream.next(Self.vocabulary.count)] }
                sentences.append(words.joined(separator: " ") + (stream.next(3) == 0 ? "" : "."))
            }
            let text = "Round \(round)\n\n---\n\n" + sentences.joined(separator: " ")
            let analysis = ArticleAnalyzer.shared.analyze(try Fixtures.article(text))
            let people = Set(analysis.entities.filter { $0.kind == .person }.map(\.name))
            for meeting in analysis.meetings {
                #expect(meeting.participants.count >= 2, "round \(round)")
                #expect(Set(meeting.participants).isSubset(of: people), "round \(round): \(text)")
            }
        }
    }

    static let pageLines = [
        "Skip to content", "Menu", "World", "By Ana Ruiz", "Published: May 9, 2024", "2 days ago", "• 3 min read",
        "Share", "https://example.org/2024/05/09/talks/", "Photo: Reuters", "Related stories", "Advertisement",
        "---", "title: Talks", "date: 2024-05-09", "# Heading", "> quote", "![alt](x.jpg)", "Sept 4, 2023 | Staff",
        "Rome, 12 February 2024", "\u{1B}[31mred\u{1B}[0m", "\u{202E}evil", "习近平会见", "Лукашенко", "🙂🙂",
        "", " ", "\t", "A", "Writer: Desk", "Comments", "2023 12 04T061815Z 1 LYNX scaled",
    ]

    @Test func pagesOfFurnitureAndStrayScriptsAlwaysRead() throws {
        var stream = Stream(state: 11)
        for round in 0..<300 {
            var lines: [String] = []
            for _ in 0..<(1 + stream.next(14)) {
                if stream.next(3) == 0 {
                    let words = (0..<(1 + stream.next(25))).map { _ in
                        Self.vocabulary[stream.next(Self.vocabulary.count)]
                    }
                    lines.append(words.joined(separator: " ") + ".")
                } else {
                    lines.append(Self.pageLines[stream.next(Self.pageLines.count)])
                }
            }
            let name = stream.next(2) == 0 ? "page.txt" : "page.md"
            let text = lines.joined(separator: stream.next(2) == 0 ? "\n" : "\n\n")
            // a page of blanks is refused as empty, by design
            guard text.contains(where: { !$0.isWhitespace }) else { continue }
            let article = try Fixtures.article(text, name: name)
            let analysis = ArticleAnalyzer.shared.analyze(article)
            // every mention points at its own text in the body
            let scalars = Array(article.text.unicodeScalars)
            for mention in analysis.entities.flatMap(\.mentions) {
                #expect(
                    mention.start >= 0 && mention.end <= scalars.count && mention.start <= mention.end, "round \(round)"
                )
            }
        }
    }
}
