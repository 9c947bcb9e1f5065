import Foundation
import ParleyTestSupport
import Testing

/// An `add` that runs out of room says how many articles it stored before it stopped, and those are kept.
@Suite struct FullDiskTests {
    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func anAddThatRunsOutOfRoomSaysHowManyArticlesItStored() throws {
        let directory = Fixtures.temporaryDirectory("parley-full")
        defer { try? FileManager.default.removeItem(at: directory) }
        // a first batch of 200 short articles, then two long ones that cannot fit
        for i in 0..<200 {
            Fixtures.write(
                "Visit \(i)\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala "
                    + "on \(i % 28 + 1) June 2024, their meeting number \(i).\n",
                to: "in/a-\(1000 + i).txt", in: directory)
        }
        let words = ["the", "talks", "went", "on", "and", "ministers", "spoke", "of", "trade", "and", "water"]
        for i in 0..<2 {
            let paragraphs = (0..<400).map { p in
                (0..<120).map { words[($0 * 7 + p * 3 + i) % words.count] }.joined(separator: " ") + "."
            }
            let text = "Long report \(i)\n\n" + paragraphs.joined(separator: "\n\n")
            Fixtures.write(text, to: "in/b-\(i).txt", in: directory)
        }
        let library = directory.appendingPathComponent("lib.sqlite").path
        let input = directory.appendingPathComponent("in").path
        // no file may grow past 1 MB, as on a disk that is full; SIGXFSZ ignored, so writes fail instead
        let smallDisk = ["/bin/sh", "-c", #"trap "" XFSZ; ulimit -f 2048; exec "$0" "$@""#]

        let add = try ParleyRun.run(["add", "--library", library, input], through: smallDisk)
        #expect(add.status == 3)
        #expect(add.errors.contains("200 articles were stored before it stopped"), "\(add.errors)")
        // the count told is what the library holds, and the same add run again stores the rest
        let list = try ParleyRun.run(["list", "--library", library])
        #expect(list.output.split(separator: "\n").count == 200)
        let again = try ParleyRun.run(["add", "--library", library, input])
        #expect(again.status == 0)
        #expect(again.output.contains("2 added, 0 updated, 200 unchanged"), "\(again.output)")
    }
}
