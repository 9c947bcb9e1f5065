import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct TextCleanerTests {
    func fixture(_ name: String) throws -> Article {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try ArticleReading.read(url: url)
    }

    @Test func headlineIsTheTitleNotTheNavigationLine() throws {
        let article = try fixture("furniture-widgets.txt")
        #expect(article.title == "Ministers Agree Fisheries Deal After Night of Talks in Reykjavik")
    }

    @Test func sectionNamesBeforeTheHeadlineAndNewsletterPromptsAreFurniture() throws {
        let article = try fixture("furniture-sections-newsletter.txt")
        #expect(article.title == "Orbán and Erdoğan Discuss a Gas Route in Ankara")
        #expect(article.byline == "Lena Kovács")
        #expect(article.published?.date.description == "2024-01-29")
        for furniture in ["World", "Politics", "Business", "inbox", "newsletter", "Danube"] {
            #expect(!article.text.contains(furniture), "\(furniture) stayed in the body")
        }
        #expect(article.paragraphs.filter { $0.kind == .body }.count == 2)
    }

    @Test func writerReadingTimeAndAgeWidgetsLeaveTheBody() throws {
        let article = try fixture("furniture-widgets.txt")
        #expect(article.byline == "Northern Ledger Staff")
        #expect(!article.text.contains("min read"))
        #expect(!article.text.contains("hours ago"))
        #expect(!article.text.contains("Northern Ledger"))
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.allSatisfy { $0.kind == .body })
    }

    @Test func commentAndRatingWidgetsEndTheBody() throws {
        let text = try fixture("furniture-widgets.txt").text
        for furniture in ["Comments", "Rated", "No ratings", "Add a rating", "Scroll to Top", "bottom of page"] {
            #expect(!text.contains(furniture), "\(furniture) stayed in the body")
        }
        #expect(text.hasSuffix("review stocks each spring."))
    }

    @Test func otherStoriesAfterTheBodyAreDropped() throws {
        let article = try fixture("furniture-trailing-sidebar.txt")
        #expect(article.title == "Kenya and Ethiopia Sign Power Line Accord in Addis Ababa")
        for furniture in ["Members Public", "More from", "a81f3c2e", "Somalia", "Uganda", "Front of mind"] {
            #expect(!article.text.contains(furniture), "\(furniture) stayed in the body")
        }
    }

    @Test func sectionHeadingsInsideTheBodyAreKeptAsHeadings() throws {
        let article = try fixture("furniture-trailing-sidebar.txt")
        #expect(article.paragraphs.map(\.kind) == [.body, .heading, .body])
        #expect(article.paragraphs[1].text == "Regional Implications")
    }

    @Test func captionsAreKeptAndMarkedOnceAndImageNamesDropped() throws {
        let article = try fixture("furniture-captions-and-ids.txt")
        let captions = article.paragraphs.filter { $0.kind == .caption }.map(\.text)
        #expect(captions.count == 2)
        #expect(captions[0].hasPrefix("FILE PHOTO: Argentine President Javier Milei"))
        #expect(captions[1] == "Milei (l.) and Boric in Santiago")
        #expect(!article.text.contains("KPLQZRT88Q21"))
    }

    @Test func repeatedHeadlineInTheBodyIsDroppedAndTrailingBylineKept() throws {
        let article = try fixture("furniture-captions-and-ids.txt")
        #expect(!article.text.contains("Pledge Joint Lithium Strategy"))
        #expect(article.byline == "Tomás Riquelme")
        #expect(!article.text.contains("By Tomás"))
    }

    @Test func subtitleDirectlyUnderTheHeadline() throws {
        let article = try Fixtures.article(
            """
            Leaders Meet in Nairobi

            Regional bloc hails a new era of cooperation

            President William Ruto hosted Tanzanian President Samia Suluhu Hassan at State House in Nairobi, where the two agreed to remove non-tariff barriers on their shared border within six months.
            """)
        #expect(article.subtitle == "Regional bloc hails a new era of cooperation")
        #expect(article.paragraphs.count == 1)
    }

    @Test func markdownFrontMatterAndInlineMarkupAreRead() throws {
        let article = try fixture("markdown-front-matter.md")
        #expect(article.title == "Seoul and Tokyo restart shuttle diplomacy")
        #expect(article.byline == "Hana Mori")
        #expect(article.source == "https://example.com/asia/seoul-tokyo")
        #expect(article.published?.date.description == "2023-03-16")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0].text.contains("President Yoon Suk Yeol met"))
        #expect(article.paragraphs[0].text.contains("See the joint statement for details."))
        #expect(
            article.paragraphs[1].text
                == "The two leaders agreed to resume regular visits and to drop trade restrictions imposed in 2019.")
    }

    @Test func hardWrappedPlainTextIsJoinedIntoParagraphs() throws {
        let article = try Fixtures.article(
            """
            Talks in Hanoi

            Vietnamese President To Lam received the visiting Indonesian president at the
            presidential palace in Hanoi, where the two discussed fishing rights in the South
            China Sea and a new agreement on rice exports. Officials from both governments
            said the talks were frank and that a trade delegation would follow before the
            end of the year.

            A second paragraph, also wrapped by the program that saved the page, notes that
            Indonesia is Vietnam's largest buyer of rice in Southeast Asia.
            """)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0].text.contains("at the presidential palace in Hanoi, where the two discussed"))
        #expect(article.paragraphs[0].text.contains("South China Sea"))
        #expect(article.paragraphs[1].text.hasSuffix("in Southeast Asia."))
    }

    @Test func widgetsInCapitalsOrWithCurlyApostrophesLeaveTheBody() throws {
        let article = try Fixtures.article(
            """
            Ministers Meet in Valletta

            SHARE · PRINT · EMAIL
            Malta’s prime minister welcomed the visiting Tunisian delegation on Friday for talks on fishing rights.
            Don’t miss: RELATED STORIES
            """)
        #expect(!article.text.contains("PRINT"))
        #expect(!article.text.contains("RELATED"))
        #expect(article.text.contains("Malta’s prime minister"))
    }
}
