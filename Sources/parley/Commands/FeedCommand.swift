import ArgumentParser
import Foundation
import ParleyModel

/// `parley feed add|list|remove|import|export`: the feeds the library follows.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed", abstract: "Follow news feeds (RSS, RDF, Atom); `parley fetch` reads them.",
        subcommands: [AddFeed.self, ListFeeds.self, RemoveFeed.self, ImportFeeds.self, ExportFeeds.self])

    /// The address to store for a feed: a web address as given, a file as its absolute path.
    static func address(of text: String) throws -> String {
        let path = URL(fileURLWithPath: text).standardizedFileURL.path
        if !HTTPFetcher.looksLikeAddress(text), FileManager.default.fileExists(atPath: path) { return path }
        // "javascript:…" or "mailto:…" is no file either: say which schemes are followed
        guard HTTPFetcher.looksLikeAddress(text) || text.contains(":") else {
            throw Fail.with(ReadError.missing(text).description, .input)
        }
        do {
            _ = try HTTPFetcher.webURL(text)
        } catch {
            throw Fail.with("\(text): \(error.description)", .usage)
        }
        return text
    }

    static func run<T>(_ body: () throws(LibraryError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Fail.library(error)
        }
    }
}

/// `parley feed add URL|FILE [--name NAME]`.
struct AddFeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Follow a feed at an http(s) address or in a file.")

    @OptionGroup var options: LibraryOptions
    @Option(help: "The name the feed is shown under (default: the feed's own title).") var name: String?
    @Argument(help: "The feed's address (http or https) or file.") var feed: String

    func run() throws {
        let address = try FeedCommand.address(of: feed)
        let store = try options.openForWriting()
        let added = try FeedCommand.run { () throws(LibraryError) in try store.addFeed(url: address, name: name) }
        Output.line(added ? "following \(address) (`parley fetch` reads it)" : "already following \(address)")
    }
}

/// `parley feed list [--json]`.
struct ListFeeds: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the feeds followed.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        let store = try options.openForReading()
        let feeds = try FeedCommand.run { () throws(LibraryError) in try store.feeds() }
        if json {
            Output.printJSON(feeds.map(FeedItem.init))
        } else {
            for feed in feeds {
                let status = feed.status ?? "not fetched yet"
                Output.line("\(feed.displayName)  \(feed.url)  \(status)")
            }
            if feeds.isEmpty { Console.note("no feeds (`parley feed add URL` follows one)") }
        }
        try Output.nothingMatched(feeds.isEmpty)
    }
}

/// A feed as `feed list --json` prints it, in the export's naming habits (`null` for unknown).
struct FeedItem: Encodable {
    var url: String
    var name: String
    var title: String?
    var status: String?
    var fetchedAt: String?
    var retryAfter: String?

    init(_ feed: FeedSubscription) {
        url = feed.url
        name = feed.displayName
        title = feed.title
        status = feed.status
        let formatter = ISO8601DateFormatter()
        fetchedAt = feed.fetchedAt.map { formatter.string(from: Date(timeIntervalSince1970: $0)) }
        retryAfter = feed.retryAfter.map { formatter.string(from: Date(timeIntervalSince1970: $0)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(name, forKey: .name)
        try container.encode(title, forKey: .title)
        try container.encode(status, forKey: .status)
        try container.encode(fetchedAt, forKey: .fetchedAt)
        try container.encode(retryAfter, forKey: .retryAfter)
    }

    enum CodingKeys: String, CodingKey {
        case url, name, title, status
        case fetchedAt = "fetched_at"
        case retryAfter = "retry_after"
    }
}

/// `parley feed remove URL|NAME`.
struct RemoveFeed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Stop following a feed (its articles stay in the library).")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "The feed's address or name (see `parley feed list`).") var feed: String

    func run() throws {
        let store = try options.openForWriting()
        guard let removed = try FeedCommand.run({ () throws(LibraryError) in try store.removeFeed(feed) }) else {
            throw Fail.with("no feed with the address or name '\(feed)' (`parley feed list` shows them)", .noMatch)
        }
        Output.line("stopped following \(removed.displayName); its articles stay")
    }
}

/// `parley feed import FILE.opml`.
struct ImportFeeds: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Follow every feed of an OPML file (as newsboat and other readers export).")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "The OPML file.") var file: String

    func run() throws {
        let outlines: [OPML.Outline]
        do {
            outlines = try OPML.parse(ArticleReading.load(RawPath(bytes: Array(file.utf8))))
        } catch let error as ReadError {
            throw Fail.with(error.description, .input)
        } catch {
            throw Fail.with("\(file): \(error)", .input)
        }
        let store = try options.openForWriting()
        var added = 0
        var skipped: [String] = []
        for outline in outlines {
            guard (try? HTTPFetcher.webURL(outline.url)) != nil else {
                skipped.append(outline.url)
                continue
            }
            let isNew = try FeedCommand.run { () throws(LibraryError) in
                try store.addFeed(url: outline.url, name: outline.name)
            }
            if isNew { added += 1 }
        }
        for url in skipped { Console.error("\(url): not an http or https address; skipped") }
        let followed = outlines.count - added - skipped.count
        Output.line(
            (added == 1 ? "1 feed" : "\(added) feeds")
                + " added, \(followed) already followed, \(skipped.count) skipped")
        if !skipped.isEmpty { throw ExitStatus.input.code }
    }
}

/// `parley feed export`: OPML 2.0 on standard output.
struct ExportFeeds: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print the feeds followed as OPML 2.0 (for newsboat and other readers).")

    @OptionGroup var options: LibraryOptions

    func run() throws {
        let store = try options.openForReading()
        let feeds = try FeedCommand.run { () throws(LibraryError) in try store.feeds() }
        Output.text(OPML.document(feeds.map { OPML.Outline(url: $0.url, name: $0.name ?? $0.title) }))
    }
}
