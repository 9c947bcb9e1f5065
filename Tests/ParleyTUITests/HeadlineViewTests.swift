import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// An article without a title is listed and read by its lede's first sentence, drawn apart (in italics)
/// from the titles around it.
@Suite struct HeadlineViewTests {
    static let files: [String: String] = [
        "titled.txt": """
        Rabuka Hosts Tongan Leader

        Published: 2024-03-05

        Fijian Prime Minister Sitiveni Rabuka met the Tongan Prime Minister in Suva on Tuesday to talk about fish.
        """,
        "lede.txt": """
        Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. They agreed to meet again.

        The two spoke about a road and a power line across the border.
        """,
    ]

    func run(_ events: [TerminalEvent]) throws -> (AppRunner, ScreenBuffer) {
        let (store, _) = try Fixtures.library(Self.files)
        let size = Size(width: 120, height: 40)
        let screen = VirtualScreen(size: size, events: events)
        let runner = AppRunner(
            state: AppState(size: size), theme: Snapshots.testTheme,
            runner: EffectRunner(store: store, themes: ThemeLibrary(directories: [])), screen: screen)
        runner.run()
        return (runner, try #require(screen.lastFrame))
    }

    /// The row and column where `text` starts on the screen.
    func find(_ text: String, in frame: ScreenBuffer) -> Point? {
        for y in 0..<frame.size.height {
            let row = frame.row(y)
            guard let range = row.range(of: text) else { continue }
            return Point(x: DisplayWidth.of(String(row[..<range.lowerBound])), y: y)
        }
        return nil
    }

    @Test func anUntitledArticleIsListedByItsLedeInItalics() throws {
        let (_, frame) = try run([])
        let lede = try #require(find("Kenyan Pres", in: frame))
        let title = try #require(find("Rabuka Hosts", in: frame))
        #expect(frame[lede.x, lede.y].style.attributes.contains(.italic))
        #expect(!frame[title.x, title.y].style.attributes.contains(.italic))
        #expect(!frame.textSnapshot().contains("(untitled)"))
    }

    @Test func theReaderHeadsAnUntitledArticleWithItsLedeInItalics() throws {
        // the untitled article is the undated one, listed last
        let (app, frame) = try run([.key(.character("G")), .key(.enter)])
        #expect(app.state.reader.article?.article.hasTitle == false)
        #expect(app.state.reader.lines.first?.kind == .headline)
        #expect(app.state.reader.lines.first?.text.hasPrefix("Kenyan President William Ruto met") == true)
        let rows = (0..<frame.size.height).filter { frame.row($0).contains("Kenyan Pres") }
        #expect(rows.count >= 2)  // in the list and at the top of the reader
    }
}
