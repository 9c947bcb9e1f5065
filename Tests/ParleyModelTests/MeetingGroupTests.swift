import ParleyModel
import ParleyTestSupport
import Testing

/// Who a meeting's principals are: one meeting of three or more where the text says so, one each where
/// it does not, and officials who came along left out. Sentences written for these tests.
@Suite struct MeetingGroupTests {
    func meetings(_ body: String) throws -> Set<Set<String>> {
        let text = "---\ntitle: Diplomacy\npublished: 2024-05-15\n---\n\n" + body + "\n"
        let found = ArticleAnalyzer.shared.analyze(try Fixtures.article(text, name: "groups.md")).meetings
        return Set(found.map { Set($0.participants) })
    }

    @Test func leadersOfSeveralCountriesAtOneSummitMeetAsOne() throws {
        let found = try meetings(
            """
            Brazilian President Luiz Inácio Lula da Silva will meet Bolivian President Luis Arce, Chilean President Gabriel Boric and Colombian President Gustavo Petro in Manaus on Friday.
            The summit will discuss the Amazon basin.
            """)
        #expect(found == [["Luiz Inácio Lula da Silva", "Luis Arce", "Gabriel Boric", "Gustavo Petro"]])
    }

    @Test func withoutASharedOccasionTheyAreOneMeetingEach() throws {
        let found = try meetings(
            """
            On the margins of the assembly, Brazilian President Luiz Inácio Lula da Silva will meet Chilean President Gabriel Boric and Colombian President Gustavo Petro.
            """)
        #expect(
            found == [["Luiz Inácio Lula da Silva", "Gabriel Boric"], ["Luiz Inácio Lula da Silva", "Gustavo Petro"]])
    }

    @Test func aHostNamedAfterTheMeetingWasAtIt() throws {
        let found = try meetings(
            "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Kampala on Tuesday, hosted by Ugandan President Yoweri Museveni."
        )
        #expect(found == [["William Ruto", "Abiy Ahmed", "Yoweri Museveni"]])
    }

    @Test func pairsThatAThreeWayMeetingCoversAreThatMeeting() throws {
        let found = try meetings(
            """
            On Tuesday Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed, left, and Somali President Hassan Sheikh Mohamud, in Nairobi.
            Ruto brought the two together for their first three-way meeting in the city.
            """)
        #expect(found == [["William Ruto", "Abiy Ahmed", "Hassan Sheikh Mohamud"]])
    }

    @Test func anOfficialTheTextTitlesAsSuchIsNoPrincipal() throws {
        let found = try meetings(
            "Ugandan President Yoweri Museveni received Kenyan President William Ruto and ambassador Grace Achieng at State House on Monday."
        )
        #expect(found == [["Yoweri Museveni", "William Ruto"]])
    }

    @Test func aWelcomingPartyOfOneCountryIsLedByItsFirstNamed() throws {
        let found = try meetings(
            "On arrival at the airport, Kenyan President William Ruto was greeted by Ugandan President Yoweri Museveni, Ugandan Vice President Jessica Alupo and Ugandan Prime Minister Robinah Nabbanja."
        )
        #expect(found == [["William Ruto", "Yoweri Museveni"]])
    }

    @Test func theMembersOfADelegationAreNoMeetingOfTheirOwn() throws {
        let found = try meetings(
            """
            Kenyan President William Ruto held talks with Nigerian President Bola Tinubu in Abuja.
            The Kenyan delegation at the meeting comprised Foreign Minister Musalia Mudavadi, Trade Minister Lee Kinyanjui and Defence Minister Soipan Tuya.
            """)
        #expect(found == [["William Ruto", "Bola Tinubu"]])
    }

    @Test func bilateralMeetingsWithoutASubjectAreTheStorysSubjectMeetingEach() throws {
        let found = try meetings(
            """
            Kenyan President William Ruto spent Monday at State House in Nairobi receiving visitors.
            Bilateral meetings with Ghanaian President John Mahama and Senegalese President Bassirou Diomaye Faye took place as well.
            """)
        #expect(found == [["William Ruto", "John Mahama"], ["William Ruto", "Bassirou Diomaye Faye"]])
    }

    @Test func aClauseOfItsOwnAfterTheMeetingWordNamesNoOneWhoMet() throws {
        let found = try meetings(
            """
            Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzania's President Samia Suluhu Hassan met in Arusha on Sunday, the first such gathering since Jakaya Kikwete left office.
            """)
        #expect(found == [["William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"]])
    }

    @Test func aListWhoseNamesCarryTitlesWithOfIsOneSubject() throws {
        let found = try meetings(
            """
            The President of the Republic of Kenya, William Ruto, and the President of the Republic of Uganda, Yoweri Museveni, will meet Tanzanian President Samia Suluhu Hassan in Arusha on Thursday.
            """)
        #expect(found == [["William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"]])
    }

    @Test func theTitleAloneMeansTheOneTheStoryFollowsNotTheLastNamed() throws {
        let found = try meetings(
            """
            Mongolian Prime Minister Luvsannamsrain Oyun-Erdene held talks with Japanese Prime Minister Fumio Kishida in Tokyo on Monday.
            On Wednesday the prime minister met South Korean President Yoon Suk Yeol in Seoul.
            """)
        #expect(
            found == [
                ["Luvsannamsrain Oyun-Erdene", "Fumio Kishida"], ["Luvsannamsrain Oyun-Erdene", "Yoon Suk Yeol"],
            ])
    }
}
