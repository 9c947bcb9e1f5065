import ParleyModel
import ParleyTerminal
import ParleyTestSupport
import Testing

@testable import ParleyTUI

/// Keys in the meeting view: Enter on the timeline opens it, j/k choose a source, Enter opens that
/// source at its sentence, Esc returns to the timeline where it was.
@Suite struct MeetingUpdateTests {
    func opened() throws -> AppState {
        let (store, _) = try Fixtures.library(MeetingViewTests.files)
        var state = AppState(size: Size(width: 80, height: 24))
        state.timeline = try store.timeline()
        state.timelineTotal = state.timeline.count
        state.focus = .timeline
        let effects = AppUpdate.update(&state, .command(.open))
        #expect(effects == [.loadMeeting(state.timeline[0])])
        _ = AppUpdate.update(&state, .meetingLoaded(try store.meetingDetail(state.timeline[0])))
        return state
    }

    @Test func sourcesAreChosenAndOpenedAtTheirSentence() throws {
        var state = try opened()
        #expect(state.keyContext == .meeting)
        #expect(Keymap.standard.hints(in: .meeting).map(\.label).contains("next source"))
        _ = AppUpdate.update(&state, .command(.nextSource))
        _ = AppUpdate.update(&state, .command(.nextSource))  // stays on the last
        #expect(state.meeting?.selected == 1)
        let second = try #require(state.meeting?.detail.sources[1])
        let effects = AppUpdate.update(&state, .command(.open))
        let evidence = second.report.evidenceStart..<second.report.evidenceEnd
        #expect(effects == [.loadArticle(id: "second", evidence: evidence), .markRead("second")])
        #expect(state.meeting == nil)
    }

    @Test func escapeReturnsToTheTimelineWhereItWas() throws {
        var state = try opened()
        _ = AppUpdate.update(&state, .command(.previousSource))
        #expect(state.meeting?.selected == 0)
        _ = AppUpdate.update(&state, .command(.back))
        #expect(state.meeting == nil)
        #expect(state.focus == .timeline)
        #expect(state.timelineCursor.selected == 0)
    }

    @Test func theMeetingViewIsDrawnOverThePanes() throws {
        let state = try opened()
        let (buffer, _) = AppView.render(state, theme: Snapshots.testTheme)
        let text = buffer.textSnapshot()
        #expect(text.contains("Meeting: Gabriel Boric – Javier Milei"))
        #expect(text.contains("Sources (2)"))
        #expect(text.contains("next source"))
    }
}
