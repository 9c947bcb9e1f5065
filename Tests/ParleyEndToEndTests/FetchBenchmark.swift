import Foundation
import ParleyTestSupport
import Testing

/// The fetch benchmark of #15, run by `Benchmarks/fetch.sh` (not by `swift test`, which skips it):
/// 200 loopback feeds of 50 entries, fetched into a new library, then fetched again (only 304s may
/// come back), and the peak memory of a fetch that meets a 50 MB body.
@Suite struct FetchBenchmark {
    static let binary = ProcessInfo.processInfo.environment["PARLEY_BIN"]
    static let enabled = ProcessInfo.processInfo.environment["PARLEY_FETCH_BENCH"] == "1" && binary != nil

    /// Runs the binary to its end; returns seconds taken and its status.
    func timed(_ arguments: [String]) throws -> (seconds: Double, status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.binary))
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (Date().timeIntervalSince(start), process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The largest peak resident size of any child waited for so far, in MB.
    func childPeakMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    @Test(.enabled(if: enabled, "set PARLEY_FETCH_BENCH=1 and PARLEY_BIN (Benchmarks/fetch.sh does)"))
    func twoHundredFeedsThenOnly304s() throws {
        let feeds = (0..<200).map {
            Data(FeedFixtures.rss(title: "Courier \($0)", items: FeedFixtures.items(feed: $0, count: 50)).utf8)
        }
        let server = try LoopbackServer { request in
            if request.path == "/huge" { return .endless(bytes: 50 * 1_048_576, declared: false) }
            guard request.path.hasPrefix("/feed/"), let index = Int(request.path.dropFirst(6)), index < 200 else {
                return .response(status: 404)
            }
            let etag = "\"\(index)\""
            if request.headers["if-none-match"] == etag { return .response(status: 304) }
            return .response(status: 200, headers: ["ETag": etag], body: feeds[index])
        }
        defer { server.stop() }
        let directory = Fixtures.temporaryDirectory("parley-fetch-bench")
        defer { try? FileManager.default.removeItem(at: directory) }

        // a 50 MB body, alone in a library of its own: refused, and memory stays near the 20 MB cap
        let huge = directory.appendingPathComponent("huge.sqlite").path
        _ = try timed(["feed", "add", "--library", huge, server.baseURL + "/huge"])
        let refused = try timed(["fetch", "--library", huge])
        let hugePeak = childPeakMB()
        #expect(refused.status == 4)

        let library = directory.appendingPathComponent("bench.sqlite").path
        let outlines = (0..<200).map { #"<outline xmlUrl="\#(server.baseURL)/feed/\#($0)"/>"# }
        let opml = Fixtures.write(
            "<opml version=\"2.0\"><body>\(outlines.joined())</body></opml>", to: "f.opml", in: directory)
        #expect(try timed(["feed", "import", "--library", library, opml.path]).status == 0)
        let first = try timed(["fetch", "--library", library])
        #expect(first.status == 0)
        #expect(first.output.contains("200 feeds: 10000 added"))
        let before = server.log.count
        let second = try timed(["fetch", "--library", library])
        let statuses = Set(server.log.dropFirst(before).map(\.status))
        #expect(second.status == 0)
        #expect(statuses == [304])
        let line = String(
            format: "fetch benchmark: 200 feeds x 50 entries: first fetch %.1f s (%.0f articles/s), second %.2f s "
                + "(statuses %@), peak RSS %.0f MB; a 50 MB body refused in %.2f s at a peak of %.0f MB",
            first.seconds, 10_000 / first.seconds, second.seconds, "\(statuses.sorted())", childPeakMB(),
            refused.seconds, hugePeak)
        print(line)
    }
}
