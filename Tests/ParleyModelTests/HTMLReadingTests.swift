import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Saved web pages of my own writing (invented outlets), read as a person would want them read: the
/// story without the site around it, its headline, credits, address and date with the evidence.
@Suite struct HTMLReadingTests {
    func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    }

    func read(_ name: String) throws -> Article {
        try ArticleReading.read(url: fixture(name))
    }

    /// Reads `html` as a page file called `name`.
    func page(_ html: String, name: String = "page.html") throws -> Article {
        try Fixtures.article(html, name: name)
    }

    @Test func pageFurnitureIsLeftOutOfTheText() throws {
        let article = try read("html-furniture.html")
        let text = article.text
        #expect(text.contains("signed a fisheries agreement on Tuesday"))
        #expect(text.contains("before celebrating."))
        for furniture in [
            "cookies", "Politics", "Share on Facebook", "Mackerel dispute flares", "Related stories", "About time",
            "Comments", "All rights reserved", "Subscribe now", "position: fixed",
        ] {
            #expect(!text.contains(furniture), "\(furniture) leaked into the text")
        }
        #expect(article.paragraphs.first?.text.hasPrefix("The foreign ministers of Norway") == true)
    }

    @Test func captionsAndHeadingsKeepTheirKinds() throws {
        let article = try read("html-furniture.html")
        let caption = try #require(article.paragraphs.first { $0.text.hasPrefix("The two ministers shake hands") })
        #expect(caption.kind == .caption)
        let heading = try #require(article.paragraphs.first { $0.text == "A panel for the stocks" })
        #expect(heading.kind == .heading)
        #expect(article.paragraphs.filter { $0.kind == .body }.count == 4)
    }

    @Test func metaGivesTitleCreditsAddressAndDate() throws {
        let article = try read("html-furniture.html")
        #expect(article.id == "html-furniture")
        #expect(article.title == "Lakeside talks end with a fisheries pact")
        #expect(article.byline == "Ines Varga")
        #expect(article.sourceName == "The Meridian Courier")
        #expect(article.canonicalURL == "https://meridian-courier.example/world/2024/03/05/lakeside-talks")
        #expect(article.source.hasSuffix("html-furniture.html"))  // the file stays the source
        #expect(article.published?.date.description == "2024-03-05")
        #expect(article.published?.basis == "meta article:published_time")
    }

    @Test func jsonLDGivesDateAuthorsPublisherAndAddress() throws {
        let article = try read("html-json-ld.html")
        #expect(article.published?.date.description == "2023-11-18")
        #expect(article.published?.basis == "JSON-LD datePublished")
        #expect(article.byline == "Tomas Reyes and Anika Holm")
        #expect(article.sourceName == "Harbourline Post")
        #expect(article.canonicalURL == "https://harbourline.example/news/ceasefire-text")
        // the <title>'s site name is cut, and the h1 the title holds is the headline
        #expect(article.title == "Envoys prepare a ceasefire text")
        #expect(article.text.hasPrefix("Mediators from Qatar and Egypt"))
    }

    @Test func timeElementDatesThePageWhenNothingElseDoes() throws {
        let article = try read("html-time-element.html")
        #expect(article.published?.date.description == "2022-07-14")
        #expect(article.published?.basis.hasPrefix("<time datetime=") == true)
    }

    @Test func visibleDatelineDatesAPageWithoutMetadata() throws {
        let article = try read("html-visible-dateline.html")
        #expect(article.published?.date.description == "2021-09-09")
        #expect(article.published?.basis.hasPrefix("dateline 'Published 9 September 2021'") == true)
        #expect(article.text.hasPrefix("The transport ministers of Chile and Argentina"))
    }

    @Test func titleComesFromOpenGraphThenTitleThenHeading() throws {
        let body =
            "<p>\(String(repeating: "The envoys met again in Vienna and spoke about the nuclear file. ", count: 3))</p>"
        let withAll = try page(
            "<html><head><meta property=\"og:title\" content=\"Envoys meet in Vienna\"><title>Vienna | Site</title></head><body><h1>A different heading</h1>\(body)</body></html>"
        )
        #expect(withAll.title == "Envoys meet in Vienna")
        let noOpenGraph = try page(
            "<html><head><title>Envoys meet again in Vienna | Danube Daily</title></head><body><h1>Unrelated heading</h1>\(body)</body></html>"
        )
        #expect(noOpenGraph.title == "Envoys meet again in Vienna")
        let headingOnly = try page("<html><body><h1>Envoys meet in Vienna once more</h1>\(body)</body></html>")
        #expect(headingOnly.title == "Envoys meet in Vienna once more")
    }

    @Test func windows1252PageIsDecodedByItsMetaCharset() throws {
        let article = try read("html-windows-1252.html")
        #expect(article.title == "Café diplomacy in Liège")
        #expect(article.text.contains("called “informal” – the first since the résumé"))
        #expect(article.text.contains("€12 million"))
        #expect(article.warnings.isEmpty)
    }

    @Test func pageWithoutCharsetThatIsNotUTF8IsReadAsWindows1252() throws {
        let html =
            "<html><body><p>The ministers met in Li\u{E8}ge and agreed on the r\u{E9}sum\u{E9} of the border talks, their aides said on Monday evening.</p></body></html>"
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("legacy.html")
        try #require(html.data(using: .windowsCP1252)).write(to: url)
        let article = try ArticleReading.read(url: url)
        #expect(article.text.contains("Liège") && article.text.contains("résumé"))
        #expect(article.warnings.contains { $0.contains("Windows-1252") })
    }

    @Test func byteOrderMarkIsNotText() throws {
        let article = try page(
            "\u{FEFF}<html><head><title>Envoys meet</title></head><body><p>The envoys met in Oslo on Friday and agreed to meet again before the summer recess.</p></body></html>"
        )
        #expect(article.text.hasPrefix("The envoys met"))
        #expect(!article.title.contains("\u{FEFF}"))
    }

    @Test func compressedPageIsReadUnderItsOwnName() throws {
        let article = try read("html-compressed.html.gz")
        #expect(article.id == "html-compressed")
        #expect(article.title == "Ministers agree a river treaty")
        #expect(article.text.hasPrefix("The water ministers of Laos and Cambodia"))
    }

    @Test func malformedMarkupIsReadAsFarAsItMakesSense() throws {
        let article = try read("html-malformed.html")
        #expect(article.text.contains("The ambassadors of Peru and Ecuador traded notes on Monday"))
        #expect(article.text.contains("A second round is planned for the spring"))
    }

    @Test func pageWhoseOnlyBoxScoresBelowZeroIsRead() throws {
        // no <html> or <body>: the list is the only box with a score, and a list's score starts negative
        let article = try page("<ol><li>The envoys met in Oslo on Friday to talk about fisheries and quotas.</li></ol>")
        #expect(article.text == "The envoys met in Oslo on Friday to talk about fisheries and quotas.")
    }

    @Test func externalEntityIsNeverRead() throws {
        // Given a file the page's DOCTYPE names as an external entity
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = Fixtures.write("SECRET-TOKEN-4471 should stay on disk", to: "secret.txt", in: directory)
        let html = try String(contentsOf: fixture("html-external-entity.html"), encoding: .utf8)
            .replacingOccurrences(of: "/SECRET_PATH", with: secret.path)
        let url = Fixtures.write(html, to: "entity.html", in: directory)
        // When the page is read
        let article = try ArticleReading.read(url: url)
        // Then the text is the page's own and the file's content is nowhere
        #expect(article.text.contains("The summit notes run to twelve pages"))
        #expect(!article.text.contains("SECRET-TOKEN"))
        #expect(!article.title.contains("SECRET-TOKEN"))
    }

    @Test func nestedEntitiesDoNotExpand() throws {
        let started = Date()
        let article = try read("html-billion-laughs.html")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(article.text.contains("Delegates laughed when the chair misread the agenda"))
        #expect(article.text.count < 2_000)
        #expect(!article.text.contains("lollol"))
    }

    @Test func pageOverTheSizeLimitIsRefusedWithItsPath() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("huge.html")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("<html>".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(ArticleReading.pageSizeLimit + 1))  // sparse: no disk used
        try handle.close()
        #expect {
            try ArticleReading.read(url: url)
        } throws: { error in
            let message = (error as? ReadError)?.description ?? ""
            return message.hasPrefix(url.path) && message.contains("too large") && message.contains("64 MB")
        }
    }

    @Test func pageWithMoreTextThanAnArticleHoldsIsCutWithAWarning() throws {
        // 9.6 MB of numbered paragraphs: within the page limit, past the limit of an article's text
        var html = "<html><body><article>"
        var number = 0
        while html.utf8.count < 9_600_000 {
            number += 1
            html += "<p>The envoys met again on day \(number) and went through the draft line by line.</p>\n"
        }
        let article = try page(html + "</article></body></html>")
        #expect(article.text.utf8.count <= ArticleReading.sizeLimit)
        #expect(article.text.hasPrefix("The envoys met again on day 1 and"))
        #expect(article.warnings == ["the page's text is cut at 8 MB, the limit of an article"])
    }

    @Test func compressedPageThatInflatesPastTheLimitIsRefused() throws {
        let gzip = URL(fileURLWithPath: "/bin/gzip")
        try #require(FileManager.default.isExecutableFile(atPath: gzip.path))
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given 65 MB of blanks behind a page start, compressed to a few dozen kilobytes
        let url = directory.appendingPathComponent("bomb.html")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("<html><body><p>".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        let blanks = Data(repeating: 0x20, count: 1_048_576)
        for _ in 0..<65 { handle.write(blanks) }
        try handle.close()
        let process = try Process.run(gzip, arguments: ["-f", url.path])
        process.waitUntilExit()
        let compressed = directory.appendingPathComponent("bomb.html.gz")
        // When it is read, Then it is refused before it is all in memory
        #expect {
            try ArticleReading.read(url: compressed)
        } throws: { error in
            (error as? ReadError)?.description
                == "\(compressed.path): too large for an article once inflated (more than 64 MB)"
        }
    }

    @Test func brokenFilesAreReportedWithTheirPathAndTheRestIngested() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02]).write(to: directory.appendingPathComponent("cut.html.gz"))
        Fixtures.write(
            "<html><head><script>var a = 1;</script></head><body><nav><a href=\"/\">Home</a></nav></body></html>",
            to: "empty.html", in: directory)
        try Data(contentsOf: fixture("html-json-ld.html")).write(to: directory.appendingPathComponent("good.html"))
        Fixtures.write("not a page", to: "notes.txt.gz", in: directory)  // only pages are read compressed
        let store = try LibraryStore()
        let report = try Ingester(store: store).ingest(paths: [directory.path])
        #expect(report.added == ["good"])
        #expect(
            report.failures.sorted() == [
                "\(directory.appendingPathComponent("cut.html.gz").path): cannot be read: not a complete gzip file",
                "\(directory.appendingPathComponent("empty.html").path): no article text found in the page",
            ])
    }

    @Test func canonicalAddressSurvivesTheLibrary() throws {
        let html = try String(contentsOf: fixture("html-furniture.html"), encoding: .utf8)
        let (store, report) = try Fixtures.library(["talks.html": html])
        #expect(report.failures.isEmpty)
        let stored = try store.article(id: "talks")
        #expect(stored.article.canonicalURL == "https://meridian-courier.example/world/2024/03/05/lakeside-talks")
    }

    @Test func escapesInAPageNeverReachTheTerminal() throws {
        // an escape written as a character reference, and one as a raw byte, in the title and the text
        let html =
            "<html><head><title>Envoys &#27;[31mmeet \u{1B}[2J</title></head><body><p>The envoys met in Oslo on Friday &#27;]0;owned&#7; \u{1B}[31m and agreed to meet again before the summer recess.</p></body></html>"
        let (store, _) = try Fixtures.library(["escape.html": html])
        let summary = try #require(try store.summaries().first)
        let stored = try store.article(id: "escape").article
        #expect(summary.title.hasPrefix("Envoys") && summary.title.hasSuffix("[2J"))
        for shown in [summary.title, DisplayText.sanitize(stored.text)] {
            #expect(!shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(shown)")
        }
        #expect(stored.text.contains("The envoys met in Oslo on Friday"))
    }
}

/// The page shapes that the first readings of real pages tripped on, in pages of my own writing.
@Suite struct HTMLPageShapeTests {
    func read(_ name: String) throws -> Article {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try ArticleReading.read(url: url)
    }

    @Test func articleCutIntoCardsIsReadWhole() throws {
        let text = try read("html-article-in-cards.html").text
        // the dateline paragraph stands in its box without a <p>; every card is kept
        #expect(text.hasPrefix("ISTANBUL - Delegates from Turkey, Ukraine and Russia agreed on Friday"))
        #expect(text.contains("joint inspection centre in Istanbul"))
        #expect(text.contains("Shipping companies said they would wait"))
        #expect(text.contains("Aid agencies welcomed the corridor"))
    }

    @Test func stateAndResponsiveClassNamesDoNotHideTheStory() throws {
        // the body says "has-sidebar modal-enabled", the story sits in a "hidden-xs" box
        let text = try read("html-article-in-cards.html").text
        #expect(text.contains("Delegates from Turkey"))
        #expect(!text.contains("Front page") && !text.contains("Ferry timetable") && !text.contains("Most read"))
    }

    @Test func embeddedPostIsQuotedButPromotedLinkIsNot() throws {
        let text = try read("html-article-in-cards.html").text
        #expect(text.contains("The first ship is loading in Odesa this morning"))
        #expect(!text.contains("Read more") && !text.contains("price of bread"))
    }

    @Test func microdataAndClosingNoticesAreLeftOut() throws {
        let text = try read("html-article-in-cards.html").text
        #expect(!text.contains("2022-07-22T10:00"))
        #expect(!text.contains("All rights reserved") && !text.contains("newsletter"))
        #expect(text.hasSuffix("told reporters on the quay."))
    }
}
