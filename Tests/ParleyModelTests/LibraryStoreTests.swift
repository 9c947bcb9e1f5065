import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct LibraryStoreTests {
    static let lima = """
        Border Talks in Lima

        Published: May 31, 2019

        The foreign ministers of Peru and Ecuador met in Lima on Thursday to discuss reopening border crossings that had been closed for two years, and agreed on a timetable for the coming months.
        """
    static let quito = """
        Quito Hosts Andean Summit

        Leaders of the Andean Community gathered in Quito for a summit on migration and trade, the first in-person meeting of the bloc's presidents since the pandemic began, officials said.
        """

    @Test func articleRoundTripsThroughAFileLibrary() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = Fixtures.write(Self.lima, to: "lima-talks.txt", in: directory)
        let path = directory.appendingPathComponent("library.sqlite").path
        do {
            let store = try LibraryStore(path: path)
            let report = try Ingester(store: store).ingest(paths: [file.path])
            #expect(report.added == ["lima-talks"])
        }
        // Reopened from disk, everything is there.
        let reopened = try LibraryStore(path: path)
        let stored = try reopened.article(id: "lima-talks")
        #expect(stored.article.title == "Border Talks in Lima")
        #expect(stored.article.published?.date.description == "2019-05-31")
        #expect(stored.article.paragraphs == (try ArticleReading.read(url: file)).paragraphs)
        #expect(try reopened.summaries().map(\.id) == ["lima-talks"])
    }

    @Test func unchangedFileIsSkippedAndChangedFileUpdatedInPlace() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = Fixtures.write(Self.lima, to: "lima.txt", in: directory)
        let store = try LibraryStore()
        let ingester = Ingester(store: store)
        #expect(try ingester.ingest(paths: [file.path]).added == ["lima"])
        #expect(try ingester.ingest(paths: [file.path]).unchanged == ["lima"])
        Fixtures.write(Self.lima.replacingOccurrences(of: "Thursday", with: "Friday"), to: "lima.txt", in: directory)
        let report = try ingester.ingest(paths: [file.path])
        #expect(report.updated == ["lima"])
        #expect(try store.articleCount() == 1)
        #expect(try store.article(id: "lima").article.text.contains("Friday"))
    }

    @Test func twoFilesWithOneNameGetDistinctIds() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        Fixtures.write(Self.lima, to: "a/summit.txt", in: directory)
        Fixtures.write(Self.quito, to: "b/summit.txt", in: directory)
        let store = try LibraryStore()
        let report = try Ingester(store: store).ingest(paths: [directory.path])
        #expect(report.added.count == 2)
        #expect(report.added.contains("summit"))
        let other = try #require(report.added.first { $0 != "summit" })
        #expect(other.hasPrefix("summit-"))
        #expect(other.count == "summit-".count + 4)
    }

    @Test func userDateIsKeptAcrossReingest() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = Fixtures.write(Self.quito, to: "quito.txt", in: directory)
        let store = try LibraryStore()
        _ = try Ingester(store: store).ingest(paths: [file.path])
        try store.setPublicationDate(id: "quito", to: CalendarDate(year: 2022, month: 6, day: 14))
        Fixtures.write(
            Self.quito + "\nA closing paragraph was added to this page later by its editors, long after the summit.",
            to: "quito.txt", in: directory)
        #expect(try Ingester(store: store).ingest(paths: [file.path]).updated == ["quito"])
        let stored = try store.article(id: "quito")
        #expect(
            stored.article.published
                == PublicationDate(date: CalendarDate(year: 2022, month: 6, day: 14), basis: "set by you"))
        #expect(stored.dateSetByUser)
        #expect(throws: LibraryError.unknownArticle("nope")) { try store.setPublicationDate(id: "nope", to: nil) }
    }

    @Test func fullTextSearchRanksAndIgnoresAccents() throws {
        let (store, _) = try Fixtures.library(["lima.txt": Self.lima, "quito.txt": Self.quito])
        let hits = try store.search("QUITO")
        #expect(hits.map(\.summary.id) == ["quito"])
        #expect(hits[0].snippet.contains("[Quito]"))
        #expect(try store.search("andé").map(\.summary.id) == ["quito"])  // prefix, accent folded
        #expect(try store.search("ecuador peru").map(\.summary.id) == ["lima"])
        #expect(try store.search("\"unbalanced OR (").isEmpty)
    }

    @Test func listIsNewestFirstWithUndatedLast() throws {
        let (store, _) = try Fixtures.library(["lima.txt": Self.lima, "quito.txt": Self.quito])
        try store.setPublicationDate(id: "quito", to: CalendarDate(year: 2020, month: 1))
        #expect(try store.summaries().map(\.id) == ["quito", "lima"])
        try store.setPublicationDate(id: "quito", to: nil)
        #expect(try store.summaries().map(\.id) == ["lima", "quito"])
    }

    @Test func exportHasEveryKeyOfTheFormat() throws {
        let (store, _) = try Fixtures.library(["lima.txt": Self.lima])
        let json = try ExportDocument(store: store).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let article = try #require((object["articles"] as? [[String: Any]])?.first)
        for key in ["id", "source", "title", "published", "published_basis", "entities", "meetings"] {
            #expect(article[key] != nil, "missing \(key)")
        }
        #expect(article["id"] as? String == "lima")
        #expect(object["timeline"] is [Any])
    }

    @Test func sampleLibraryIsEmbedded() throws {
        let store = try SampleLibrary.open()
        #expect(try store.articleCount() >= 10)
    }

    /// The sample library a newcomer first sees reads as its articles say (the samples are ours).
    @Test func sampleLibraryTimelineReadsAsWritten() throws {
        let store = try SampleLibrary.open()
        let entries = try store.timeline().map {
            [
                $0.participants.joined(separator: " & "), $0.place ?? "-", $0.date?.description ?? "-",
                $0.status.rawValue,
            ]
        }
        for expected in [
            ["Anthony Albanese & Xi Jinping", "Beijing", "2023-11-06", "held"],
            ["Emmanuel Macron & Luiz Inácio Lula da Silva", "Belém", "2024-03-26", "held"],
            ["Emmanuel Macron & Luiz Inácio Lula da Silva", "Brasília", "2024-03-28", "planned"],
            ["Donald Trump & Kim Jong Un", "Panmunjom", "2019-06-30", "held"],
            ["Cyril Ramaphosa & Volodymyr Zelenskyy", "Pretoria", "2025-04-24", "held"],
            ["Alexander Lukashenko & Robert Fico", "Beijing", "2025-09", "held"],
            ["Joe Biden & Xi Jinping", "Woodside", "2023-11-15", "held"],
        ] {
            #expect(entries.contains(expected), "\(expected)")
        }
        #expect(!entries.contains { $0[1] == "Harare" })
    }
}
