import Dispatch
import ParleyModel
import Testing

@testable import ParleyTUI

/// Slow effects run off the loop, one at a time, the newest waiting request replacing older ones.
@Suite struct BackgroundEffectsTests {
    @Test func newestWaitingSearchReplacesTheOthers() {
        // Given a search for "a" that blocks until released
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let work = BackgroundEffects(
            perform: { effect in
                guard case .search(let query) = effect else { return nil }
                if query == "a" {
                    started.signal()
                    release.wait()
                }
                return .searchFinished(query: query, hits: [])
            }, wake: {})
        work.start(.search("a"))
        started.wait()
        #expect(!work.isIdle)
        // When two more are asked for while it runs
        work.start(.search("ab"))
        work.start(.search("abc"))
        release.signal()
        work.waitUntilIdle()
        // Then "ab" never ran, and the replies come in the order the searches ran
        let queries = work.takeReplies().map { reply -> String in
            if case .searchFinished(let query, _) = reply { return query }
            return "?"
        }
        #expect(queries == ["a", "abc"])
        #expect(work.isIdle)
    }

    @Test func onlySearchesRunInTheBackground() {
        #expect(BackgroundEffects.runsInBackground(.search("x")))
        #expect(!BackgroundEffects.runsInBackground(.loadArticle(id: "a", evidence: nil)))
        #expect(!BackgroundEffects.runsInBackground(.findLeaders("pu")))
    }
}
