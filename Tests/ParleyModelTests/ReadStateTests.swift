import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Read marks in the library: counted, found in list order, marked in bulk, kept when files come back.
@Suite struct ReadStateTests {
    static func page(_ city: String, day: Int, leader: String = "Kenyan President William Ruto") -> String {
        "Talks in \(city)\n\nPublished: March \(day), 2023\n\n\(leader) met Ethiopian Prime Minister Abiy Ahmed in \(city)."
    }

    /// Four articles, newest first: d (day 4), c, b, a (day 1); b names another leader.
    func library(in directory: URL) throws -> LibraryStore {
        Fixtures.write(Self.page("Addis", day: 1), to: "a.txt", in: directory)
        Fixtures.write(
            Self.page("Mombasa", day: 2, leader: "Ugandan President Yoweri Museveni"), to: "b.txt", in: directory)
        Fixtures.write(Self.page("Kisumu", day: 3), to: "c.txt", in: directory)
        Fixtures.write(Self.page("Nakuru", day: 4), to: "d.txt", in: directory)
        let store = try LibraryStore(path: directory.appendingPathComponent("library.sqlite").path)
        _ = try Ingester(store: store).ingest(paths: [directory.path])
        return store
    }

    @Test func marksAreCountedAndFoundInListOrder() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try library(in: directory)
        #expect(try store.summaries().map(\.id) == ["d", "c", "b", "a"])
        #expect(try store.unreadCount() == 4)
        #expect(try store.markRead(id: "c"))
        #expect(try !store.markRead(id: "c"))  // already read: nothing changed
        #expect(try store.unreadCount() == 3)
        #expect(try store.unread(after: 0)?.id == "b")
        #expect(try store.unread(after: 2, forward: false)?.id == "d")
        #expect(try store.unread(after: 1, mentioning: ["William Ruto"])?.position == 2)
        #expect(try store.unread(after: 3) == nil)
        #expect(try store.markAllRead(mentioning: ["William Ruto"]) == 2)
        #expect(try store.unreadCount() == 1 && store.unreadCount(mentioning: ["William Ruto"]) == 0)
        #expect(try store.markAllRead(ids: ["b"]) == 1)
        #expect(try store.unreadCount() == 0)
        #expect(try store.markRead(id: "b", false))
        #expect(try store.unreadCount() == 1)
    }

    @Test func marksSurviveAddingTheFilesAgainChangedOrNot() throws {
        // Given two articles read
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try library(in: directory)
        try store.markRead(id: "a")
        try store.markRead(id: "d")
        // When one is rewritten and every file is added again
        Fixtures.write(Self.page("Addis Ababa", day: 1), to: "a.txt", in: directory)
        _ = try Ingester(store: store).ingest(paths: [directory.path])
        // Then both are still read
        #expect(try store.article(id: "a").article.text.contains("Addis Ababa"))
        #expect(try store.summaries().filter(\.isRead).map(\.id) == ["d", "a"])
        #expect(try store.unreadCount() == 2)
    }
}

/// The stamp the reader polls to notice another process's changes.
@Suite struct LibraryStampTests {
    @Test func anotherConnectionsWriteChangesTheStamp() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("library.sqlite").path
        let reader = try LibraryStore(path: path)
        let before = try #require(reader.changeStamp())
        #expect(reader.changeStamp() == before)
        // When a second store (another process's view) adds an article
        Fixtures.write(ReadStateTests.page("Addis", day: 1), to: "a.txt", in: directory)
        let writer = try LibraryStore(path: path)
        _ = try Ingester(store: writer).ingest(paths: [directory.appendingPathComponent("a.txt").path])
        // Then the first store's stamp differs
        #expect(reader.changeStamp() != before)
        #expect(try LibraryStore().changeStamp() == nil)
    }
}
