import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// What the extractor must find in articles about leaders of every continent, written for these tests.
@Suite struct EntityExtractionTests {
    func entities(_ body: String, title: String = "Leaders Meet", byline: String? = nil) throws -> [Entity] {
        var text = "\(title)\n\n"
        if let byline { text += "By \(byline)\n\n" }
        text += body
        let article = try Fixtures.article(text)
        return ArticleAnalyzer.shared.analyze(article).entities
    }

    func person(_ name: String, in entities: [Entity]) -> Entity? {
        entities.first { $0.kind == .person && $0.name == name }
    }

    func names(_ kind: EntityKind, in entities: [Entity]) -> Set<String> {
        Set(entities.filter { $0.kind == kind }.map(\.name))
    }

    @Test func demonymTitleNameGivesRoleAndCountryForLeadersNotInTheKnowledgeBase() throws {
        let found = try entities(
            """
            Ghanaian President Kwesi Adjei Mensah arrived in Dakar on Tuesday, where Senegalese President Bassirou Diomaye Faye received him at the presidential palace. Mongolian President Ukhnaagiin Khurelsukh sent a message of support.
            """)
        let mahama = try #require(person("Kwesi Adjei Mensah", in: found))
        #expect(mahama.leader && mahama.role == "President" && mahama.country == "Ghana")
        let faye = try #require(person("Bassirou Diomaye Faye", in: found))
        #expect(faye.leader && faye.country == "Senegal")
        #expect(person("Ukhnaagiin Khurelsukh", in: found)?.country == "Mongolia")
        #expect(names(.country, in: found) == ["Ghana", "Senegal", "Mongolia"])
        #expect(names(.place, in: found).contains("Dakar"))
    }

    @Test func appositionsAndPossessiveTitles() throws {
        let found = try entities(
            """
            The talks were led by Duma Boko, Botswana's president, and by Sitiveni Rabuka, the prime minister of Fiji. Uruguay's President Yamandu Orsi joined them later, as did Evika Silina, Latvia's prime minister.
            """)
        #expect(person("Duma Boko", in: found)?.country == "Botswana")
        #expect(person("Duma Boko", in: found)?.role == "President")
        #expect(person("Sitiveni Rabuka", in: found)?.country == "Fiji")
        #expect(person("Sitiveni Rabuka", in: found)?.role == "Prime Minister")
        // known leaders go by their canonical spelling, accents included
        #expect(person("Yamandú Orsi", in: found)?.country == "Uruguay")
        #expect(person("Evika Siliņa", in: found)?.leader == true)
    }

    @Test func knownLeadersUnderEverySpellingBecomeOnePerson() throws {
        let found = try entities(
            """
            Aleksandr Lukashenko and Alyaksandr Lukashenka are one man, whom Minsk calls Alexander Lukashenko. Narendra Modi, whom supporters call Modi ji, met Jokowi and Lula. MBS hosted AMLO, and Erdogan spoke to Recep Tayyip Erdoğan's aides.
            """)
        let people = names(.person, in: found)
        #expect(people.contains("Alexander Lukashenko"))
        #expect(!people.contains("Aleksandr Lukashenko") && !people.contains("Alyaksandr Lukashenka"))
        for leader in [
            "Narendra Modi", "Joko Widodo", "Luiz Inácio Lula da Silva", "Mohammed bin Salman",
            "Andrés Manuel López Obrador", "Recep Tayyip Erdoğan",
        ] {
            #expect(people.contains(leader), "missing \(leader)")
        }
        #expect(person("Alexander Lukashenko", in: found)?.mentions.count == 3)
    }

    @Test func leaderTitleBeforeANameAndNamesGluedToPunctuation() throws {
        let found = try entities(
            """
            North Korean leader Kim Jong Un(centre) and Vietnamese General Secretary To Lam(left) stood beside Cuban President Miguel Diaz-Canel. Japanese Prime Minister Shigeru Ishiba sent greetings.
            """)
        #expect(person("Kim Jong Un", in: found)?.mentions.first?.text == "Kim Jong Un")
        #expect(person("To Lam", in: found)?.leader == true)
        #expect(person("Miguel Díaz-Canel", in: found) != nil)
        #expect(person("Shigeru Ishiba", in: found)?.role == "Prime Minister")
    }

    @Test func surnamesTitlesAndRolePhrasesReferToTheIntroducedPerson() throws {
        let found = try entities(
            """
            Peruvian President Dina Boluarte opened the summit in Lima. Boluarte told delegates that trade would grow. Later, President Boluarte hosted a dinner, and the Peruvian president thanked her guests.
            """)
        let boluarte = try #require(person("Dina Boluarte", in: found))
        #expect(boluarte.mentions.map(\.text) == ["Dina Boluarte", "Boluarte", "Boluarte", "Peruvian president"])
        #expect(names(.person, in: found) == ["Dina Boluarte"])
    }

    @Test func theWriterCreditedIsNotAPersonOfTheStoryAndSpokespeopleAreNotLeaders() throws {
        let found = try entities(
            """
            Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. Government spokesperson Isaac Mwaura said the meeting went well, and analyst Nanjala Nyabola said it was overdue.
            """, byline: "Wanjiru Kamau")
        #expect(person("Wanjiru Kamau", in: found) == nil)
        #expect(person("Isaac Mwaura", in: found)?.leader == false)
        #expect(person("Nanjala Nyabola", in: found)?.leader == false)
        #expect(person("William Ruto", in: found)?.leader == true)
        #expect(person("Abiy Ahmed", in: found)?.leader == true)
    }

    @Test func desksAndPublicationsInBylinesAreNotPeople() throws {
        let found = try entities(
            "Kenyan President William Ruto spoke in Nairobi on trade.", byline: "Nairobi Business Desk")
        #expect(names(.person, in: found) == ["William Ruto"])
    }

    @Test func organisationsPlacesAndVenues() throws {
        let found = try entities(
            """
            At the Union Buildings in Pretoria, South African President Cyril Ramaphosa said the African Union and the United Nations should work with BRICS, according to Reuters and Xinhua.
            """)
        #expect(names(.place, in: found) == ["Union Buildings", "Pretoria"])
        #expect(names(.organization, in: found) == ["African Union", "United Nations", "BRICS", "Reuters", "Xinhua"])
    }

    @Test func capitalisedWordsThatAreNotPeopleStayOut() throws {
        let found = try entities(
            """
            The China Belarus Industrial Park and the Belt and Road Initiative were discussed. Discussions focused on trade. Analysts Will Watch The Outcome Closely.
            """)
        #expect(names(.person, in: found).isEmpty)
    }

    @Test func datesAreResolvedAgainstThePublicationDate() throws {
        let article = try Fixtures.article(
            "---\ntitle: Talks\npublished: 2024-05-15\n---\n\nThe leaders met on Monday, a week after talks on March 1, 2023 and in February 2022; more talks are due on 21 June and will follow next month. Earlier this month officials met, and last week envoys did.\n",
            name: "dates.md")
        let dates = ArticleAnalyzer.shared.analyze(article).entities.filter { $0.kind == .date }
        let byText = Dictionary(dates.flatMap { e in e.mentions.map { ($0.text, (e.name, e.role)) } }) { a, _ in a }
        #expect(byText["Monday"]?.0 == "2024-05-13")
        #expect(byText["March 1, 2023"]?.0 == "2023-03-01")
        #expect(byText["February 2022"]?.0 == "2022-02")
        #expect(byText["21 June"]?.0 == "2024-06-21")
        #expect(byText["next month"]?.0 == "2024-06")
        #expect(byText["Earlier this month"]?.0 == "2024-05")
        #expect(byText["last week"]?.0 == "2024-05")
        #expect(byText["March 1, 2023"]?.1 == "day")
    }

    @Test func datesWithoutAnAnchorSayUnknown() throws {
        let dates = try entities("The presidents met on Wednesday, after a visit in June.").filter { $0.kind == .date }
        #expect(dates.map(\.name) == ["Wednesday", "June"])
        #expect(dates.allSatisfy { $0.role == "unknown" })
    }

    @Test func mixedScriptsAreKeptAsMentions() throws {
        let found = try entities(
            "习近平 met Владимир Путин in Moscow, and Лукашенко waited in Minsk with Xi Jinping's envoy.")
        #expect(person("Xi Jinping", in: found)?.mentions.map(\.text).contains("习近平") == true)
        #expect(person("Vladimir Putin", in: found)?.mentions.first?.text == "Владимир Путин")
        #expect(names(.place, in: found) == ["Moscow", "Minsk"])
    }

    @Test func noEntitiesLongLinesAndCapitalisedFloodsAreHandled() throws {
        #expect(try entities("nothing here names anyone or anywhere at all, it is only lower case text.").isEmpty)
        let flood = (0..<10_000).map { "Word\($0 % 97)" }.joined(separator: " ")
        let found = try entities(flood + ".")
        #expect(names(.person, in: found).isEmpty)
        let long = String(repeating: "Chinese President Xi Jinping and ", count: 3_000) + "more."
        #expect(person("Xi Jinping", in: try entities(long))?.mentions.count == 3_000)
    }

    @Test func mentionOffsetsPointAtTheirTextInTheCleanedBody() throws {
        let article = try Fixtures.article(
            "A Title\n\nIn Kyiv, Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda.\n")
        let scalars = Array(article.text.unicodeScalars)
        for entity in ArticleAnalyzer.shared.analyze(article).entities {
            for mention in entity.mentions {
                #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
            }
        }
    }

    @Test func shippedKnowledgeLoadsAndCoversEveryUNMemberWithDemonyms() throws {
        let knowledge = try KnowledgeBase.loadBundled()
        #expect(knowledge.countries.count >= 193)
        #expect(knowledge.countries.first { $0.name == "Belarus" }?.demonyms.contains("Belarussian") == true)
        #expect(knowledge.leaders.count >= 100)
        #expect(knowledge.titles.contains { $0.phrase == "spokesperson" && !$0.isLeader })
    }

    @Test func malformedKnowledgeFileIsReportedWithFileAndLine() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        Fixtures.write(
            "# titles\npresident\tleader\tPresident\nspokesperson\tmaybe\tSpokesperson\n", to: "titles.tsv",
            in: directory)
        Fixtures.write("# countries\nBelarus\t\tBelarusian\tMinsk\n", to: "countries.tsv", in: directory)
        Fixtures.write("# cities\nBrest\tBelarus\t\n", to: "cities.tsv", in: directory)
        Fixtures.write("# venues\nPalace\tMinsk\t\n", to: "venues.tsv", in: directory)
        Fixtures.write("# orgs\nUN\t\t\n", to: "organizations.tsv", in: directory)
        Fixtures.write("# leaders\nA B\tBelarus\tPresident\t\n", to: "leaders.tsv", in: directory)
        let path = directory.appendingPathComponent("titles.tsv").path
        #expect(
            throws: KnowledgeError.malformed(
                file: path, line: 3, reason: "the second column must be 'leader' or 'other', not 'maybe'")
        ) {
            try KnowledgeBase.load(directory: directory)
        }
        Fixtures.write("# cities\nBrest\tAtlantis\t\n", to: "cities.tsv", in: directory)
        let cities = directory.appendingPathComponent("cities.tsv").path
        #expect(throws: KnowledgeError.malformed(file: cities, line: 2, reason: "unknown country 'Atlantis'")) {
            try KnowledgeBase.load(directory: directory)
        }
    }

    @Test func shortSentenceWithACapitalisedCastIsNotMistakenForAHeadline() throws {
        // Every long word but the verb is a name or a title: still a sentence, because "met" is lower case.
        let found = try entities("President Luis Ortega met President Tomas Vidal in Quito.")
        #expect(person("Luis Ortega", in: found)?.leader == true)
        #expect(person("Tomas Vidal", in: found)?.role == "President")
    }

    @Test func firstNameBeforeAKnownLeadersSurnameIsAnotherPerson() throws {
        // "Ortega" alone may mean a known leader; "Luis Ortega" of Ecuador is someone else, named in full.
        let found = try entities("President Luis Ortega of Ecuador welcomed the delegation on Friday.")
        let ortega = try #require(person("Luis Ortega", in: found))
        #expect(ortega.country == "Ecuador" && ortega.leader)
        #expect(person("Luis", in: found) == nil)
    }

    @Test func peopleNamedWithoutATitleAreFoundByTheirGivenName() throws {
        let found = try entities(
            """
            Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. Jake Sullivan and Maria Zakharova were also in town, according to Olena Zelenska. Frank Talks Continue was the name of the session, as the talks continue.
            """)
        for name in ["Jake Sullivan", "Maria Zakharova", "Olena Zelenska"] {
            #expect(person(name, in: found)?.leader == false, "\(name)")
        }
        #expect(person("Frank Talks Continue", in: found) == nil)  // a headline-like run is not a name
        #expect(names(.person, in: found).count == 5)
    }

    @Test func aMonarchsNameWithoutItsNumberIsTheMonarchOfTheCountryNamed() throws {
        let found = try entities(
            "Jordan's King Abdullah and Morocco's King Mohammed spoke at the forum in Rabat on Monday.",
            title: "Forum in Rabat")
        #expect(person("Abdullah II of Jordan", in: found)?.leader == true)
        #expect(person("Mohammed VI of Morocco", in: found)?.leader == true)
        #expect(person("Abdullah Abdullah", in: found) == nil)
    }

    @Test func aTitleAfterACommaGoesWithTheNameAfterIt() throws {
        let found = try entities(
            "In remarks shared with The Chronicle, President William Ruto's aides said the talks went well.",
            title: "Talks in Nairobi")
        #expect(names(.person, in: found) == ["William Ruto"])
    }
}
