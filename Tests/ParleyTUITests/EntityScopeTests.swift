import ParleyModel
import ParleyTerminal
import ParleyTestSupport
import Testing

@testable import ParleyTUI

/// Enter on an entity leads to its meetings: a date to that day's, a place to those held there, a country
/// to its leaders'; Esc returns to the whole timeline.
@Suite struct EntityScopeTests {
    /// The reader with `id` open and the cursor on its entity `name`, and what Enter on it shows.
    func enter(on name: String, in id: String) throws -> (AppState, [TimelineEntry], Int) {
        let (store, _) = try Fixtures.library(ReaderTests.files)
        let runner = EffectRunner(store: store, themes: ThemeLibrary(directories: []))
        var state = AppState(size: Size(width: 120, height: 40))
        state.reader.article = try store.article(id: id)
        state.focus = .entities
        let rows = EntityRow.rows(for: state.reader.article)
        state.entities.selected = try #require(
            rows.firstIndex {
                if case .entity(let entity) = $0 { return entity.name == name }
                return false
            })
        var entries: [TimelineEntry] = []
        var total = -1
        for effect in AppUpdate.update(&state, .command(.open)) {
            guard case (.timelineLoaded(let loaded, _, let count)?, _) = runner.run(effect) else { continue }
            entries = loaded
            total = count
        }
        return (state, entries, total)
    }

    @Test func aDateLeadsToThatDaysMeetings() throws {
        let (state, entries, total) = try enter(on: "2023-03-01", in: "minsk")
        #expect(state.focus == .timeline)
        #expect(state.timelineScope?.label == "2023-03-01")
        #expect(total == 1)
        #expect(entries.map { $0.date?.description } == ["2023-03-01"])
    }

    @Test func aPlaceLeadsToTheMeetingsHeldThere() throws {
        let (_, entries, total) = try enter(on: "Beijing", in: "minsk")
        #expect(total == 2)
        #expect(entries.allSatisfy { $0.place == "Beijing" })
    }

    @Test func aCountryLeadsToItsLeadersMeetings() throws {
        let (state, entries, _) = try enter(on: "Kenya", in: "long")
        #expect(state.timelineScope?.label == "leaders of Kenya")
        #expect(entries.map(\.participants) == [["Abiy Ahmed", "William Ruto"]])
    }

    @Test func escapeReturnsToTheWholeTimeline() throws {
        var (state, _, _) = try enter(on: "Beijing", in: "minsk")
        // the first Esc clears the part shown, in the timeline
        let effects = AppUpdate.update(&state, .command(.back))
        #expect(state.timelineScope == nil && state.focus == .timeline)
        #expect(effects.contains(.loadTimeline(offset: 0, limit: AppUpdate.pageSize, leader: nil)))
        _ = AppUpdate.update(&state, .command(.back))  // then to the list
        #expect(state.focus == .list)
    }

    @Test func theTitleSaysWhichPart() throws {
        let (state, entries, total) = try enter(on: "Beijing", in: "minsk")
        var shown = state
        shown.timeline = entries
        shown.timelineTotal = total
        let (buffer, _) = AppView.render(shown, theme: Snapshots.testTheme)
        #expect(buffer.textSnapshot().contains("Timeline (2) · in Beijing"))
    }
}
