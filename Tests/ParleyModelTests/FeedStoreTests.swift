import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Feeds in the library: following, renaming, removing, and surviving a repair.
@Suite struct FeedStoreTests {
    /// A library file following one local feed file of three entries, fetched once.
    static func fetchedLibrary(in directory: URL) throws -> (path: String, feed: String) {
        let feed = Fixtures.write(
            FeedFixtures.rss(items: FeedFixtures.items(feed: 5, count: 3)), to: "feed.xml", in: directory)
        let path = directory.appendingPathComponent("lib.sqlite").path
        let store = try LibraryStore(path: path)
        try store.addFeed(url: feed.path, name: "Courier")
        #expect(try FeedFetcher(store: store).fetchAll().added == 3)
        return (path, feed.path)
    }

    @Test func followingTwiceKeepsOneFeedAndTakesTheNewName() throws {
        let store = try LibraryStore()
        #expect(try store.addFeed(url: "https://harbour-courier.example/rss", name: nil))
        #expect(try !store.addFeed(url: "https://harbour-courier.example/rss", name: "Courier"))
        #expect(try store.feeds().map(\.displayName) == ["Courier"])
    }

    @Test func removingAFeedKeepsItsArticles() throws {
        let directory = Fixtures.temporaryDirectory("parley-feed-remove")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (path, _) = try Self.fetchedLibrary(in: directory)
        let store = try LibraryStore(path: path)
        #expect(try store.removeFeed("Courier")?.name == "Courier")
        #expect(try store.removeFeed("Courier") == nil)
        #expect(try store.feeds().isEmpty)
        #expect(try store.articleCount() == 3)
    }

    @Test func aRepairKeepsTheFeedsAndWhichEntriesAreStored() throws {
        let directory = Fixtures.temporaryDirectory("parley-feed-repair")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (path, feed) = try Self.fetchedLibrary(in: directory)
        let report = try LibraryRepair.repair(path: path)
        #expect(report.recovered == 3)
        let store = try LibraryStore(path: path)
        #expect(try store.feeds().map(\.url) == [feed])
        // the entries are known: fetching the same feed again adds nothing
        let again = try FeedFetcher(store: store).fetchAll()
        #expect(again.added == 0 && again.unchanged == 3)
        #expect(try store.feedNames().count == 3)
    }
}
