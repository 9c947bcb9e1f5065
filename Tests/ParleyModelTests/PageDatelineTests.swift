import ParleyModel
import ParleyTestSupport
import Testing

/// Publication dates as news pages print them: stamps with times and zones, wire datelines opening the
/// story, the site's "today" above the headline, and numeric dates that read two ways.
@Suite struct PageDatelineTests {
    func published(_ page: String) throws -> String? {
        try Fixtures.article(page, name: "page.txt").published?.date.description
    }

    let talks = "The two foreign ministers talked for an hour about fishing rights and the ferry route."

    @Test func stampsWithTimesZonesAndWidgets() throws {
        #expect(try published("Ferry Talks Resume\n\nMarch 9, 2011 14:05 IST\n\n\(talks)\n") == "2011-03-09")
        #expect(
            try published("Ferry Talks Resume\n\nLast Modified: 21 Feb 2013 08:30 GMT\n\n\(talks)\n") == "2013-02-21")
        #expect(try published("Ferry Talks Resume\n\n21/11/2018 7:15' Send Print\n\n\(talks)\n") == "2018-11-21")
        #expect(try published("Ferry Talks Resume\n\nPosted Sept. 12, 2009 06:40,\n\n\(talks)\n") == "2009-09-12")
        // a byline label with no name, only the date
        #expect(try published("Ferry Talks Resume\n\nBy: , October 2, 2015\n\n\(talks)\n") == "2015-10-02")
    }

    @Test func aWireDatelineOpeningTheStory() throws {
        #expect(try published("Ferry Talks Resume\n\nVALLETTA, JUNE 4, 2019 – \(talks)\n") == "2019-06-04")
        #expect(try published("Ferry Talks Resume\n\nNovember 8, 2017 (TUNIS) – \(talks)\n") == "2017-11-08")
        #expect(try published("Ferry Talks Resume\n\n14 April, 2012. \(talks)\n") == "2012-04-14")
        // no year in the dateline: the year the page states elsewhere
        let yearless =
            "Ferry Talks Resume\n\nTUNIS/VALLETTA, Nov. 8 (Reuters) -- \(talks) They last met in March 2017.\n"
        #expect(try published(yearless) == "2017-11-08")
        // a date at the start of a sentence is no dateline
        #expect(try published("Ferry Talks Resume\n\nOn 8 November 2017, the ministers met in Tunis.\n") == nil)
    }

    @Test func theSitesTodayAboveTheHeadlineGivesWayToTheStorysOwnDate() throws {
        let page = "Friday, March 3, 2023\n\nFerry Talks Resume\n\nMay 2, 2016 (TUNIS) – \(talks)\n"
        #expect(try published(page) == "2016-05-02")
        // alone, it is still the best the page gives
        #expect(try published("Friday, March 3, 2023\n\nFerry Talks Resume\n\n\(talks)\n") == "2023-03-03")
    }

    @Test func aDayFinerThanTheMonthAboveIt() throws {
        let page = "Ferry News\n\nReports, June 2014\n\nFerry Talks Resume\n\nTUNIS, June 3 (AFP) -- \(talks)\n"
        #expect(try published(page) == "2014-06-03")
    }

    @Test func aNumericDateThatReadsTwoWaysFollowsTheMonthTheStoryNames() throws {
        let dayFirst =
            "Ferry Talks Resume\n\nPublished on 04/02/2021 - 09:10\n\nOn Thursday (Feb. 4) the ministers met.\n"
        #expect(try published(dayFirst) == "2021-02-04")
        let monthFirst =
            "Ferry Talks Resume\n\nPublished on 04/02/2021 - 09:10\n\nOn Friday (April 2) the ministers met.\n"
        #expect(try published(monthFirst) == "2021-04-02")
    }
}
