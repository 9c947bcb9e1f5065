import ParleyModel
import ParleyTestSupport
import Testing

/// Snippets a person reads under each search hit.
@Suite struct SearchSnippetTests {
    static let body = """
        Ministers arrived early. The délégation from Quito spent the morning on trade, and after lunch the talks turned to fishing rights along the coast, which neither side wanted to give up.
        """

    @Test func snippetMarksWordsIgnoringCaseAndAccentsAndCutsWithEllipses() throws {
        let (store, _) = try Fixtures.library(["coast.txt": "Coastal Talks\n\n" + Self.body])
        let hit = try #require(try store.search("DELEGATION quito").first)
        #expect(hit.snippet.contains("[délégation] from [Quito]"))
        #expect(hit.snippet.hasPrefix("…"))
        #expect(hit.snippet.hasSuffix("…"))
        #expect(!hit.snippet.contains("fishing rights along the coast"))  // a window of words, not the whole text
    }

    @Test func lastWordMatchesAsAPrefix() throws {
        let (store, _) = try Fixtures.library(["coast.txt": "Coastal Talks\n\n" + Self.body])
        let hit = try #require(try store.search("fish").first)
        #expect(hit.snippet.contains("[fishing]"))
    }
}
