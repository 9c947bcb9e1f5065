import Foundation
import ParleyTestSupport
import Testing

/// Every `--json` output holds to its schema in `docs/schema`: the documents cannot drift from the code,
/// and a field added to an output without its schema fails here (the schemas allow no other fields).
@Suite struct OutputSchemaTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/schema")

    func validate(_ arguments: [String], against file: String, environment: [String: String] = [:]) throws {
        let run = try ParleyRun.run(arguments, environment: environment)
        #expect(run.status == 0, "\(arguments): \(run.errors)")
        let value = try JSONSerialization.jsonObject(with: Data(run.output.utf8), options: [.fragmentsAllowed])
        var schema = JSONSchema(folder: Self.schemas)
        let problems = try schema.problems(of: value, against: file)
        #expect(problems.isEmpty, "\(arguments) against \(file): \(problems.prefix(5).joined(separator: "; "))")
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func everyJSONOutputHoldsToItsSchema() throws {
        let directory = Fixtures.temporaryDirectory("parley-schema")
        defer { try? FileManager.default.removeItem(at: directory) }
        // a titled article with a meeting, and an untitled one (title null, headline its lede)
        Fixtures.write(
            "Talks in Lisbon\n\nLisbon, 3 March 2021\n\nPortuguese Prime Minister António Costa met Spanish Prime Minister Pedro Sánchez in Lisbon on Wednesday to talk about water.\n",
            to: "articles/costa.txt", in: directory)
        Fixtures.write(
            "The foreign ministers of Norway and Chile spoke briefly by phone about fisheries, aides said on Friday.\n",
            to: "articles/fish.txt", in: directory)
        let feed = directory.appendingPathComponent("feed.xml")
        try Data(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title><item><title>One</title><guid>1</guid><description>Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.</description></item></channel></rss>"
                .utf8
        ).write(to: feed)
        let library = directory.appendingPathComponent("lib.sqlite").path
        #expect(
            try ParleyRun.run(["add", "--library", library, directory.appendingPathComponent("articles").path]).status
                == 0)
        #expect(try ParleyRun.run(["feed", "add", "--library", library, feed.path]).status == 0)
        #expect(try ParleyRun.run(["fetch", "--library", library]).status == 0)

        try validate(["export", "--json", "--library", library], against: "export.schema.json")
        try validate(["show", "costa", "--json", "--library", library], against: "show.schema.json")
        try validate(["show", "fish", "--json", "--library", library], against: "show.schema.json")
        try validate(["entities", "costa", "--json", "--library", library], against: "entities.schema.json")
        try validate(["meetings", "costa", "--json", "--library", library], against: "meetings.schema.json")
        try validate(["timeline", "--json", "--library", library], against: "timeline.schema.json")
        try validate(["list", "--json", "--library", library], against: "list.schema.json")
        try validate(["search", "water", "--json", "--library", library], against: "search.schema.json")
        try validate(["feed", "list", "--json", "--library", library], against: "feed-list.schema.json")
        try validate(["themes", "--json"], against: "themes.schema.json")
        try validate(["bench", "--articles", "20", "--runs", "1", "--json"], against: "bench.schema.json")
    }

    @Test func aFieldTheSchemaDoesNotNameFails() throws {
        var schema = JSONSchema(folder: Self.schemas)
        let entry: [String: Any] = [
            "participants": ["A B", "C D"], "place": NSNull(), "date": "2024-05", "precision": "month",
            "date_basis": "stated", "status": "held", "articles": ["x"],
        ]
        #expect(try schema.problems(of: [entry], against: "timeline.schema.json").isEmpty)
        var added = entry
        added["mood"] = "cordial"
        #expect(
            try schema.problems(of: [added], against: "timeline.schema.json") == ["$[0]: 'mood' is not in the schema"])
        var wrong = entry
        wrong["date"] = "May 2024"
        #expect(!(try schema.problems(of: [wrong], against: "timeline.schema.json")).isEmpty)
    }
}
