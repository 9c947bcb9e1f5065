import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Whole short articles about other leaders, written for these tests: what a careful reader takes
/// from each (people, meetings, where and when), including the shapes that tripped the extractor.
@Suite struct ArticleReadingTests {
    struct Found {
        var people: [String: Entity]
        var meetings: [Meeting]
        var published: String?

        func meeting(_ names: Set<String>) -> Meeting? { meetings.first { Set($0.participants) == names } }
    }

    func read(_ text: String) throws -> Found {
        let article = try Fixtures.article(text)
        let analysis = ArticleAnalyzer.shared.analyze(article)
        let people = Dictionary(
            analysis.entities.filter { $0.kind == .person }.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        return Found(people: people, meetings: analysis.meetings, published: article.published?.date.description)
    }

    @Test func bilateralSummitInTokyoWithAnAbsoluteDate() throws {
        let found = try read(
            """
            Seoul and Tokyo turn a page

            Japan's Prime Minister Fumio Kishida and President Yoon Suk Yeol of South Korea held a summit in Tokyo on March 16, 2023, the first such trip by a Korean president in over a decade.

            Later that evening Yoon dined with Kishida in the Ginza district.
            """)
        let summit = try #require(found.meeting(["Fumio Kishida", "Yoon Suk Yeol"]))
        #expect(summit.date?.description == "2023-03-16" && summit.place == "Tokyo")
        #expect(found.meetings.count == 1)  // the dinner is the same day's meeting of the same pair
    }

    @Test func meetingMentionedAgainAfterTheTriggerStillCounts() throws {
        let found = try read(
            """
            Biden and Xi talk in Bali

            November 14, 2022

            US President Joe Biden and Chinese leader Xi Jinping met at a hotel in Bali on Monday, their first face-to-face talks since Biden took office.
            """)
        let meeting = try #require(found.meeting(["Joe Biden", "Xi Jinping"]))
        #expect(meeting.date?.description == "2022-11-14" && meeting.place == "Bali")
    }

    @Test func relativeClauseDoesNotLendItsPersonToTheSubject() throws {
        let found = try read(
            """
            Canberra and Delhi deepen ties

            March 10, 2023

            Australian Prime Minister Anthony Albanese held talks with Indian Prime Minister Narendra Modi in New Delhi on Friday.

            Foreign Minister Penny Wong, who travelled with Albanese, met External Affairs Minister Subrahmanyam Jaishankar on Thursday.
            """)
        #expect(found.meeting(["Anthony Albanese", "Narendra Modi"])?.date?.description == "2023-03-10")
        #expect(found.meeting(["Penny Wong", "Subrahmanyam Jaishankar"])?.date?.description == "2023-03-09")
        #expect(found.meeting(["Anthony Albanese", "Subrahmanyam Jaishankar"]) == nil)
    }

    @Test func spokespersonsAndCallsMakeNoMeetings() throws {
        let found = try read(
            """
            Grain on the table in Sochi

            Sept 4, 2023 | Staff reporters

            Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin at the Black Sea resort of Sochi on Monday.

            Kremlin spokesman Dmitry Peskov said the talks went on for hours.

            Erdogan had spoken by telephone with Ukrainian President Volodymyr Zelensky two days earlier.
            """)
        #expect(found.published == "2023-09-04")  // a dateline with credits beside it
        let meeting = try #require(found.meeting(["Recep Tayyip Erdoğan", "Vladimir Putin"]))
        #expect(meeting.place == "Sochi" && meeting.date?.description == "2023-09-04")
        #expect(found.meetings.count == 1)
        #expect(found.people["Dmitry Peskov"]?.leader == false)
    }

    @Test func namesWithArabicParticlesAndDatelinesWithAPlace() throws {
        let found = try read(
            """
            Cairo talks on Gaza aid

            Cairo, 18 October 2023

            Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah II at the Ittihadiya palace on Wednesday. Syrian President Bashar al-Assad did not attend.
            """)
        #expect(found.published == "2023-10-18")
        #expect(found.people["Bashar al-Assad"]?.country == "Syria")
        #expect(found.people.keys.contains { $0.hasSuffix("el-Sisi") })
        #expect(found.meetings.count == 1)
        #expect(found.meetings.first?.date?.description == "2023-10-18")
    }

    @Test func pluralTitleIsNotOneOfThePeopleAndStoryDateComesBeforePublication() throws {
        let found = try read(
            """
            Macron in the Amazon

            Published: 27 March 2024

            Brazilian President Luiz Inácio Lula da Silva welcomed French President Emmanuel Macron in Belém on Tuesday, at the start of a three-day state visit.

            Lula and Macron then crossed by boat to an island, where they met the indigenous leader Raoni Metuktire. The presidents announced a forest fund.
            """)
        let macron = try #require(found.people["Emmanuel Macron"])
        #expect(!macron.mentions.contains { $0.text.lowercased() == "presidents" })
        // The island meeting has no date of its own: it is the visit's day, not the publication day.
        let island = try #require(found.meetings.first { $0.participants.count == 3 })
        #expect(island.date?.description == "2024-03-26")
    }

    @Test func captionWithAHandshakeAndAVenueFarFromTheVerb() throws {
        let found = try read(
            """
            A red carpet in Beijing

            April 14, 2023

            Chinese President Xi Jinping (R) shakes hands with visiting Brazilian President Luiz Inácio Lula da Silva during a welcome ceremony at the Great Hall of the People in Beijing, April 14, 2023.

            Lula, who landed in Shanghai on Wednesday, spent two days there first.
            """)
        let meeting = try #require(found.meeting(["Xi Jinping", "Luiz Inácio Lula da Silva"]))
        #expect(meeting.venue == "Great Hall of the People" && meeting.place == "Beijing")
        #expect(meeting.date?.description == "2023-04-14")
        #expect(found.meetings.count == 1)
    }

    @Test func listedSubjectsMeetTogetherAndPronounsPreferTheirOwnSentence() throws {
        let found = try read(
            """
            Three leaders in Kyiv

            June 16, 2022

            The leaders of France, Germany and Italy, Emmanuel Macron, Olaf Scholz and Mario Draghi, reached Kyiv by train on Thursday, where they met Volodymyr Zelensky.

            Indonesian President Joko Widodo hosted Prime Minister Anthony Albanese in Bogor on Monday. Albanese spoke warmly of the visit.

            Widodo will travel to Tokyo next month, where he is due to hold talks with Prime Minister Fumio Kishida.
            """)
        #expect(
            found.meeting(["Emmanuel Macron", "Olaf Scholz", "Mario Draghi", "Volodymyr Zelenskyy"])?.place == "Kyiv")
        let planned = try #require(found.meeting(["Joko Widodo", "Fumio Kishida"]))
        #expect(planned.status == .planned && planned.place == "Tokyo")
        #expect(found.meeting(["Anthony Albanese", "Fumio Kishida"]) == nil)
    }

    @Test func laterMeetingsOfAVisitTakeItsPlace() throws {
        let found = try read(
            """
            Emir in Tehran

            Qatar's emir, Sheikh Tamim bin Hamad Al Thani, held talks with Iranian President Ebrahim Raisi in Tehran on Sunday. Sheikh Tamim also met Supreme Leader Ali Khamenei.
            """)
        #expect(found.meetings.count == 2)
        #expect(found.meetings.allSatisfy { $0.place == "Tehran" })
    }

    @Test func titlesWithOfAndClausesThatDateTheirOwnMeeting() throws {
        let found = try read(
            """
            Visitors at the palace

            December 30, 2025

            Israeli Prime Minister Benjamin Netanyahu met Secretary of State Marco Rubio in Washington last Thursday.

            Russian President Vladimir Putin met North Korean leader Kim Jong Un at a space centre in the Far East on Wednesday. It was their first summit since 2019, when they met in Vladivostok.
            """)
        #expect(found.meeting(["Benjamin Netanyahu", "Marco Rubio"])?.date?.description == "2025-12-25")
        let earlier = found.meetings.first { $0.place == "Vladivostok" }
        #expect(earlier?.date?.description == "2019" && earlier?.participants.count == 2)
    }

    @Test func aPlaceTheKnowledgeBaseLacksIsNotReplacedByTheStorysPlace() throws {
        let found = try read(
            """
            State visit

            10 July 2025

            British Prime Minister Keir Starmer held talks with French President Emmanuel Macron in London on Thursday. Macron had lunched with the mayor at Guildhall Yard on Wednesday with Starmer.

            Macron will meet Starmer again in Paris in the autumn, an Élysée spokesperson said.
            """)
        let lunch = try #require(found.meetings.first { $0.date?.description == "2025-07-09" })
        #expect(lunch.place == nil)  // "at Guildhall Yard": somewhere the text names, not London by default
        let planned = try #require(found.meetings.first { $0.status == .planned })
        #expect(planned.place == "Paris")  // the Élysée here is a voice, not a place
    }

    @Test func longArabicNamesAndOrganisationChiefs() throws {
        let found = try read(
            """
            Gulf visit

            Emirati President Sheikh Mohamed bin Zayed Al Nahyan held talks with Indian Prime Minister Narendra Modi in New Delhi on 9 September 2024. NATO chief Jens Stoltenberg was in Washington.
            """)
        #expect(found.meeting(["Mohamed bin Zayed Al Nahyan", "Narendra Modi"])?.date?.description == "2024-09-09")
        let stoltenberg = try #require(found.people["Jens Stoltenberg"])
        #expect(!stoltenberg.leader)
    }

    @Test func aMeetingAtASummitIsNotPlacedInTheStorysFirstCity() throws {
        let found = try read(
            """
            BRICS week

            August 22, 2023

            South African President Cyril Ramaphosa hosted Brazilian President Luiz Inácio Lula da Silva at the Union Buildings on Monday, a day before the BRICS summit opened in Johannesburg.

            Lula later met Indian Prime Minister Narendra Modi on the sidelines of the summit on Tuesday.
            """)
        #expect(found.meeting(["Cyril Ramaphosa", "Luiz Inácio Lula da Silva"])?.place == "Pretoria")
        let sidelines = try #require(found.meeting(["Luiz Inácio Lula da Silva", "Narendra Modi"]))
        #expect(sidelines.place != "Pretoria")
        #expect(sidelines.date?.description == "2023-08-22")
    }

    @Test func anInvitationIsNotWhereTheyMetAndAPlannedDateDoesNotDateWhatHappened() throws {
        let found = try read(
            """
            Parade diplomacy

            26/03/2024

            Belarusian President Alexander Lukashenko held a series of meetings in Beijing. He met Zimbabwean President Emmerson Mnangagwa, who praised the tractors Minsk had sent over the years, and invited Lukashenko to visit Harare again.

            French President Emmanuel Macron landed in Belém on Tuesday, where he was received by Brazilian President Luiz Inácio Lula da Silva. The two are expected to meet again in Brasília on Thursday.
            """)
        let mnangagwa = try #require(found.meeting(["Alexander Lukashenko", "Emmerson Mnangagwa"]))
        #expect(mnangagwa.place != "Harare")
        let held = try #require(found.meetings.first { $0.status == .held && $0.place == "Belém" })
        #expect(held.date?.description == "2024-03-26")  // not Thursday's planned date
        #expect(found.meetings.contains { $0.status == .planned && $0.date?.description == "2024-03-28" })
    }
}
