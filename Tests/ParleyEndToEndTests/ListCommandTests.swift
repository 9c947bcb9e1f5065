import Foundation
import ParleyTestSupport
import Testing

/// What `list`, `search` and `show` print for a person and for a script: every article with a usable
/// title, ids whole, JSON that says what it means.
@Suite struct ListCommandTests {
    /// A library of one titled and one untitled article, written for these tests.
    static func library() throws -> (directory: URL, path: String) {
        let directory = Fixtures.temporaryDirectory("parley-list")
        Fixtures.write(
            "Ministers Compare Notes\n\nThe foreign ministers of Norway and Chile spoke by phone about fisheries.\n",
            to: "articles/fish.txt", in: directory)
        Fixtures.write(
            "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. They agreed on a road.\n\nMore talks come in June.\n",
            to: "articles/lede.txt", in: directory)
        let path = directory.appendingPathComponent("lib.sqlite").path
        let add = try ParleyRun.run(["add", "--library", path, directory.appendingPathComponent("articles").path])
        #expect(add.status == 0, "\(add.errors)")
        return (directory, path)
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func anUntitledArticleIsListedByItsLedeInQuotesAndItsJSONTitleIsNull() throws {
        let (directory, library) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = try ParleyRun.run(["list", "--library", library])
        #expect(
            list.output.contains(
                "“Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.”"))
        #expect(!list.output.contains("(untitled)"))
        let search = try ParleyRun.run(["search", "--library", library, "nairobi"])
        #expect(search.output.contains("“Kenyan President William Ruto met"))
        let json = try ParleyRun.run(["list", "--json", "--library", library])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let lede = try #require(rows.first { $0["id"] as? String == "lede" })
        #expect(lede["title"] is NSNull)
        #expect((lede["headline"] as? String)?.hasPrefix("Kenyan President") == true)
        let fish = try #require(rows.first { $0["id"] as? String == "fish" })
        #expect(fish["title"] as? String == "Ministers Compare Notes")
        let show = try ParleyRun.run(["show", "--json", "--library", library, "lede"])
        let item = try #require(try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any])
        #expect(item["title"] is NSNull)
        #expect((item["headline"] as? String)?.hasPrefix("Kenyan President") == true)
    }
}
