import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// The library's indexed answers stay right as articles change: list order, search, leader counts.
@Suite struct LibraryQueryTests {
    static func talks(_ city: String, published: String, leader: String = "President Ana Ruiz of Peru") -> String {
        """
        Talks in \(city)

        Published: \(published)

        \(leader) met President Tomas Vidal of Chile in \(city) on Monday to discuss a shared water treaty and new rail links between the two countries.
        """
    }

    /// A library of two talks articles written into `directory`: Lima (2021) and Quito (2019).
    static func limaAndQuito(in directory: URL) throws -> LibraryStore {
        Fixtures.write(Self.talks("Lima", published: "March 3, 2021"), to: "lima.txt", in: directory)
        Fixtures.write(Self.talks("Quito", published: "May 9, 2019"), to: "quito.txt", in: directory)
        let store = try LibraryStore()
        _ = try Ingester(store: store).ingest(paths: [directory.path])
        return store
    }

    @Test func changedPublicationDateMovesTheArticleInTheList() throws {
        // Given two dated articles, the 2021 one listed first
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Self.limaAndQuito(in: directory)
        #expect(try store.summaries().map(\.id) == ["lima", "quito"])
        // When the Quito page is republished with a later date
        Fixtures.write(Self.talks("Quito", published: "June 1, 2023"), to: "quito.txt", in: directory)
        #expect(try Ingester(store: store).ingest(paths: [directory.path]).updated == ["quito"])
        // Then it moves to the top, with its new date
        let summaries = try store.summaries()
        #expect(summaries.map(\.id) == ["quito", "lima"])
        #expect(summaries.first?.published?.description == "2023-06-01")
        #expect(try store.allArticleIDs() == ["quito", "lima"])
    }

    @Test func searchRanksWithinTheNewestMatchesWhenThereAreMany() throws {
        // Given five articles that all mention the treaty, added in name order
        var files: [String: String] = [:]
        for (index, city) in ["Arica", "Bogota", "Cusco", "Durban", "Essen"].enumerated() {
            files["\(index)-\(city.lowercased()).txt"] = Self.talks(city, published: "May \(index + 1), 2020")
        }
        let (store, _) = try Fixtures.library(files)
        // When a search may rank only the two newest matches
        let hits = try store.search("water treaty", limit: 10, rankWindow: 2)
        // Then the hits are those two, and each snippet marks the words found
        #expect(Set(hits.map(\.summary.id)) == ["3-durban", "4-essen"])
        #expect(hits.allSatisfy { $0.snippet.contains("[water]") && $0.snippet.contains("[treaty]") })
        // And with the default window every match is ranked
        #expect(try store.search("water treaty", limit: 10).count == 5)
    }

    @Test func leaderCountsFollowArticlesThatChange() throws {
        // Given two articles naming Ana Ruiz
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Self.limaAndQuito(in: directory)
        #expect(try store.leaders(matching: "ruiz").map(\.articleCount) == [2])
        // When one page is rewritten about someone else
        Fixtures.write(
            Self.talks("Quito", published: "May 9, 2019", leader: "President Luis Ortega of Ecuador"), to: "quito.txt",
            in: directory)
        _ = try Ingester(store: store).ingest(paths: [directory.path])
        // Then the counts say so, and a leader is still marked as one
        let ruiz = try store.leaders(matching: "ruiz")
        #expect(ruiz.map(\.articleCount) == [1])
        #expect(ruiz.first?.isLeader == true)
        #expect(try store.leaders(matching: "ortega").map(\.name) == ["Luis Ortega"])
    }

    @Test func theWriterCreditedIsNeitherAPersonNorALeaderCandidate() throws {
        // Given an article credited to a writer the story never names
        let (store, _) = try Fixtures.library([
            "talks.txt":
                "Talks in Accra\n\nBy Efua Mensah-Larbi\n\nGhanaian President John Mahama met Togolese President Faure Gnassingbe in Accra on Monday."
        ])
        // Then the writer is offered nowhere a person is
        #expect(try store.leaders(matching: "efua").isEmpty)
        let people = try store.article(id: "talks").entities.filter { $0.kind == .person }.map(\.name)
        #expect(people.contains("John Mahama") && !people.contains { $0.contains("Efua") })
    }

    @Test func spellingsOfOnePersonUnifyAcrossArticlesButNotAcrossCountries() throws {
        // Given three articles: one person spelt two ways, and a namesake of another country
        let (store, _) = try Fixtures.library([
            "a.txt":
                "Talks in Chisinau\n\nMoldovan President Dmitri Olenkov met Romanian President Klaus Iohannis in Chisinau on Monday.",
            "b.txt":
                "Talks in Bucharest\n\nMoldovan President Dmitry Olenkov met Romanian President Klaus Iohannis in Bucharest on Friday.",
            "c.txt":
                "Talks in Santiago\n\nChilean Senator Dmitry Olenkov met Peruvian President Dina Boluarte in Lima on Friday.",
        ])
        // Then the Moldovan president is one person, under the first spelling the library saw
        let matches = try store.leaders(matching: "olenkov")
        #expect(matches.contains(LeaderMatch(name: "Dmitri Olenkov", articleCount: 2, isLeader: true)))
        // And the Chilean namesake stays apart
        #expect(matches.contains { $0.name == "Dmitry Olenkov" && $0.articleCount == 1 })
        // And both meetings of the president with Iohannis name him alike, while each article keeps its spelling
        let meetings = try store.timeline(participants: ["Dmitri Olenkov"])
        #expect(meetings.count == 2)
        #expect(try store.article(id: "b").article.text.contains("Dmitry Olenkov"))
        // And search by the other spelling still finds him
        #expect(try store.leaders(matching: "dmitry olenkov").contains { $0.name == "Dmitri Olenkov" })
    }
}
