import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct PublicationDateTests {
    let body = """
        The foreign ministers of Peru and Ecuador met in Lima to discuss the reopening of border crossings that had been closed since the pandemic, and agreed on a timetable for the coming months.
        """

    func published(_ header: String, name: String = "page.txt") throws -> PublicationDate? {
        try Fixtures.article("Border Talks in Lima\n\n\(header)\n\n\(body)\n", name: name).published
    }

    @Test func frontMatterComesFirst() throws {
        let article = try Fixtures.article(
            "---\ntitle: Border talks\npublished: 2022-08-09\n---\n\nPublished: May 31, 2019\n\n\(body)\n", name: "a.md"
        )
        #expect(
            article.published
                == PublicationDate(date: CalendarDate(year: 2022, month: 8, day: 9), basis: "front matter"))
    }

    @Test func dateInThePageAddressAndDatelinesWithPlacesOrCredits() throws {
        let fromAddress = try #require(try published("https://news.example.org/world/2024/03/05/border-talks/"))
        #expect(fromAddress.date.description == "2024-03-05")
        #expect(fromAddress.basis.contains("page address"))
        #expect(try published("https://news.example.org/world/border-talks") == nil)
        #expect(try published("Lima, 12 February 2024")?.date.description == "2024-02-12")
        #expect(try published("Sept 4, 2023 | Staff reporters")?.date.description == "2023-09-04")
    }

    @Test func publishedDateline() throws {
        let date = try #require(try published("Published: May 31, 2019"))
        #expect(date.date.description == "2019-05-31")
        #expect(date.basis.contains("dateline"))
    }

    @Test func lastUpdatedDatelineWithWeekdayAndTime() throws {
        #expect(try published("Last Updated: Sunday, June 25, 2017 - 10:15")?.date.description == "2017-06-25")
    }

    @Test func postedOnNumericDate() throws {
        #expect(try published("Posted on 12/04/2023")?.date.description == "2023-12-04")
        #expect(try published("Posted on 25/04/2023")?.date.description == "2023-04-25")
    }

    @Test func lineHoldingLittleButADate() throws {
        #expect(try published("2021-11-02")?.date.description == "2021-11-02")
        #expect(try published("March 3, 2020")?.date.description == "2020-03-03")
    }

    @Test func monthOnlyDatelineKeepsMonthPrecision() throws {
        let date = try #require(try published("Published: February 2022"))
        #expect(date.precision == .month)
        #expect(date.date.description == "2022-02")
    }

    @Test func imageFileNameDate() throws {
        let date = try #require(try published("2021 07 14T101500Z 1 ABCDEF12345 RTRMADP 3 PERU ECUADOR scaled"))
        #expect(date.date.description == "2021-07-14")
        #expect(date.basis.hasPrefix("image file name"))
    }

    @Test func aCaptionDatesItsPhotoNotThePage() throws {
        #expect(try published("The two ministers in Lima, Peru, on October 3, 2022. Photo: Andina") == nil)
        #expect(try published("FILE PHOTO: The two ministers in Lima on October 3, 2018. REUTERS/Archive") == nil)
    }

    @Test func relativeAgeNeedsACaptureDate() throws {
        #expect(try published("• 2 days ago") == nil)
        let article = try Fixtures.article(
            "---\ntitle: Border talks\ncaptured: 2024-02-10\n---\n\n2 days ago\n\n\(body)\n", name: "b.md")
        #expect(article.published?.date.description == "2024-02-08")
    }

    @Test func noEvidenceMeansNoDate() throws {
        #expect(try published("Peru and Ecuador") == nil)
    }

    @Test func aStampInTheSitesOwnLanguage() throws {
        // month names from the CLDR: Polish genitive, German with the day's dot, Spanish with "de"
        #expect(try published("14 marca 2019")?.date.description == "2019-03-14")
        #expect(try published("3. März 2021")?.date.description == "2021-03-03")
        #expect(try published("12 de febrero de 2019")?.date.description == "2019-02-12")
        #expect(try published("17 февраля 2026")?.date.description == "2026-02-17")
        // a name two languages give to different months dates nothing
        #expect(try published("5 listopad 2015") == nil)
    }
}
