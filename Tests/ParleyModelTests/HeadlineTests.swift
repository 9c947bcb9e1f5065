import ParleyModel
import ParleyTestSupport
import Testing

/// Every article has something to be shown by: its title, or when it has none the first sentence of its
/// lede; page junk is never a title. Every text here is written for these tests.
@Suite struct HeadlineTests {
    let lede =
        "Fijian Prime Minister Sitiveni Rabuka met the Tongan Prime Minister in Suva on Friday, and the two spoke about fishing rights and a shared cable. Officials called it warm."
    let second = "A second meeting is planned for the spring in Nuku'alofa."

    @Test func anArticleWithoutATitleIsShownByItsLedesFirstSentenceCutAtAWord() throws {
        let article = try Fixtures.article("\(lede)\n\n\(second)\n")
        #expect(article.title == "")
        #expect(!article.hasTitle)
        let headline = article.headline
        #expect(headline.hasPrefix("Fijian Prime Minister Sitiveni Rabuka met the Tongan"))
        #expect(headline.count <= Headline.limit)
        #expect(headline.hasSuffix("…"))
        // cut after a whole word of the lede
        #expect(lede.hasPrefix(String(headline.dropLast()) + " "))
    }

    @Test func aShortLedeIsItsWholeFirstSentenceAndInitialsDoNotEndIt() {
        let paragraphs = [
            Paragraph(.caption, "A photo of the harbour."),
            Paragraph(.body, "Gen. Ana Ruiz met U.S. envoy J. Park in Lima. They spoke of ports."),
        ]
        #expect(Headline.lede(of: paragraphs) == "Gen. Ana Ruiz met U.S. envoy J. Park in Lima.")
    }

    @Test(arguments: [
        "[an error occurred while processing this directive]",
        "Subscribe to continue reading",
        "We use cookies to improve your experience on our site",
        "| SUVA, Sept 22",
    ])
    func pageJunkIsNeverATitle(junk: String) throws {
        let article = try Fixtures.article("\(junk)\n\(lede)\n\n\(second)\n")
        #expect(article.title == "")
        #expect(article.headline.hasPrefix("Fijian Prime Minister"))
        #expect(!article.paragraphs.contains { $0.text.contains("error occurred") || $0.text.contains("cookies") })
    }

    @Test func aShortFirstLineOverABlankLineIsTheTitle() throws {
        let article = try Fixtures.article("First Story\n\n\(lede)\n\n\(second)\n")
        #expect(article.title == "First Story")
        #expect(article.paragraphs.first?.text == lede)
    }

    @Test func aBylineWrittenByByIsTheNameOnly() throws {
        let article = try Fixtures.article("Leaders meet in Suva\nBy By Jane Doe\n\n\(lede)\n\n\(second)\n")
        #expect(article.byline == "Jane Doe")
    }

    @Test func anItempropListingSeveralNamesDatesThePage() {
        let html = """
            <html><head><title>Rabuka hosts Tongan leader</title></head><body><article>
            <h1>Rabuka hosts Tongan leader</h1>
            <meta itemprop="datePublished dateCreated" content="2024-03-05T08:00:00Z">
            <p>\(lede)</p><p>\(second)</p></article></body></html>
            """
        let article = HTMLArticleReader().read(html, id: "p", source: "p.html")
        #expect(article.published?.date.description == "2024-03-05")
    }

    @Test func theLibraryListsAnUntitledArticleByItsLede() throws {
        let (store, _) = try Fixtures.library(["suva.txt": "\(lede)\n\n\(second)\n"])
        let row = try #require(try store.summaries().first)
        #expect(!row.hasTitle)
        #expect(row.title.hasPrefix("Fijian Prime Minister"))
        let stored = try store.article(id: row.id)
        #expect(stored.displayTitle == row.title)
        #expect(stored.article.title == "")
    }
}
