import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// Status messages are not lost: the log keeps the last 100, `:messages` shows them whole, and a
/// message cut in the status bar says where the rest is.
@Suite struct MessageLogTests {
    static let long =
        "fetched 3 feeds: 12 new articles, 2 not modified, 1 failed; harbour-courier.example answered 503 and will be tried again after nine"

    func typeCommand(_ line: String, _ state: inout AppState) {
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        for character in line { _ = AppUpdate.update(&state, .promptKey(.character(character))) }
        _ = AppUpdate.update(&state, .promptKey(.enter))
    }

    @Test func theLogKeepsTheLastHundredMessagesOnce() {
        var state = AppState(size: Size(width: 80, height: 24))
        for index in 0..<120 { _ = AppUpdate.update(&state, .libraryFailed("problem \(index)")) }
        #expect(state.messageLog.count == 100)
        #expect(state.messageLog.first == "problem 20" && state.messageLog.last == "problem 119")
        // a key that says the same again is said again; one that says nothing adds nothing
        _ = AppUpdate.update(&state, .command(.nextMatch))
        _ = AppUpdate.update(&state, .command(.nextMatch))
        _ = AppUpdate.update(&state, .command(.moveDown))
        #expect(state.messageLog.suffix(2).allSatisfy { $0.hasPrefix("no search in this article") })
        #expect(state.messageLog.count == 100)
    }

    @Test func aLongMessageIsCutWithAPointerAndShownWholeByColonMessages() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = AppUpdate.update(&state, .feedsFetched(summary: Self.long, failures: []))
        #expect(state.messageLog.contains { $0.contains("tried again after nine") })
        let bar = AppView.render(state, theme: Snapshots.testTheme).0.row(22)
        #expect(bar.contains("(:messages)"), "\(bar)")
        // When :messages is typed
        typeCommand("messages", &state)
        #expect(state.showHelp && state.helpTopic == .messages)
        let screen = AppView.render(state, theme: Snapshots.testTheme).0.textSnapshot()
        // Then the message reads whole, wrapped, and Esc closes the log
        #expect(screen.contains("Messages ("))
        #expect(screen.contains("tried again after nine"))
        _ = AppUpdate.update(&state, .command(.back))
        #expect(!state.showHelp)
        // and ? shows the keys again, not the log
        _ = AppUpdate.update(&state, .command(.toggleHelp))
        #expect(state.helpTopic == .keys)
    }

    @Test func colonTabOffersMessages() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        for character in "mess" { _ = AppUpdate.update(&state, .promptKey(.character(character))) }
        #expect(state.prompt?.completions == ["messages"])
    }
}
