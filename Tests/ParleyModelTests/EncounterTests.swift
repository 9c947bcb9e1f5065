import ParleyModel
import ParleyTestSupport
import Testing

/// Who met whom in sentences that list several people, leave out a space, or say a meeting will not
/// happen. Every sentence is written for these tests.
@Suite struct EncounterTests {
    func meetings(_ body: String, published: String = "2025-03-12") throws -> [Meeting] {
        let article = try Fixtures.article(
            "---\ntitle: Visits\npublished: \(published)\n---\n\n\(body)\n", name: "encounter.md")
        return ArticleAnalyzer.shared.analyze(article).meetings
    }

    func groups(_ found: [Meeting]) -> Set<Set<String>> { Set(found.map { Set($0.participants) }) }

    @Test func twoHostsOfOneSideMakeOneEncounter() throws {
        let found = try meetings(
            "Chilean President Gabriel Boric met Japanese Prime Minister Shigeru Ishiba and Japanese Foreign Minister Takeshi Iwaya in Tokyo on Monday."
        )
        #expect(groups(found) == [["Gabriel Boric", "Shigeru Ishiba", "Takeshi Iwaya"]])
    }

    @Test func guestsOfDifferentCountriesAreMetOneByOne() throws {
        let found = try meetings(
            "Chilean President Gabriel Boric said he will meet Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa in Geneva."
        )
        #expect(groups(found) == [["Gabriel Boric", "Narendra Modi"], ["Cyril Ramaphosa", "Gabriel Boric"]])
        #expect(found.allSatisfy { $0.status == .planned })
        // a meeting still to come with no day written is dated no closer than its month
        #expect(found.allSatisfy { $0.date?.description == "2025-03" })
    }

    @Test func peopleWhoCameWithTheGuestAreNotPrincipals() throws {
        let found = try meetings(
            "Peruvian President Dina Boluarte met on Tuesday with Ecuadorian President, Daniel Noboa, who was accompanied by the ministers of trade, energy and the interior, as well as Foreign Minister Gabriela Sommerfeld."
        )
        #expect(groups(found) == [["Daniel Noboa", "Dina Boluarte"]])
    }

    @Test func aSentenceRunIntoTheNextWithoutASpaceIsTwoSentences() throws {
        let found = try meetings(
            "The talks will end with a joint statement.Gabriel Boric arrived with Foreign Minister Alberto van Klaveren.Later Boric will meet with his Argentine counterpart, Javier Milei, at the Casa Rosada."
        )
        #expect(groups(found) == [["Gabriel Boric", "Javier Milei"]])
    }

    @Test func noScheduledMeetingIsNoMeeting() throws {
        let found = try meetings(
            "Brazilian President Luiz Inácio Lula da Silva said he does not have any scheduled meetings with Venezuelan President Nicolás Maduro this week."
        )
        #expect(found.isEmpty)
    }

    @Test func aFullNameWithMiddleNamesIsTheKnownLeader() throws {
        let found = try meetings(
            "Indian Prime Minister Narendra Damodardas Modi met French President Emmanuel Jean-Michel Macron in Paris on Monday."
        )
        #expect(groups(found) == [["Narendra Modi", "Emmanuel Macron"]])
    }

    @Test func aMeetingOnArrivalTakesTheDayOfTheArrival() throws {
        let found = try meetings(
            "Kenyan President William Ruto landed in Addis Ababa on Sunday 9 March. On arrival he was received by Ethiopian Prime Minister Abiy Ahmed."
        )
        #expect(groups(found) == [["Abiy Ahmed", "William Ruto"]])
        #expect(found.first?.date?.description == "2025-03-09")
    }

    @Test func aSecondVerbAfterWillIsStillToCome() throws {
        let found = try meetings(
            "Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte in Lima on Friday and hold talks with Ecuadorian President Daniel Noboa in Quito on Saturday."
        )
        #expect(groups(found) == [["Dina Boluarte", "Gabriel Boric"], ["Daniel Noboa", "Gabriel Boric"]])
        #expect(found.allSatisfy { $0.status == .planned })
    }

    @Test func aCountrysPresidentAndPrimeMinisterAreMetOneAfterTheOther() throws {
        let found = try meetings(
            "Kenyan President William Ruto will meet German President Frank-Walter Steinmeier and German Chancellor Friedrich Merz in Berlin."
        )
        #expect(
            groups(found) == [["Frank-Walter Steinmeier", "William Ruto"], ["Friedrich Merz", "William Ruto"]])
    }

    @Test func withSaidAgainIsAnotherMeeting() throws {
        let found = try meetings(
            "Kenyan President William Ruto will meet with Germany's Foreign Minister Annalena Baerbock, and with German Economy Minister Robert Habeck."
        )
        #expect(found.count == 2)
    }

    @Test func aCounterpartNamedAfterACommaIsThatPerson() throws {
        let found = try meetings(
            "Slovak Prime Minister Robert Fico flew in with Deputy Prime Minister Tomas Taraba. In the evening the Slovak Prime Minister is to sit down with his Czech counterpart, Petr Fiala, over dinner."
        )
        #expect(groups(found) == [["Petr Fiala", "Robert Fico"]])
    }

    @Test func severalWhoCallOnOneVisitorMakeOneCallEach() throws {
        let found = try meetings(
            "Chilean President Gabriel Boric reached Brasília on Monday. Vice President Geraldo Alckmin, Foreign Minister Mauro Vieira and Senate President Davi Alcolumbre are due to call on him on Tuesday."
        )
        #expect(
            groups(found) == [
                ["Gabriel Boric", "Geraldo Alckmin"], ["Gabriel Boric", "Mauro Vieira"],
                ["Davi Alcolumbre", "Gabriel Boric"],
            ])
        #expect(found.allSatisfy { $0.status == .planned && $0.date?.description == "2025-03-18" })
    }

    @Test func aPluralTitleBeforeTwoNamesGivesBothSides() throws {
        let found = try meetings(
            "Presidents of Chile Gabriel Boric and Peru Dina Boluarte held talks today in Lima on the border crossing."
        )
        #expect(groups(found) == [["Dina Boluarte", "Gabriel Boric"]])
        #expect(found.first?.date?.description == "2025-03-12")
    }

    @Test func aDayThatOpensASentenceAboutWhatIsAheadIsTheComingOne() throws {
        let found = try meetings(
            "Chilean President Gabriel Boric arrived in Lima on Tuesday. On Friday evening, he is scheduled to meet Peruvian President Dina Boluarte at the palace."
        )
        #expect(groups(found) == [["Dina Boluarte", "Gabriel Boric"]])
        #expect(found.first?.date?.description == "2025-03-14")
        #expect(found.first?.status == .planned)
    }

    @Test func aClauseWhoseSubjectComesAfterTheMeetingWordDoesNotCrash() throws {
        // once a trap: a run-on sentence ("2016.Speaking") whose subject stands after "talks"
        let found = try meetings(
            """
            Ruto leaves St. The visitors toured a clinic built with a grant and met nurses trained abroad.
            The Samoan side was led by His Excellency Halima el-Masri, who said Samoa wanted more nurses before July 2016.Speaking after the talks, Mataʻafa said Samoa was ready, and that Ruto had agreed to a working group.
            """)
        #expect(found.allSatisfy { $0.participants.count >= 2 })
    }

    @Test func theTwoPresidentsOfTheUnionAreMetTogether() throws {
        let found = try meetings(
            "Kenyan President William Ruto met European Council President António Costa and European Commission President Ursula von der Leyen in Brussels on Monday."
        )
        #expect(groups(found) == [["António Costa", "Ursula von der Leyen", "William Ruto"]])
    }

    @Test(arguments: [
        "Ghanaian President John Mahama hosted a state banquet in honour of Ivorian President Alassane Ouattara in Accra on Monday.",
        "Ghanaian President John Mahama and Ivorian President Alassane Ouattara gave a joint press conference in Accra on Monday.",
        "Ghanaian President John Mahama had a tête-à-tête with Ivorian President Alassane Ouattara in Accra on Monday.",
    ])
    func ceremoniesWithANamedCounterpartAreMeetings(sentence: String) throws {
        let found = try meetings(sentence)
        #expect(groups(found) == [["Alassane Ouattara", "John Mahama"]])
        #expect(found.first?.place == "Accra")
    }
}
