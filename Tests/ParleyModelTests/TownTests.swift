import ParleyModel
import ParleyTestSupport
import Testing

/// Towns below the cities' cut are places where the text uses them as places, and only there.
/// Sentences written for these tests.
@Suite struct TownTests {
    func analysis(_ body: String) throws -> ArticleAnalysis {
        let text = "---\ntitle: Diplomacy\npublished: 2024-05-15\n---\n\n" + body + "\n"
        return ArticleAnalyzer.shared.analyze(try Fixtures.article(text, name: "towns.md"))
    }

    func places(_ body: String) throws -> Set<String> {
        Set(try analysis(body).entities.filter { $0.kind == .place }.map(\.name))
    }

    @Test func aTownInAPlacesContextIsAPlaceAndWhereTheyMet() throws {
        let found = try analysis(
            "Ugandan President Yoweri Museveni received Kenyan President William Ruto in Jinja on Monday.")
        #expect(found.entities.contains { $0.kind == .place && $0.name == "Jinja" })
        #expect(found.meetings.first?.place == "Jinja")
    }

    @Test func aTownNamedLikeAWordNeedsInOrAt() throws {
        #expect(try places("The two ministers met in Reading on Friday.").contains("Reading"))
        #expect(try !places("Reading the statement aloud, the minister thanked his hosts.").contains("Reading"))
    }

    @Test func aMonthIsNoTownAndASurnameStaysPartOfItsName() throws {
        #expect(try places("The talks were held in March.").isEmpty)
        let people = try analysis("Indian Foreign Secretary Anil Saran briefed reporters in New Delhi.").entities
            .filter { $0.kind == .person }.map(\.name)
        #expect(people.contains("Anil Saran"))
    }

    @Test func aCityTheTextNamesWinsOverACapitalGuessedFromTheCountry() throws {
        let found = try analysis(
            """
            Kenyan President William Ruto will visit Uganda next week for talks with Ugandan President Yoweri Museveni.
            The two leaders will meet in Jinja on Saturday.
            """)
        #expect(found.meetings.count == 1)
        #expect(found.meetings.first?.place == "Jinja")
    }
}
