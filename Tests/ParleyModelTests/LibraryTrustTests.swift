import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Derived data is never silently out of date, and a person's date is applied whole or not at all.
@Suite struct LibraryTrustTests {
    static let weekdayMeeting = """
        Border talks resume

        Malawian President Lazarus Chakwera met Zambian President Hakainde Hichilema in Lilongwe on Tuesday \
        to settle a dispute over the shared river.
        """

    static func prepared(_ text: String, name: String, in directory: URL) throws -> PreparedArticle {
        let url = Fixtures.write(text, to: name, in: directory)
        let article = try ArticleReading.read(url: url)
        return PreparedArticle(
            article: article, analysis: ArticleAnalyzer.shared.analyze(article), path: url.path,
            contentHash: String(text.hashValue))
    }

    @Test func articlesStoredWithoutTheirTimelineAreFinishedByTheNextWriter() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lib.sqlite").path
        do {
            // an add cut off after its last batch, before the timeline was rebuilt
            let store = try LibraryStore(path: path)
            let article = try Self.prepared(Self.weekdayMeeting, name: "lilongwe.txt", in: directory)
            _ = try store.save([article])
            #expect(try store.isStale())
            #expect(try store.timelineCount() == 0)
        }
        // the next command that opens the library for writing finishes it
        let reopened = try LibraryStore(path: path)
        #expect(try !reopened.isStale())
        #expect(try reopened.timelineCount() == 1)
        #expect(try reopened.problems().isEmpty)
    }

    @Test func aRepairKeepsThePersonsDateForTheMeetingsToo() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lib.sqlite").path
        do {
            let store = try LibraryStore(path: path)
            _ = try store.save([try Self.prepared(Self.weekdayMeeting, name: "lilongwe.txt", in: directory)])
            try store.refreshDerived()
            try store.correctPublicationDate(id: "lilongwe", to: CalendarDate(year: 2021, month: 3, day: 2))
        }
        _ = try LibraryRepair.repair(path: path)
        let repaired = try LibraryStore(path: path)
        // "on Tuesday" is still read against the date the person gave, not against no date at all
        #expect(try repaired.timeline().map(\.date) == [CalendarDate(year: 2021, month: 3, day: 2)])
    }

    @Test func aTimelineOutOfDateIsOneProblemNotThree() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lib.sqlite").path
        let store = try LibraryStore(path: path)
        let other = Self.weekdayMeeting.replacingOccurrences(of: "Lilongwe", with: "Lusaka")
        _ = try store.save([
            try Self.prepared(Self.weekdayMeeting, name: "a.txt", in: directory),
            try Self.prepared(other, name: "b.txt", in: directory),
        ])
        try store.refreshDerived()
        #expect(try store.problems().isEmpty)
        // a re-add of a changed first article, cut off before the rebuild: its old meeting is gone and the
        // timeline still links to it
        let changed = Self.weekdayMeeting.replacingOccurrences(of: "river", with: "lake")
        _ = try store.save([try Self.prepared(changed, name: "a.txt", in: directory)])
        let problems = try store.problems()
        #expect(problems.count == 1 && problems[0].contains("out of date"), "\(problems)")
        try store.refreshDerived()
        #expect(try store.problems().isEmpty)
    }

    @Test func staleDataIsLeftToTheWriterStillRunningAndNeverWrittenByAReader() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lib.sqlite").path
        // an add in progress: its batch is stored, its timeline not yet
        let running = try LibraryStore(path: path)
        _ = try running.save([try Self.prepared(Self.weekdayMeeting, name: "lilongwe.txt", in: directory)])
        // a second writer opening beside it leaves the work to it
        #expect(try LibraryStore(path: path).isStale())
        // a reader reads the library as it is and writes nothing
        let reader = try LibraryStore(path: path, access: .readOnly)
        #expect(try reader.isStale())
        #expect(try reader.timelineCount() == 0)
        // the running writer finishes its own work
        try running.refreshDerived()
        #expect(try !reader.isStale())
        #expect(try reader.timelineCount() == 1)
    }

    @Test func aPersonsDateAndItsClearingRedoTheMeetingsAndTheTimeline() throws {
        let (store, _) = try Fixtures.library(["lilongwe.txt": Self.weekdayMeeting])
        #expect(try store.timeline().map(\.date) == [nil])
        // 2 March 2021 was a Tuesday: "on Tuesday" is that very day
        try store.correctPublicationDate(id: "lilongwe", to: CalendarDate(year: 2021, month: 3, day: 2))
        #expect(try store.article(id: "lilongwe").meetings.map(\.date) == [CalendarDate(year: 2021, month: 3, day: 2)])
        #expect(try store.timeline().map(\.date) == [CalendarDate(year: 2021, month: 3, day: 2)])
        try store.correctPublicationDate(id: "lilongwe", to: nil)
        #expect(try store.article(id: "lilongwe").meetings.map(\.date) == [nil])
        #expect(try store.timeline().map(\.date) == [nil])
        #expect(throws: LibraryError.unknownArticle("nope")) { try store.correctPublicationDate(id: "nope", to: nil) }
    }

    @Test func aNewLibraryAppearsWholeAndADeadCreatorsDraftIsSweptAway() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // a draft left by a creator that no longer runs (pid numbers wrap far below this one)
        let abandoned = Fixtures.write("half made", to: ".lib.sqlite.creating-999999999", in: directory)
        let path = directory.appendingPathComponent("lib.sqlite").path
        _ = try LibraryStore(path: path)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!names.contains { $0.contains(".creating-") }, "\(names)")
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(try LibraryStore(path: path, access: .readOnly).problems().isEmpty)
    }

    @Test func readingNeverCreatesALibrary() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("typo.sqlite").path
        #expect(throws: LibraryError.missing(path: path)) { try LibraryStore(path: path, access: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: LibraryError.emptyPath) { try LibraryStore(path: "") }
    }
}
