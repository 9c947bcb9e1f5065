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
        let body = "Sri Lankan President Rajapaksa received the visiting envoy at his office in Colombo."
        let early = try people(body, published: "2009-05-20")
        #expect(early["Mahinda Rajapaksa"] != nil)
        let late = try people(body, published: "2021-05-20")
        #expect(late["Gotabaya Rajapaksa"] != nil)
    }

    @Test func aSurnameRefersBackToTheFullNameTheArticleGave() throws {
        // the sources know Ireland's prime minister of the time only by a formal given name
        let found = try people(
            "Irish Taoiseach Bertie Ahern flew to Lisbon on Friday. Ahern told reporters the visit was overdue.",
            published: "2006-03-10")
        #expect(found["Bertie Ahern"]?.mentions.count == 2)
        #expect(found.count == 1)
    }

    @Test func aFormerLeaderInAnotherOfficeIsNotCountedALeader() throws {
        let found = try people(
            "NATO chief Jens Stoltenberg visited Warsaw on Monday for talks on air defence.", published: "2019-02-11")
        #expect(found["Jens Stoltenberg"]?.leader == false)
    }

    @Test func aHyphenatedFamilyNameIsTheLeaderAlreadyNamed() throws {
        let found = try people(
            "Qatari Emir Sheikh Tamim bin Hamad Al-Thani landed in Kigali on Sunday. Rwandan President Paul Kagame welcomed Al-Thani at the airport.",
            published: "2023-06-04")
        #expect(found["Tamim bin Hamad Al Thani"]?.mentions.count == 2)
        #expect(found.keys.sorted() == ["Paul Kagame", "Tamim bin Hamad Al Thani"])
    }

    @Test func aSurnameAfterTheFullNameIsThatLeaderWhateverTheDate() throws {
        // undated: the most recent Rajapaksa would be the guess, but the article named the other one
        let article = try Fixtures.article(
            "Visits\n\nPresident Mahinda Rajapaksa reached New Delhi on a state visit. President Rajapaksa then met Indian Prime Minister Manmohan Singh.\n",
            name: "undated.txt")
        let found = ArticleAnalyzer.shared.analyze(article)
        #expect(found.meetings.map { Set($0.participants) } == [["Mahinda Rajapaksa", "Manmohan Singh"]])
    }

    @Test func knowledgeFilesWithWindowsLineEndsAndSpacesLoad() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in [
            ("countries.tsv", "# countries\r\nKenya\t\tKenyan\tNairobi\r\n"), ("cities.tsv", "Mombasa\tKenya\t\r\n"),
            ("venues.tsv", "State House\tNairobi\t\r\n"), ("titles.tsv", "president\tleader\tPresident\r\n"),
            ("organizations.tsv", "UN\t\t\r\n"), ("given-names.tsv", "william\r\n"),
            ("leaders.tsv", "William Ruto\tKenya\tPresident\t Ruto ; ~Bill \t2022-\r\n  \r\n"),
        ] {
            Fixtures.write(text, to: name, in: directory)
        }
        let base = try KnowledgeBase.load(directory: directory)
        let ruto = try #require(base.leaders.first)
        #expect(ruto.aliases == ["Ruto"] && ruto.contextAliases == ["Bill"])
        #expect(ruto.firstYear == 2022 && ruto.lastYear == nil)
        #expect(base.countries.first?.capital == "Nairobi")
    }

    @Test func aTitledSurnameIsTheLeaderNotARelativeNamedBefore() throws {
        let found = try people(
            "Spokesperson Namal Rajapaksa opened the fair in Colombo. Later President Rajapaksa met the traders.",
            published: "2009-05-20")
        #expect(found["Mahinda Rajapaksa"]?.leader == true)
        #expect(found["Namal Rajapaksa"]?.mentions.count == 1)
    }
}
