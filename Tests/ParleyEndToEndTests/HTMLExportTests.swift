import Foundation
import ParleyTestSupport
import Testing

/// A saved web page through the real binary: `parley export --json` carries its cleaned body.
@Suite struct HTMLExportTests {
    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func exportOfASavedPageCarriesItsCleanedText() throws {
        let directory = Fixtures.temporaryDirectory("parley-html")
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = Fixtures.write(
            """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Envoys meet in Lisbon | Tagus Weekly</title>
            <link rel="canonical" href="https://tagus-weekly.example/envoys"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World news</a></nav>
            <article><h1>Envoys meet in Lisbon</h1>
            <p>Portuguese Prime Minister António Costa met Spanish Prime Minister Pedro Sánchez in Lisbon on Wednesday to talk about water sharing on the Tagus.</p>
            <p>Both leaders said their officials would meet again before the summer to agree on the dry-season flows.</p>
            <div class="share-tools"><a href="#">Share this story</a></div></article>
            <footer>Tagus Weekly, all rights reserved</footer></body></html>
            """, to: "lisbon.html", in: directory)
        let run = try ParleyRun.run(["export", "--json", page.path])
        #expect(run.status == 0, "\(run.errors)")
        let export = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let article = try #require((export["articles"] as? [[String: Any]])?.first)
        let text = try #require(article["text"] as? String)
        #expect(text.hasPrefix("Portuguese Prime Minister António Costa met Spanish Prime Minister Pedro Sánchez"))
        #expect(text.contains("\n\nBoth leaders said"))
        #expect(!text.contains("World news") && !text.contains("Share this story") && !text.contains("rights reserved"))
        #expect(article["title"] as? String == "Envoys meet in Lisbon")
        #expect(article["source"] as? String == page.path)
        // the page's own address beside the file it was saved as
        #expect(article["url"] as? String == "https://tagus-weekly.example/envoys")
        // the meeting is found in the page's text like in any article
        let meetings = article["meetings"] as? [[String: Any]] ?? []
        #expect(meetings.contains { Set($0["participants"] as? [String] ?? []) == ["António Costa", "Pedro Sánchez"] })
    }
}
