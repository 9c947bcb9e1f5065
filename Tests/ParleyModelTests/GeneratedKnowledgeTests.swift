import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// The knowledge generated from Wikidata, REIGN, GLI, the CIA's lists and GeoNames, as a reader meets
/// it: leaders from every region, one person under one name, the right one of two who share a surname.
/// The sentences are written for these tests.
@Suite struct GeneratedKnowledgeTests {
    let knowledge = try! KnowledgeBase.loadBundled()

    func people(_ body: String, published: String) throws -> [String: Entity] {
        let article = try Fixtures.article(
            "---\ntitle: Visits\npublished: \(published)\n---\n\n\(body)\n", name: "generated.md")
        let entities = ArticleAnalyzer.shared.analyze(article).entities.filter { $0.kind == .person }
        return Dictionary(entities.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func leadersOfEveryRegionWithTheirYearsInOffice() {
        #expect(Set(knowledge.leaders.map(\.country)).count >= 190)
        #expect(knowledge.leaders.count >= 1_500)
        #expect(knowledge.places.count >= 1_000)
        // a leader the sources know, with the years they held office
        let lula = knowledge.leaders.first { $0.aliases.contains("Lula") || $0.name.contains("Lula") }
        #expect(lula?.country == "Brazil")
        #expect(knowledge.leaders.allSatisfy { l in l.firstYear.map { (1900...2100).contains($0) } ?? true })
        #expect(knowledge.leaders.allSatisfy { l in l.lastYear.map { $0 >= (l.firstYear ?? 0) } ?? true })
    }

    @Test func noPlainAliasNamesTwoLeaders() {
        var owners: [String: Set<String>] = [:]
        for leader in knowledge.leaders {
            for alias in leader.aliases { owners[alias.lowercased(), default: []].insert(leader.name) }
        }
        let shared = owners.filter { $0.value.count > 1 }
        #expect(shared.isEmpty, "aliases naming two leaders: \(shared.prefix(5))")
    }

    @Test func aSharedSurnameMeansTheLeaderInOfficeAtTheTime() throws {
        let body = "U.S. President Bush received the visiting envoy at the White House."
        let early = try people(body, published: "1991-05-20")
        #expect(early["George H. W. Bush"] != nil)
        let late = try people(body, published: "2005-05-20")
        #expect(late["George W. Bush"] != nil)
    }

    @Test func aSurnameRefersBackToTheFullNameTheArticleGave() throws {
        // a known leader shares the surname, but the article is about someone else
        let found = try people(
            "Rwandan economist Jean Kagame spoke in Kigali on Friday. Kagame said exports had doubled.",
            published: "2019-03-10")
        #expect(found["Jean Kagame"]?.mentions.count == 2)
        #expect(found.count == 1)
    }

    @Test func aFormerLeaderInAnotherOfficeIsNotCountedALeader() throws {
        let found = try people(
            "NATO chief Jens Stoltenberg visited Warsaw on Monday for talks on air defence.", published: "2019-02-11")
        #expect(found["Jens Stoltenberg"]?.leader == false)
    }

    @Test func aHyphenatedFamilyNameIsTheLeaderAlreadyNamed() throws {
        let found = try people(
            "Saudi Crown Prince Mohammed bin Salman Al-Saud landed in Kigali on Sunday. Rwandan President Paul Kagame welcomed Al-Saud at the airport.",
            published: "2023-06-04")
        #expect(found["Mohammed bin Salman"]?.mentions.count == 2)
        #expect(found.keys.sorted() == ["Mohammed bin Salman", "Paul Kagame"])
    }

    @Test func aSurnameAfterTheFullNameIsThatLeaderWhateverTheDate() throws {
        // undated: the most recent Bush would be the guess, but the article named the other one
        let article = try Fixtures.article(
            "Visits\n\nPresident George H. W. Bush reached London on a state visit. President Bush then met British Prime Minister John Major.\n",
            name: "undated.txt")
        let found = ArticleAnalyzer.shared.analyze(article)
        #expect(found.meetings.map { Set($0.participants) } == [["George H. W. Bush", "John Major"]])
    }

    @Test func knowledgeFilesWithWindowsLineEndsAndSpacesLoad() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in [
            ("countries.tsv", "# countries\r\nKenya\t\tKenyan\tNairobi\r\n"), ("cities.tsv", "Mombasa\tKenya\t\r\n"),
            ("venues.tsv", "State House\tNairobi\t\r\n"), ("titles.tsv", "president\tleader\tPresident\r\n"),
            ("organizations.tsv", "UN\t\t\r\n"), ("given-names.tsv", "william\r\n"),
            ("leaders.tsv", "William Ruto\tKenya\tPresident\t Ruto ; ~Bill \t2022-\r\n  \r\n"),
            ("towns.tsv", "Naivasha\tKenya\t\t198444\t\r\n"),
        ] {
            Fixtures.write(text, to: name, in: directory)
        }
        let base = try KnowledgeBase.load(directory: directory)
        let ruto = try #require(base.leaders.first)
        #expect(ruto.aliases == ["Ruto"] && ruto.contextAliases == ["Bill"])
        #expect(ruto.firstYear == 2022 && ruto.lastYear == nil)
        #expect(base.countries.first?.capital == "Nairobi")
        #expect(base.towns.first?.name == "Naivasha" && base.towns.first?.isAmbiguous == false)
    }

    @Test func aTitledSurnameIsTheLeaderNotARelativeNamedBefore() throws {
        let found = try people(
            "Spokesperson Yolande Kagame opened the fair in Kigali. Later President Kagame met the traders.",
            published: "2009-05-20")
        #expect(found["Paul Kagame"]?.leader == true)
        #expect(found["Yolande Kagame"]?.mentions.count == 1)
    }
}
