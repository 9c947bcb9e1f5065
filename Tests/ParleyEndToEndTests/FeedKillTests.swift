import Foundation
import ParleyTestSupport
import Testing

/// Kills `fetch` with SIGKILL at several points of a run (chosen by how many feeds the server has
/// answered, not by time) and checks that every article committed before the kill is still there, that
/// the library passes its checks, and that fetching again gives exactly the library an uninterrupted
/// fetch gives.
@Suite(.serialized) struct FeedKillTests {
    static let feedCount = 16

    static func server() throws -> LoopbackServer {
        let feeds = (0..<feedCount).map {
            FeedFixtures.rss(title: "Courier \($0)", items: FeedFixtures.items(feed: $0, count: 20))
        }
        return try LoopbackServer { request in
            guard request.path.hasPrefix("/feed/"), let index = Int(request.path.dropFirst(6)), index < feedCount
            else { return .response(status: 404) }
            let etag = "\"\(index)\""
            if request.headers["if-none-match"] == etag { return .response(status: 304) }
            return .response(
                status: 200, headers: ["Content-Type": "application/rss+xml", "ETag": etag],
                body: Data(feeds[index].utf8))
        }
    }

    func follow(_ server: LoopbackServer, in directory: URL, library: String) throws {
        let outlines = (0..<Self.feedCount).map {
            #"<outline type="rss" text="Courier \#($0)" xmlUrl="\#(server.baseURL)/feed/\#($0)"/>"#
        }
        let opml = Fixtures.write(
            "<opml version=\"2.0\"><body>\(outlines.joined())</body></opml>", to: "feeds.opml", in: directory)
        #expect(try ParleyRun.run(["feed", "import", "--library", library, opml.path]).status == 0)
    }

    func ids(_ library: String) throws -> Set<String> {
        let list = try ParleyRun.run(["list", "--library", library])
        return Set(list.output.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    func export(_ library: String) throws -> String {
        let run = try ParleyRun.run(["export", "--json", "--library", library])
        #expect(run.status == 0, "\(run.errors)")
        return run.output
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func aFetchKilledAnywhereKeepsWhatItCommittedAndTheNextFetchFinishesTheJob() throws {
        let server = try Self.server()
        defer { server.stop() }
        let directory = Fixtures.temporaryDirectory("parley-fetch-kill")
        defer { try? FileManager.default.removeItem(at: directory) }

        let reference = directory.appendingPathComponent("reference.sqlite").path
        try follow(server, in: directory, library: reference)
        #expect(try ParleyRun.run(["fetch", "--jobs", "2", "--library", reference]).status == 0)
        let expected = try export(reference)
        #expect(try ids(reference).count == Self.feedCount * 20)

        for (index, answered) in [1, Self.feedCount / 3, Self.feedCount * 2 / 3].enumerated() {
            let library = directory.appendingPathComponent("killed-\(index).sqlite").path
            try follow(server, in: directory, library: library)
            // Given a fetch under way, When it is killed after `answered` feeds were served
            let start = server.log.count
            let process = try ParleyRun.start(["fetch", "--jobs", "2", "--library", library])
            let deadline = Date().addingTimeInterval(60)
            while server.log.count - start < answered, process.isRunning, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.002)  // polling the server's log, not waiting a fixed time
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Then what it committed is there and the library is whole
            let kept = try ids(library)
            let check = try ParleyRun.run(["repair", "--check", "--library", library])
            let problems = check.output.split(separator: "\n").filter { !$0.contains("out of date") }
            #expect(problems.isEmpty, "killed after \(answered) feeds: \(check.output)")
            // And the next fetch completes the job: the same library as an uninterrupted fetch
            let again = try ParleyRun.run(["fetch", "--jobs", "2", "--library", library])
            #expect(again.status == 0, "\(again.errors)")
            #expect(kept.isSubset(of: try ids(library)))
            #expect(try export(library) == expected, "killed after \(answered) feeds (\(kept.count) articles kept)")
        }
    }
}
