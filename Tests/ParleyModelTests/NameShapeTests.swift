import ParleyModel
import ParleyTestSupport
import Testing

/// Names as news writes them: honorifics before them, initials inside them, a title before a comma.
/// The sentences are written for these tests.
@Suite struct NameShapeTests {
    func people(_ body: String) throws -> [String: Entity] {
        let article = try Fixtures.article("Talks in the region\n\n\(body)\n")
        let entities = ArticleAnalyzer.shared.analyze(article).entities.filter { $0.kind == .person }
        return Dictionary(entities.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func honorificsAreNotPartOfTheName() throws {
        let found = try people(
            "Former Prime Minister Tan Sri Muhyiddin Yassin met HE Mohamed Irfaan Ali, and Datuk Seri Fadillah Yusof said the talks went well."
        )
        #expect(found["Muhyiddin Yassin"] != nil)
        #expect(found["Irfaan Ali"] != nil)  // the name he is known by
        #expect(found["Fadillah Yusof"] != nil)
        #expect(!found.keys.contains { $0.hasPrefix("Tan Sri") || $0.hasPrefix("HE ") || $0.hasPrefix("Datuk") })
    }

    @Test func aMiddleInitialIsDroppedALeadingOneKept() throws {
        let found = try people(
            "Zambian President Hakainde H. Hichilema welcomed Indian Minister S. K. Menon to Lusaka on a warm afternoon."
        )
        #expect(found["Hakainde Hichilema"]?.leader == true)
        #expect(found["S. K. Menon"] != nil)
        #expect(found["Hakainde H"] == nil)
    }

    @Test func aTitleAfterAPossessivePronounNamesThePersonAfterTheComma() throws {
        let found = try people(
            "Bolivia's leader hosted his Peruvian counterpart, Dina Boluarte, for talks on the shared lake.")
        let boluarte = try #require(found["Dina Boluarte"])
        #expect(boluarte.leader && boluarte.country == "Peru")
    }

    @Test func portfolioWordsAreNotPeople() throws {
        let found = try people(
            "The delegation included the Deputy Prime Minister for Defence Affairs and the head of the Investment Authority."
        )
        #expect(found.isEmpty)
    }

    @Test func anAcademicTitleAndGluedInitialsAreNotTheName() throws {
        let found = try people(
            "Trade Minister Prof. K.B. Mensah and Finance Minister Dr. Kofi Boateng opened the fair in Accra."
        )
        #expect(found["K.B. Mensah"]?.leader == true)
        #expect(found["Kofi Boateng"] != nil)
        #expect(found["Prof"] == nil && found["K."] == nil)
    }

    @Test func aKnownSingleNameFollowedByBinIsAnotherPerson() throws {
        let found = try people(
            "Interior Minister Khalid bin Rashid al-Mansouri welcomed the delegation on Sunday."
        )
        #expect(found["Khalid bin Rashid al-Mansouri"]?.leader == true)
        #expect(found.count == 1)
    }

    @Test func aCabinetChiefLeadsAndACommissionChairDoesNot() throws {
        let found = try people(
            "Cabinet Chief Guillermo Francos met Electoral Commission Chairman Pablo Ortega in Buenos Aires."
        )
        #expect(found["Guillermo Francos"]?.leader == true)
        #expect(found["Pablo Ortega"]?.leader == false)
    }
}
