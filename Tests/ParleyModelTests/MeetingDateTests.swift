import ParleyModel
import ParleyTestSupport
import Testing

/// When a meeting was, as a careful reader dates it: from its own sentence, else from the day the story
/// has reached, else from the publication date. Sentences written for these tests.
@Suite struct MeetingDateTests {
    /// 2024-05-15 is a Wednesday.
    func meetings(_ body: String, published: String = "2024-05-15") throws -> [Meeting] {
        let text = "---\ntitle: Diplomacy\npublished: \(published)\n---\n\n" + body + "\n"
        return ArticleAnalyzer.shared.analyze(try Fixtures.article(text, name: "dates.md")).meetings
    }

    func date(of person: String, in found: [Meeting]) -> String? {
        found.first { $0.participants.contains(person) }?.date?.description
    }

    @Test func aHeldMeetingWithoutADayTakesTheDayTheStoryReached() throws {
        let found = try meetings(
            """
            Kenyan President William Ruto arrived in Abuja on Monday for a two-day state visit.
            He was received at the airport by Nigerian President Bola Tinubu.
            In the evening he met Ghanaian President John Mahama, who was also in the city.
            """)
        #expect(date(of: "Bola Tinubu", in: found) == "2024-05-13")
        #expect(date(of: "John Mahama", in: found) == "2024-05-13")
        let basis = try #require(found.first { $0.participants.contains("Bola Tinubu") }?.dateBasis)
        #expect(basis.contains("'Monday'"))
    }

    @Test func aReportsOrAnOldDateIsNotTheStorysDay() throws {
        let reported = try meetings(
            """
            The ministry said on Monday that the visit was going ahead.
            Kenyan President William Ruto was received by Nigerian President Bola Tinubu in Abuja.
            """)
        #expect(date(of: "Bola Tinubu", in: reported) == "2024-05-15")
        let old = try meetings(
            """
            Kenyan President William Ruto was sworn in on 13 September 2022.
            He was received by Nigerian President Bola Tinubu in Abuja.
            """)
        #expect(date(of: "Bola Tinubu", in: old) == "2024-05-15")
    }

    @Test func aDateWrittenOutWinsOverOneCountedFromTheReport() throws {
        // written late on the 15th: "tomorrow" is the 17th the text names, not the 16th
        let found = try meetings(
            "Kenyan President William Ruto will meet Nigerian President Bola Tinubu in Abuja tomorrow, Friday, May 17."
        )
        #expect(date(of: "Bola Tinubu", in: found) == "2024-05-17")
    }

    @Test func aDayTheStoryCountsWinsOverABackgroundDateWrittenOut() throws {
        let found = try meetings(
            """
            Kenyan President William Ruto arrived in Abuja on Monday for talks on the ceasefire.
            The ceasefire had expired on May 14, two days before the vote.
            He was received by Nigerian President Bola Tinubu at the airport.
            """)
        #expect(date(of: "Bola Tinubu", in: found) == "2024-05-13")
    }

    @Test func aDocumentsDateIsNotTheDateOfTheMeetingItMentions() throws {
        let found = try meetings(
            """
            A statement dated Sunday, May 12, said the accord follows talks between Kenyan President William Ruto and Ugandan President Yoweri Museveni.
            """)
        #expect(found.count == 1)
        #expect(date(of: "William Ruto", in: found) != "2024-05-12")
    }

    @Test func aDateInARelativeClauseIsThePersonsNotTheMeetings() throws {
        let found = try meetings(
            """
            Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni, who was sworn in for another term in May 2021.
            """)
        #expect(found.count == 1)
        #expect(date(of: "William Ruto", in: found) != "2021-05")
    }

    @Test func theMeetingNamedAgainIsTheOneToldBefore() throws {
        let found = try meetings(
            """
            Kenyan President William Ruto will hold talks with Ugandan President Yoweri Museveni in Kampala on Friday.
            Aides said Mr Ruto would judge the meeting with Mr Museveni by what it did for trade.
            """)
        #expect(found.count == 1)
        #expect(found.first?.status == .planned)
        #expect(date(of: "William Ruto", in: found) == "2024-05-17")
    }

    @Test func eachOneMetTakesTheDayToldBeforeThem() throws {
        let found = try meetings(
            """
            President William Ruto met yesterday with Ugandan President Yoweri Museveni and last Friday with Tanzanian President Samia Suluhu Hassan.
            """)
        #expect(date(of: "Yoweri Museveni", in: found) == "2024-05-14")
        #expect(date(of: "Samia Suluhu Hassan", in: found) == "2024-05-10")
    }

    @Test func tonightThisMorningAndLastNightAreDaysOfTheReport() throws {
        let tonight = try meetings(
            "President William Ruto will meet Ugandan President Yoweri Museveni tonight in Nairobi.")
        #expect(date(of: "William Ruto", in: tonight) == "2024-05-15")
        let morning = try meetings(
            "President William Ruto met Ugandan President Yoweri Museveni this morning in Nairobi.")
        #expect(date(of: "William Ruto", in: morning) == "2024-05-15")
        let lastNight = try meetings(
            "President William Ruto met Ugandan President Yoweri Museveni last night in Nairobi.")
        #expect(date(of: "William Ruto", in: lastNight) == "2024-05-14")
    }

    @Test func aMeetingToldInThePresentProgressiveIsOnTheDayOfTheReport() throws {
        let found = try meetings(
            """
            President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi yesterday.
            Ruto is hosting a dinner for Ugandan President Yoweri Museveni at State House.
            """)
        let dinner = try #require(found.first { $0.participants.contains("Yoweri Museveni") })
        #expect(dinner.status == .planned)
        #expect(dinner.date?.description == "2024-05-15")
    }

    @Test func aDayGivenInARelativeClauseIsNotTheDayTheStoryHasReached() throws {
        let found = try meetings(
            """
            Sworn in for a second term this morning, President William Ruto began talks with neighbouring leaders who attended the ceremony on Tuesday.
            He met Ugandan President Yoweri Museveni at State House.
            """)
        #expect(date(of: "Yoweri Museveni", in: found) == "2024-05-15")
    }
}
