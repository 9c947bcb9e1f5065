import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Meeting sentences of many shapes, written for these tests; each states who must be found.
@Suite struct MeetingExtractionTests {
    static let intro = """
        Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed, Nigerian President Bola Tinubu, Brazilian President Luiz Inácio Lula da Silva, French President Emmanuel Macron and Indian Prime Minister Narendra Modi were all in the region this month.
        """

    func meetings(_ body: String, published: String? = "2024-05-15", intro: Bool = true) throws -> [Meeting] {
        var text = "---\ntitle: Diplomacy\n"
        if let published { text += "published: \(published)\n" }
        text += "---\n\n" + (intro ? Self.intro + "\n\n" : "") + body + "\n"
        let article = try Fixtures.article(text, name: "meeting.md")
        return ArticleAnalyzer.shared.analyze(article).meetings
    }

    func pairs(_ found: [Meeting]) -> Set<[String]> { Set(found.map(\.participants)) }

    static let held: [(String, [[String]])] = [
        ("Ruto met Abiy in Nairobi on Monday.", [["Abiy Ahmed", "William Ruto"]]),
        ("Ruto met with Abiy in Nairobi.", [["Abiy Ahmed", "William Ruto"]]),
        (
            "Tinubu held talks with Ruto and Abiy in Abuja.",
            [["Bola Tinubu", "William Ruto"], ["Abiy Ahmed", "Bola Tinubu"]]
        ),
        ("Macron hosted Lula at the Élysée Palace.", [["Emmanuel Macron", "Luiz Inácio Lula da Silva"]]),
        ("Modi received Macron in New Delhi.", [["Emmanuel Macron", "Narendra Modi"]]),
        ("Lula welcomed Modi to Brasília.", [["Luiz Inácio Lula da Silva", "Narendra Modi"]]),
        ("Lula was welcomed by Macron at the airport in Paris.", [["Emmanuel Macron", "Luiz Inácio Lula da Silva"]]),
        ("Ruto and Tinubu met in Lagos.", [["Bola Tinubu", "William Ruto"]]),
        ("Abiy sat down with Modi on the sidelines of the summit.", [["Abiy Ahmed", "Narendra Modi"]]),
        ("The meeting between Macron and Modi lasted an hour.", [["Emmanuel Macron", "Narendra Modi"]]),
        (
            "At a meeting with Ruto in Nairobi, Lula praised Kenyan coffee.",
            [["Luiz Inácio Lula da Silva", "William Ruto"]]
        ),
        ("Modi and Macron review the honour guard in New Delhi.", [["Emmanuel Macron", "Narendra Modi"]]),
        ("Tinubu paid a visit to Lula in Brasília.", [["Bola Tinubu", "Luiz Inácio Lula da Silva"]]),
        ("Macron called on Abiy at his residence.", [["Abiy Ahmed", "Emmanuel Macron"]]),
        ("Modi held a meeting with Tinubu and discussed oil.", [["Bola Tinubu", "Narendra Modi"]]),
        ("Ruto shook hands with Lula before their talks.", [["Luiz Inácio Lula da Silva", "William Ruto"]]),
        ("Abiy held discussions with Macron about the dam.", [["Abiy Ahmed", "Emmanuel Macron"]]),
        ("In his conversation with Tinubu, Macron raised security.", [["Bola Tinubu", "Emmanuel Macron"]]),
        ("Macron had breakfast in Lagos. He then met Tinubu.", [["Bola Tinubu", "Emmanuel Macron"]]),
        ("Modi met his French counterpart in Paris.", [["Emmanuel Macron", "Narendra Modi"]]),
        (
            "Lula and Ruto met in Nairobi. The two leaders held talks on coffee.",
            [["Luiz Inácio Lula da Silva", "William Ruto"]]
        ),
        ("Tinubu and Abiy said they held talks with Macron.", [["Abiy Ahmed", "Bola Tinubu", "Emmanuel Macron"]]),
    ]

    @Test(arguments: held.indices)
    func meetingSentenceShapes(_ index: Int) throws {
        let (sentence, expected) = Self.held[index]
        let found = try meetings(sentence)
        #expect(pairs(found) == Set(expected), "\(sentence)")
        #expect(found.allSatisfy { $0.status == .held }, "\(sentence)")
    }

    static let notMeetings = [
        "Ruto spoke with Abiy by phone on Monday.",
        "Macron held a video call with Modi.",
        "Lula sent a letter to Tinubu about trade.",
        "Abiy invited Ruto to visit Addis Ababa next year.",
        "Modi hopes to meet Lula at some point.",
        "Tinubu said in a speech that Macron was a friend.",
        "Macron did not meet Abiy during the trip.",
        "Ruto held talks in Nairobi.",
        "Ruto has not met Abiy since 2019.",
        "Lula has never met Modi in person.",
        "The meeting between Macron and Modi in Paris was cancelled at the last minute.",
        "Tinubu and Ruto are unlikely to meet this year.",
        "Macron and Lula have met more than twenty times.",
    ]

    @Test(arguments: notMeetings)
    func sentencesThatAreNotMeetings(_ sentence: String) throws {
        #expect(try meetings(sentence).isEmpty, "\(sentence)")
    }

    static let planned: [String] = [
        "Ruto will meet Abiy in Nairobi on Friday.",
        "Modi is expected to hold talks with Macron next week.",
        "Lula is due to meet Tinubu in Abuja.",
        "Macron is visiting New Delhi for talks with Modi.",
        "Abiy and Ruto are scheduled to meet on Thursday.",
    ]

    @Test(arguments: planned)
    func plannedMeetings(_ sentence: String) throws {
        let found = try meetings(sentence)
        #expect(found.count == 1, "\(sentence)")
        #expect(found.first?.status == .planned, "\(sentence)")
    }

    @Test func relativeDatesOfEachKind() throws {
        // 2024-05-15 was a Wednesday.
        let cases: [(String, String?)] = [
            ("Ruto met Abiy on Monday.", "2024-05-13"),
            ("Ruto met Abiy yesterday.", "2024-05-14"),
            ("Ruto met Abiy today.", "2024-05-15"),
            ("Ruto met Abiy last week.", "2024-05"),
            ("Ruto met Abiy earlier this month.", "2024-05"),
            ("Ruto met Abiy last month.", "2024-04"),
            ("Ruto met Abiy on 2 March.", "2024-03-02"),
            ("Ruto met Abiy at the end of February.", "2024-02"),
            ("Ruto met Abiy in 2021.", "2021"),
            ("Ruto will meet Abiy on Friday.", "2024-05-17"),
            ("Ruto met Abiy three days ago.", "2024-05-12"),
        ]
        for (sentence, date) in cases {
            let found = try meetings(sentence)
            #expect(found.first?.date?.description == date, "\(sentence)")
        }
    }

    @Test func dateFromTheSentenceNotFromTheReportOrTheJourney() throws {
        let found = try meetings(
            "Ruto travelled to Addis Ababa on Sunday to discuss the dam with Abiy. At their meeting on Monday, Abiy promised water."
        )
        #expect(found.count == 1)
        #expect(found.first?.date?.description == "2024-05-13")
        let reported = try meetings(
            "Ruto is visiting Addis Ababa for talks with Abiy, as reported by state media on Sunday.")
        #expect(reported.first?.status == .planned)
        #expect(reported.first?.date?.description != "2024-05-12")
    }

    @Test func unknownPublicationDateLeavesWeekdaysUndated() throws {
        let found = try meetings("Ruto met Abiy in Nairobi on Monday.", published: nil)
        #expect(found.count == 1)
        #expect(found[0].date == nil)
        #expect(found[0].weekday == 1)
        #expect(found[0].place == "Nairobi")
    }

    @Test func venueAndPlaceAndEvidence() throws {
        let found = try meetings("Lula met Macron at the Élysée Palace on Monday.")
        let meeting = try #require(found.first)
        #expect(meeting.venue == "Élysée Palace")
        #expect(meeting.place == "Paris")
        #expect(meeting.evidence == "Lula met Macron at the Élysée Palace on Monday.")
    }

    @Test func visitingACountryMeansItsCapital() throws {
        let found = try meetings("Modi is visiting Kenya for talks with Ruto.")
        #expect(found.first?.place == "Nairobi")
    }

    @Test func attendeesAreNotParticipants() throws {
        let found = try meetings(
            "Ruto met Abiy in Nairobi, joined for part of the talks by Tinubu. Macron and Modi attended the talks.")
        #expect(pairs(found) == [["Abiy Ahmed", "William Ruto"]])
    }

    @Test func aSeriesOfMeetingsNamedInTheNextSentence() throws {
        let found = try meetings(
            "Macron held a series of bilateral meetings in Abuja. The leaders he saw included Ruto and Tinubu.")
        #expect(pairs(found) == [["Emmanuel Macron", "William Ruto"], ["Bola Tinubu", "Emmanuel Macron"]])
    }

    @Test func fiftyLeadersInOneSentenceDoNotBreakAnything() throws {
        let many = (1...50).map { "Malian Minister Person\($0) Name\($0)" }.joined(separator: ", ")
        let found = try meetings("Ruto held talks with \(many).", intro: true)
        #expect(found.count == 50)
        #expect(found.allSatisfy { $0.participants.contains("William Ruto") })
    }

    @Test func meetingWordWithNoPeopleAndCircularPronounsAreHarmless() throws {
        #expect(try meetings("A meeting was held. Talks were held. They met.", intro: false).isEmpty)
        #expect(try meetings("He met him. She met her. They met them.", intro: false).isEmpty)
    }

    /// Each meeting of a sentence that reports several, as (participants, place, date, status).
    func clauses(_ sentence: String) throws -> Set<[String]> {
        Set(
            try meetings(sentence).map {
                $0.participants + [$0.place ?? "-", $0.date?.description ?? "-", $0.status.rawValue]
            })
    }

    @Test func oneSentenceSeveralMeetingsEachWithItsOwnPlaceDateAndStatus() throws {
        // Published Wednesday 2024-05-15: Monday is the 13th, Tuesday the 14th, the coming Friday the 17th.
        #expect(
            try clauses("Ruto met Abiy in Nairobi on Monday and will meet Tinubu in Abuja on Friday.") == [
                ["Abiy Ahmed", "William Ruto", "Nairobi", "2024-05-13", "held"],
                ["Bola Tinubu", "William Ruto", "Abuja", "2024-05-17", "planned"],
            ])
        #expect(
            try clauses("Macron, who hosted Lula in Paris on Monday, met Modi in New Delhi on Tuesday.") == [
                ["Emmanuel Macron", "Luiz Inácio Lula da Silva", "Paris", "2024-05-13", "held"],
                ["Emmanuel Macron", "Narendra Modi", "New Delhi", "2024-05-14", "held"],
            ])
        let pairs = try meetings(
            "After meeting Modi in New Delhi on Monday, Macron flew to Abuja, where he met Tinubu."
        )
        .map { Set($0.participants) }
        #expect(Set(pairs) == [["Emmanuel Macron", "Narendra Modi"], ["Bola Tinubu", "Emmanuel Macron"]])
    }

    @Test func aCallLaterInTheSentenceLeavesTheMeetingBeforeIt() throws {
        #expect(
            try clauses("Ruto met Abiy in Nairobi on Monday and spoke by phone with Tinubu on Tuesday.") == [
                ["Abiy Ahmed", "William Ruto", "Nairobi", "2024-05-13", "held"]
            ])
        #expect(try meetings("On a video call on Monday, Ruto and Tinubu held talks on trade.").isEmpty)
    }

    @Test func summitsWithWordsBetweenAndDaysCountedFromTheDateBefore() throws {
        // "held their annual summit": a meeting phrase with filler words; "a day after": counted from Tuesday
        #expect(
            try clauses(
                "Modi and Macron held their annual summit in New Delhi on Tuesday, a day after Modi hosted Macron for dinner in Mumbai."
            ) == [
                ["Emmanuel Macron", "Narendra Modi", "New Delhi", "2024-05-14", "held"],
                ["Emmanuel Macron", "Narendra Modi", "Mumbai", "2024-05-13", "held"],
            ])
        #expect(
            try clauses("Ruto met Abiy in Nairobi on Monday. Later that day, Ruto hosted Tinubu for dinner.").contains([
                "Bola Tinubu", "William Ruto", "Nairobi", "2024-05-13", "held",
            ]))
        // "the two" followed by what people do is the pair just named; "the next day" counts from Monday
        let found = try meetings(
            "Ruto held talks with Tinubu in Lagos on Monday. The next day the two met again in Abuja.")
        #expect(Set(found.map { $0.date?.description }) == ["2024-05-13", "2024-05-14"])
        #expect(found.allSatisfy { Set($0.participants) == ["Bola Tinubu", "William Ruto"] })
    }

    @Test func anObjectPronounIsNotThePersonNamedJustBeforeIt() throws {
        let found = try meetings(
            "Modi arrived at the presidential palace in Nairobi, where Ruto greeted him on the steps. The two leaders then began talks."
        )
        #expect(pairs(found) == [["Narendra Modi", "William Ruto"]])
        #expect(found.first?.place == "Nairobi")
    }
}
