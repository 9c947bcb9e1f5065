import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// The timeline pane read at every width: the date, everyone and the place on each row.
@Suite struct TimelineViewTests {
    let reader = ReaderTests()

    func rows(_ size: Size, keys: String) throws -> (String, VirtualScreen) {
        let events = keys.map { TerminalEvent.key($0 == "\n" ? .enter : .character($0)) }
        let (app, screen) = try reader.app(size, events: events)
        app.run()
        return (try #require(screen.lastFrame).textSnapshot(), screen)
    }

    @Test func at80ColumnsARowNamesBothLeadersAndThePlace() throws {
        let (text, screen) = try rows(Size(width: 80, height: 24), keys: "4")
        // the full names do not fit beside the date: both shorten, and the place stays whole
        #expect(text.contains("2023-03-01   Lukashenko – Xi · Beijing  [1]"), "\(text)")
        #expect(text.contains("2022-01-10   Abiy – Ruto · Nairobi  [1]"))
        try reader.check("timeline-80x24", screen)
    }

    @Test func withALeaderFilterTheCounterpartComesAlone() throws {
        let (text, screen) = try rows(Size(width: 80, height: 24), keys: "lxi jin\n4")
        #expect(text.contains("Timeline (2) · Xi Jinping"))
        // the filtered leader is in the title, not on every row
        #expect(text.contains("2023-03-01   Lukashenko · Beijing  [1]"), "\(text)")
        #expect(!text.contains("– Xi"))
        try reader.check("timeline-filtered-80x24", screen)
    }

    @Test func at40ColumnsThePlaceIsCutBeforeAName() throws {
        let (text, screen) = try rows(Size(width: 40, height: 12), keys: "4")
        #expect(text.contains("2023-03-01   Lukashenko – Xi · B…  [1]"), "\(text)")
        try reader.check("timeline-40x12", screen)
    }
}
