import ParleyModel
import ParleyTerminal
import ParleyTestSupport
import Testing

@testable import ParleyTUI

/// Who met whom: pairs ranked by meetings, with their span and places; Enter narrows the timeline.
@Suite struct PairsViewTests {
    func opened(leader: String? = nil, size: Size = Size(width: 80, height: 24)) throws -> (AppState, EffectRunner) {
        let (store, _) = try Fixtures.library(ReaderTests.files)
        let runner = EffectRunner(store: store, themes: ThemeLibrary(directories: []))
        var state = AppState(size: size)
        state.leaderFilter = leader
        let effects = AppUpdate.update(&state, .command(.showPairs))
        #expect(effects == [.loadPairs(leader: leader)])
        for effect in effects {
            if let message = runner.run(effect).0 { _ = AppUpdate.update(&state, message) }
        }
        return (state, runner)
    }

    @Test func pairsAreRankedWithTheirSpanAndPlaces() throws {
        let (state, _) = try opened()
        let pairs = try #require(state.pairs?.pairs)
        #expect(
            pairs.map(\.participants) == [["Alexander Lukashenko", "Xi Jinping"], ["Abiy Ahmed", "William Ruto"]])
        #expect(pairs.map(\.meetings) == [2, 1])
        #expect(pairs[0].first?.description == "2023-03-01" && pairs[0].last?.description == "2023-12-04")
        #expect(pairs[0].places == ["Beijing"])
        #expect(
            PairsView.row(pairs[0], leader: nil, width: 78).hasPrefix(
                "2×   Alexander Lukashenko – Xi Jinping · Beijing"))
        #expect(PairsView.row(pairs[0], leader: nil, width: 60).hasPrefix("2×   Lukashenko – Xi · Beijing"))
    }

    @Test func withALeaderFilterTheCounterpartsAreNamedAlone() throws {
        let (state, _) = try opened(leader: "Xi Jinping")
        let pairs = try #require(state.pairs?.pairs)
        #expect(pairs.count == 1)
        #expect(
            PairsView.row(pairs[0], leader: "Xi Jinping", width: 60).hasPrefix("2×   Alexander Lukashenko · Beijing"))
    }

    @Test func enterNarrowsTheTimelineToThePairAndEscapeCloses() throws {
        var (state, runner) = try opened()
        _ = AppUpdate.update(&state, .command(.moveDown))
        #expect(state.pairs?.cursor.selected == 1)
        let effects = AppUpdate.update(&state, .command(.open))
        #expect(state.pairs == nil)
        #expect(state.focus == .timeline)
        #expect(state.timelineScope?.pair == ["Abiy Ahmed", "William Ruto"])
        for effect in effects {
            if let message = runner.run(effect).0 { _ = AppUpdate.update(&state, message) }
        }
        #expect(state.timelineTotal == 1)
        #expect(state.timeline.map(\.participants) == [["Abiy Ahmed", "William Ruto"]])
        var again = try opened().0
        _ = AppUpdate.update(&again, .command(.back))
        #expect(again.pairs == nil)
    }

    @Test(arguments: [(120, 40), (80, 24), (40, 12)])
    func theViewAtEachSize(_ width: Int, _ height: Int) throws {
        let (state, _) = try opened(size: Size(width: width, height: height))
        let (buffer, _) = AppView.render(state, theme: Snapshots.testTheme)
        if let difference = Snapshots.check(
            Snapshots.render(buffer), named: "pairs-\(width)x\(height)", directory: ReaderTests.snapshots)
        {
            Issue.record(Comment(rawValue: difference))
        }
        #expect(buffer.textSnapshot().contains("Who met whom (2)"))
    }
}
