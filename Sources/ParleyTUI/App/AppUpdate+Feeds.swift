import ParleyModel

extension AppUpdate {
    /// Starts a fetch of the feeds, unless one runs; its progress shows in the status bar.
    static func fetchFeeds(_ state: inout AppState) -> [Effect] {
        guard !state.isFetchingFeeds else {
            state.message = "the feeds are being fetched"
            return []
        }
        state.isFetchingFeeds = true
        state.message = "fetching the feeds…"
        return [.fetchFeeds]
    }

    /// Progress and the end of a fetch. New articles show as each feed is stored (the library changes
    /// under the reader); the end reloads once more and says how it went.
    static func receiveFeeds(_ message: Message, state: inout AppState) -> [Effect] {
        switch message {
        case .feedsProgressed(let done, let total):
            state.message = "fetching the feeds: \(done)/\(total)"
            state.isError = false
        case .feedsFetched(let summary, let failures):
            state.isFetchingFeeds = false
            let more = failures.count > 1 ? " (and \(failures.count - 1) more; `parley feed list`)" : ""
            state.message = failures.first.map { "\(summary); \($0)\(more)" } ?? summary
            state.isError = !failures.isEmpty
            return reload(&state)
        default:
            break
        }
        return []
    }
}
