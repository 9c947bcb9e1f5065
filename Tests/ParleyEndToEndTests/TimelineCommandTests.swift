import Foundation
import ParleyTestSupport
import Testing

/// `parley timeline` narrows as the reader's timeline does: by leader, dates, place and words.
@Suite struct TimelineCommandTests {
    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func theTimelineNarrowsByPlaceAndByWords() throws {
        let directory = Fixtures.temporaryDirectory("parley-timeline")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in EndToEndTests.chartArticles { _ = Fixtures.write(text, to: name, in: directory) }
        let library = directory.appendingPathComponent("lib.sqlite").path
        #expect(try ParleyRun.run(["add", "--library", library, directory.path]).status == 0)
        func dates(_ arguments: [String]) throws -> [String] {
            let run = try ParleyRun.run(["timeline", "--library", library] + arguments)
            return run.output.split(separator: "\n").map { String($0.prefix(10)) }
        }
        #expect(try dates([]).count == 3)
        #expect(try dates(["--place", "Beijing"]) == ["2023-03-07"])
        #expect(try dates(["--matching", "putin"]) == ["2023-12-12"])
        #expect(try dates(["--matching", "lukashenko 2023-07"]) == ["2023-07-04"])
        let none = try ParleyRun.run(["timeline", "--library", library, "--matching", "Lisbon"])
        #expect(none.status == 1 && none.output.isEmpty)
    }
}
