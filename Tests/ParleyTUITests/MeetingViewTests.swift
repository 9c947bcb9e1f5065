import ParleyModel
import ParleyTerminal
import ParleyTestSupport
import Testing

@testable import ParleyTUI

/// The meeting view: who, where, when on what words, and each source's sentence, at every size.
@Suite struct MeetingViewTests {
    static let files: [String: String] = [
        "first.txt": """
        Presidents meet in Santiago

        Published: 2024-04-16

        Chilean President Gabriel Boric met Argentine President Javier Milei at La Moneda Palace in Santiago on Monday to talk about a shared gas pipeline.
        """,
        "second.txt": """
        Pipeline talks in Santiago

        Published: 2024-04-17

        Argentine President Javier Milei and Chilean President Gabriel Boric met in Santiago on Monday, officials said, without a final deal.
        """,
    ]

    func detail() throws -> MeetingDetail {
        let (store, _) = try Fixtures.library(Self.files)
        let entry = try #require(try store.timeline().first)
        return try store.meetingDetail(entry)
    }

    @Test func aMeetingShowsWhoWhereWhenAndEverySource() throws {
        let detail = try detail()
        #expect(detail.sources.map(\.articleId) == ["first", "second"])
        #expect(detail.venue == "La Moneda")
        #expect(detail.participants.map(\.country) == ["Chile", "Argentina"])
        #expect(detail.participants.map(\.role) == ["President", "President"])
        #expect(detail.sources.allSatisfy { $0.report.evidence.contains("Santiago") })
        let text = MeetingView.lines(MeetingViewState(detail: detail), width: 100).map(\.text)
        #expect(text.contains { $0.hasPrefix("Where   La Moneda, Santiago") })
        #expect(text.contains { $0.hasPrefix("When    2024-04-15 (day)") })
        #expect(text.contains { $0.hasPrefix("Status  held") })
        #expect(text.contains { $0.hasPrefix("▸ 2024-04-16  Presidents meet in Santiago") })
        #expect(text.contains { $0.hasPrefix("  2024-04-17  Pipeline talks in Santiago") })
    }

    @Test(arguments: [(120, 40), (80, 24), (40, 12)])
    func theViewAtEachSize(_ width: Int, _ height: Int) throws {
        var state = MeetingViewState(detail: try detail())
        state.selected = 1
        var buffer = ScreenBuffer(size: Size(width: width, height: height))
        MeetingView.draw(
            state, rect: Rect(x: 0, y: 0, width: width, height: height), theme: Snapshots.testTheme, into: &buffer)
        let rendered = Snapshots.render(buffer)
        if let difference = Snapshots.check(
            rendered, named: "meeting-\(width)x\(height)", directory: ReaderTests.snapshots)
        {
            Issue.record(Comment(rawValue: difference))
        }
        for y in 0..<height { #expect(DisplayWidth.of(buffer.row(y)) == width, "row \(y)") }
        #expect(buffer.textSnapshot().contains("▸ 2024-04-17"))
    }
}
