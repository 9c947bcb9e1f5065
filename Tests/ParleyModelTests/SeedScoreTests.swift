import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Runs shared/eval/score.py on an export of the seed pages and holds the extractor to its targets.
@Suite struct SeedScoreTests {
    static let evalDirectory: URL? = Fixtures.seedsDirectory.map {
        $0.deletingLastPathComponent().appendingPathComponent("eval")
    }
    static let available =
        evalDirectory.map { FileManager.default.fileExists(atPath: $0.appendingPathComponent("score.py").path) }
        ?? false

    @Test(.enabled(if: available, "../shared/eval is absent"))
    func extractionMeetsTheTargetsOnTheSeeds() throws {
        let seeds = try #require(Fixtures.seedsDirectory)
        let eval = try #require(Self.evalDirectory)
        let store = try LibraryStore()
        _ = try Ingester(store: store).ingest(paths: [seeds.path])
        let export = Fixtures.temporaryDirectory().appendingPathComponent("export.json")
        try Data(try ExportDocument(store: store).json().utf8).write(to: export)
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", eval.appendingPathComponent("score.py").path, export.path,
            eval.appendingPathComponent("gold/seeds.json").path,
        ]
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("score:") })
        var scores: [String: Double] = [:]
        for pair in line.dropFirst("score:".count).split(separator: " ") {
            let parts = pair.split(separator: "=")
            if parts.count == 2 { scores[String(parts[0])] = Double(parts[1]) }
        }
        print(line)
        #expect(scores["leaders", default: 0] >= 0.95)
        #expect(scores["countries", default: 0] >= 0.90)
        #expect(scores["meetings", default: 0] >= 0.90)
        #expect(scores["dated_meetings", default: 0] >= 0.80)
        #expect(scores["timeline", default: 0] >= 0.80)
        let people = try #require(output.split(separator: "\n").first { $0.hasPrefix("people") })
        let f1 = Double(people.split(separator: " ").last ?? "") ?? 0
        #expect(f1 >= 0.90)
    }
}
