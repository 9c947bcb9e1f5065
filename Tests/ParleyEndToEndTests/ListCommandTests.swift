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
        Fixtures.write(
            "Ports Deal\n\nThe presidents of Ghana and Togo met in Accra to talk about the port.\n",
            to: "articles/\(longID).txt", in: directory)
        Fixtures.write(
            "Ports Deal Again\n\nThe presidents of Ghana and Togo met in Lomé to talk about the port.\n",
            to: "articles/\(longID.prefix(20))0.txt", in: directory)
        let path = directory.appendingPathComponent("lib.sqlite").path
        let add = try ParleyRun.run(["add", "--library", path, directory.appendingPathComponent("articles").path])
        #expect(add.status == 0, "\(add.errors)")
        return (directory, path)
    }

    /// A saved page's id: 64 hex digits.
    static let longID = "3f7a9c2e1b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a"

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func aLongIdIsCutWithAnEllipsisAndShowTakesAnyUniqueStartOfIt() throws {
        let (directory, library) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = try ParleyRun.run(["list", "--library", library])
        let cut = String(Self.longID.prefix(27)) + "…"
        let line = try #require(
            list.output.split(separator: "\n").first { $0.contains("Ports Deal") && !$0.contains("Again") })
        #expect(line.hasPrefix(cut + "  "), "\(line)")
        // the id as listed, cut, and a shorter start of it all show the article
        for id in [cut, String(Self.longID.prefix(31)), Self.longID] {
            let show = try ParleyRun.run(["show", "--library", library, id])
            #expect(show.status == 0, "\(id): \(show.errors)")
            #expect(show.output.hasPrefix("Ports Deal\n"), "\(id)")
        }
        // a start two ids share is named as such
        let both = try ParleyRun.run(["show", "--library", library, String(Self.longID.prefix(20))])
        #expect(both.status == 2)
        #expect(both.errors.contains("starts several ids"), "\(both.errors)")
        #expect(try ParleyRun.run(["show", "--library", library, "zz"]).status == 1)
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func sourceMeansTheSameInListAndShowAndAnEmptySearchIsAnEmptyList() throws {
        let (directory, library) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = try ParleyRun.run(["list", "--json", "--library", library])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let fish = try #require(rows.first { $0["id"] as? String == "fish" })
        let show = try ParleyRun.run(["show", "--json", "--library", library, "fish"])
        let item = try #require(try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any])
        #expect((fish["source"] as? String)?.hasSuffix("/articles/fish.txt") == true)
        #expect(fish["source"] as? String == item["source"] as? String)
        let none = try ParleyRun.run(["search", "--json", "--library", library, "zanzibar"])
        #expect(none.status == 1)
        #expect(none.output == "[]\n")
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
        // the same words for an unknown date as the reader uses
        let text = try ParleyRun.run(["show", "--library", library, "lede"])
        #expect(text.output.contains("Publication date unknown") && !text.output.contains("Published: unknown"))
        let show = try ParleyRun.run(["show", "--json", "--library", library, "lede"])
        let item = try #require(try JSONSerialization.jsonObject(with: Data(show.output.utf8)) as? [String: Any])
        #expect(item["title"] is NSNull)
        #expect((item["headline"] as? String)?.hasPrefix("Kenyan President") == true)
    }
}
