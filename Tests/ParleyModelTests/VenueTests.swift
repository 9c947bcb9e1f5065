import ParleyModel
import ParleyTestSupport
import Testing

/// Venues Parley does not know, found from the shape of their names. The sentences are written for
/// these tests.
@Suite struct VenueTests {
    func read(_ body: String) throws -> ArticleAnalysis {
        let article = try Fixtures.article(
            "---\ntitle: Visits\npublished: 2025-05-06\n---\n\n\(body)\n", name: "venue.md")
        return ArticleAnalyzer.shared.analyze(article)
    }

    func places(_ found: ArticleAnalysis) -> Set<String> {
        Set(found.entities.filter { $0.kind == .place }.map(\.name))
    }

    @Test func aNamedPalaceOrAirportIsAPlaceAndNotAPerson() throws {
        let found = try read(
            "Ghanaian President John Mahama landed at Kotoka International Airport on Monday and later met Togolese President Faure Gnassingbé at the Jubilee House in Accra."
        )
        #expect(places(found).isSuperset(of: ["Kotoka International Airport", "Jubilee House", "Accra"]))
        #expect(!found.entities.contains { $0.kind == .person && $0.name.contains("Kotoka") })
        let meeting = try #require(found.meetings.first)
        #expect(meeting.venue == "Jubilee House" && meeting.place == "Accra")
    }

    @Test func aVenueNamedAfterAPersonIsStillAVenue() throws {
        let found = try read("Kenyan President William Ruto was welcomed at Jomo Kenyatta International Airport.")
        #expect(places(found).contains("Jomo Kenyatta International Airport"))
        #expect(!found.entities.contains { $0.kind == .person && $0.name == "Jomo Kenyatta" })
    }

    @Test func aPersonWhoseSurnameIsABuildingIsAPerson() throws {
        let found = try read(
            "Foreign Minister Stuart Hall said the talks went well, and Hotel Continental hosted the dinner.")
        #expect(!places(found).contains("Stuart Hall"))
        #expect(places(found).contains("Hotel Continental"))
    }

    @Test func venuesWithTheirNounFirstOrInLowerCase() throws {
        let found = try read(
            """
            Colombian President Gustavo Petro left the Casa de Nariño on Friday and landed at the Simón Bolívar airport in Caracas, where Nicolás Maduro received him at the Palacio de las Convenciones.
            """)
        #expect(
            places(found).isSuperset(of: ["Casa de Nariño", "Simón Bolívar airport", "Palacio de las Convenciones"]))
        // a city's airport is the city's, not a venue of its own name
        let city = try read("Argentine President Javier Milei landed at the Buenos Aires airport on Friday.")
        #expect(!places(city).contains("Buenos Aires airport"))
    }

    @Test func fortsMosquesAndSquaresAreVenues() throws {
        let found = try read(
            "Pakistani Prime Minister Shehbaz Sharif toured the Red Fort and the Jama Masjid before a rally on Azadi Square."
        )
        #expect(places(found).isSuperset(of: ["Red Fort", "Jama Masjid", "Azadi Square"]))
    }
}
