import Foundation
import ParleyTestSupport
import Testing

/// Kills `add` (the first command on a new library, a first ingest, a re-add of changed files) and
/// `date` at many moments, and checks each time that the library opens, passes SQLite's integrity check
/// and agrees with itself, and that running the command again gives exactly the library an uninterrupted
/// run gives. Any moment must be safe, so the moments are spread over the command's measured duration;
/// correctness never depends on when the kill lands.
@Suite(.serialized) struct KillHarnessTests {
    let directory = Fixtures.temporaryDirectory("parley-kill")
    var corpus: String { directory.appendingPathComponent("corpus").path }

    func library(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The library as every tool sees it.
    func export(_ library: String) throws -> String {
        let run = try ParleyRun.run(["export", "--json", "--library", library])
        #expect(run.status == 0, "export failed: \(run.errors)")
        return run.output
    }

    /// Runs `arguments`, kills it after `delay` seconds, and checks what it left.
    func kill(_ arguments: [String], after delay: Double, library: String, moment: String) throws {
        let process = try ParleyRun.start(arguments)
        Thread.sleep(forTimeInterval: delay)  // the moment of the kill, not a wait for the process
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        guard FileManager.default.fileExists(atPath: library) else { return }  // killed before creating it
        // whole, except that what is derived may wait for the re-run (and says so)
        let check = try ParleyRun.run(["repair", "--check", "--library", library])
        let problems = check.output.split(separator: "\n").filter { !$0.contains("out of date") }
        #expect(check.status == 0 || problems.isEmpty, "\(moment): \(check.output) \(check.errors)")
        let list = try ParleyRun.run(["list", "--library", library])
        #expect(list.status == 0 || list.status == 1, "\(moment): list failed: \(list.errors)")
    }

    /// The time one uninterrupted run of `arguments` takes.
    func duration(_ arguments: [String]) throws -> Double {
        let start = Date()
        let run = try ParleyRun.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.errors)")
        return Date().timeIntervalSince(start)
    }

    /// Kill moments: the first 50 ms, then fractions of the command's duration.
    static func moments(over duration: Double, early: Bool, spread: [Double] = [0.3, 0.6, 0.9]) -> [Double] {
        (early ? [0, 0.02, 0.05] : []) + spread.map { $0 * duration }
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func everyInterruptionLeavesALibraryThatOpensAndARerunMakesItWhole() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try ParleyRun.run(["bench", "generate", "--articles", "300", "--seed", "7", corpus]).status == 0)

        // the libraries uninterrupted runs give
        let reference = library("reference.sqlite")
        let addTime = try duration(["add", "--library", reference, corpus])
        let added = try export(reference)
        let someID = try #require(
            (try ParleyRun.run(["list", "--library", reference])).output.split(separator: " ").first.map(String.init))
        let dated = library("dated.sqlite")
        try FileManager.default.copyItem(atPath: reference, toPath: dated)
        let dateTime = try duration(["date", "--library", dated, someID, "2019-05-06"])
        let afterDate = try export(dated)

        // add into a new library: its first command, then a first ingest of many batches
        for (index, delay) in Self.moments(over: addTime, early: true).enumerated() {
            let target = library("add-\(index).sqlite")
            try kill(["add", "--library", target, corpus], after: delay, library: target, moment: "add at \(delay) s")
            #expect(try ParleyRun.run(["add", "--library", target, corpus]).status == 0)
            #expect(try export(target) == added, "add killed at \(delay) s, then run again")
            #expect(try ParleyRun.run(["repair", "--check", "--library", target]).status == 0)
        }

        // date, and date clear, on a copy of the whole library
        for (index, delay) in Self.moments(over: dateTime, early: true, spread: [0.5]).enumerated() {
            let target = library("date-\(index).sqlite")
            try FileManager.default.copyItem(atPath: reference, toPath: target)
            let arguments = ["date", "--library", target, someID, "2019-05-06"]
            try kill(arguments, after: delay, library: target, moment: "date at \(delay) s")
            #expect(try ParleyRun.run(arguments).status == 0)
            #expect(try export(target) == afterDate, "date killed at \(delay) s, then run again")
            let clear = ["date", "--library", target, someID, "clear"]
            try kill(clear, after: delay, library: target, moment: "date clear at \(delay) s")
            #expect(try ParleyRun.run(clear).status == 0)
            #expect(try export(target) == added, "date clear killed at \(delay) s, then run again")
        }

        // a re-add of changed files
        let changed = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().prefix(150)
        for name in changed {
            // a paragraph in the body (one after the page's footer would be dropped with the footer)
            let file = URL(fileURLWithPath: corpus + "/" + name)
            let text = try String(contentsOf: file, encoding: .utf8)
            guard let gap = text.range(of: "\n\n") else { continue }
            let added = "\n\nDiplomats from Norway and Chile followed the talks closely.\n\n"
            try text.replacingCharacters(in: gap, with: added).write(to: file, atomically: true, encoding: .utf8)
        }
        let readded = library("readded.sqlite")
        try FileManager.default.copyItem(atPath: reference, toPath: readded)
        let readdTime = try duration(["add", "--library", readded, corpus])
        let afterReadd = try export(readded)
        #expect(afterReadd != added)
        for (index, delay) in Self.moments(over: readdTime, early: false, spread: [0.3, 0.7]).enumerated() {
            let target = library("readd-\(index).sqlite")
            try FileManager.default.copyItem(atPath: reference, toPath: target)
            try kill(
                ["add", "--library", target, corpus], after: delay, library: target, moment: "re-add at \(delay) s")
            #expect(try ParleyRun.run(["add", "--library", target, corpus]).status == 0)
            #expect(try export(target) == afterReadd, "re-add killed at \(delay) s, then run again")
        }
    }
}
