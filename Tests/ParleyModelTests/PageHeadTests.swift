import ParleyModel
import ParleyTestSupport
import Testing

/// How the head of a saved page is read: whether its first line is a headline, and which of the dates
/// around it is the publication date. Every page here is written for these tests.
@Suite struct PageHeadTests {
    let lede = """
        Chilean President Gabriel Boric received Uruguay's President Yamandú Orsi at La Moneda in Santiago on Tuesday, and the two discussed a bridge over the border river and shared ports.
        """
    let second = "Boric said the talks had been frank and warm, and that both countries would meet again in the spring."

    @Test func aPageThatStartsWithItsLedeHasNoHeadlineAndLosesNoText() throws {
        let article = try Fixtures.article("\(lede)\n\n\(second)\n")
        #expect(article.title == "")
        #expect(article.headline.hasPrefix("Chilean President Gabriel Boric received"))
        #expect(article.paragraphs.map(\.text) == [lede, second])
    }

    @Test func aShortUnpunctuatedFirstLineIsTheHeadline() throws {
        let article = try Fixtures.article("Boric and Orsi talk ports in Santiago\n\n\(lede)\n\n\(second)\n")
        #expect(article.title == "Boric and Orsi talk ports in Santiago")
        #expect(article.paragraphs.first?.text == lede)
    }

    @Test func aSavedExcerptsLeadingDateLineDatesItAndKeepsTheTextAfterIt() throws {
        let article = try Fixtures.article(" date 2025-06-03 \(lede)\n\n\(second)\n")
        #expect(article.published?.date.description == "2025-06-03")
        #expect(article.published?.basis.hasPrefix("date line") == true)
        #expect(article.paragraphs.first?.text == lede)

        let titled = try Fixtures.article(" date 2025-06-03 Boric and Orsi talk ports\n\n\(lede)\n")
        #expect(titled.title == "Boric and Orsi talk ports")
        #expect(titled.published?.date.description == "2025-06-03")
    }

    @Test func aLeadingDateLineWithOnlyAMonthIsNoPublicationDate() throws {
        let article = try Fixtures.article(" date 2025-06 \(lede)\n")
        #expect(article.published == nil)
        #expect(article.paragraphs.first?.text == lede)
    }

    @Test func theArticlesOwnDatelineBeatsTheRepublishersDateLine() throws {
        let article = try Fixtures.article(
            " date 2025-06-04 Boric and Orsi talk ports\n\n3 June 2025\nRadio Austral (Santiago)\n\n\(lede)\n")
        #expect(article.published?.date.description == "2025-06-03")
    }

    @Test func aDateAboveTheHeadlineLosesToALabelledOne() throws {
        let article = try Fixtures.article(
            "Wednesday December 2, 2026\n\nBoric and Orsi talk ports\n\nPublished : 4 Jun 2025, 07:15\n\n\(lede)\n")
        #expect(article.published?.date.description == "2025-06-04")
        // alone, it is still better than nothing
        let alone = try Fixtures.article("Wednesday, 4 June 2025\n\nBoric and Orsi talk ports\n\n\(lede)\n")
        #expect(alone.published?.date.description == "2025-06-04")
    }

    @Test func datelinesWithTheSitesOwnWordsBesideTheDate() throws {
        let shapes = [
            "04.06.2025 09:12:40 57": "2025-06-04",
            "(Harbour Daily App) 09:30, June 4, 2025": "2025-06-04",
            "Wed, 4 June 2025 Source: HNA": "2025-06-04",
            "Wednesday 4 June 2025 - 10:05 local time": "2025-06-04",
        ]
        for (line, date) in shapes {
            let article = try Fixtures.article("Boric and Orsi talk ports\n\(line)\n\n\(lede)\n")
            #expect(article.published?.date.description == date, "\(line)")
        }
    }

    @Test func theHeadlineIsReadForWhatTheBodyDoesNotName() throws {
        let article = try Fixtures.article(
            """
            Ramaphosa Opens Trade Fair in Durban

            The president cut the ribbon on Thursday and toured the stands of exporters from the region.
            """)
        let entities = ArticleAnalyzer.shared.analyze(article).entities
        let president = try #require(entities.first { $0.name == "Cyril Ramaphosa" })
        #expect(president.leader && president.mentions.isEmpty && president.mentionLabel == "(title)")
        #expect(entities.contains { $0.kind == .place && $0.name == "Durban" })
        // a capitalised headline word is not taken for a person
        #expect(!entities.contains { $0.name == "Opens" || $0.name == "Trade Fair" })
    }

    @Test func aMeetingOnlyTheHeadlineReportsIsKeptWithTheHeadlineAsEvidence() throws {
        let article = try Fixtures.article(
            """
            ---
            title: Ruto meets Museveni in Entebbe
            published: 2025-02-19
            ---

            The two governments signed a deal on a fuel pipeline and a rail corridor, officials said.
            """, name: "headline.md")
        let found = ArticleAnalyzer.shared.analyze(article)
        let meeting = try #require(found.meetings.first)
        #expect(Set(meeting.participants) == ["William Ruto", "Yoweri Museveni"])
        #expect(meeting.evidence.contains("Ruto meets Museveni"))
        #expect(meeting.evidenceStart == meeting.evidenceEnd)  // no sentence of the body to point at
        #expect(found.meetings.count == 1)
    }
}
