import ParleyModel
import ParleyTerminal

extension AppUpdate {
    /// A key while a prompt is open: Enter submits, Esc cancels, Tab takes the next completion,
    /// anything else edits the line (and, for leaders, asks for completions).
    static func editPrompt(_ key: Key, state: inout AppState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        switch key {
        case .escape, .control("c"), .control("g"):
            state.prompt = nil
            return []
        case .enter:
            state.prompt = nil
            return submit(prompt, state: &state)
        case .tab:
            guard !prompt.completions.isEmpty else { return [] }
            let choice = prompt.completions[prompt.completionIndex % prompt.completions.count]
            prompt.completionIndex += 1
            prompt.editor = LineEditor(text: choice, history: prompt.editor.history)
            state.prompt = prompt
            return []
        default:
            guard prompt.editor.handle(key) else { return [] }
            prompt.completionIndex = 0
            state.prompt = prompt
            if prompt.kind == .leader {
                let text = prompt.editor.string.trimmingCharacters(in: .whitespaces)
                if text.isEmpty {
                    state.prompt?.completions = []
                    return []
                }
                return [.findLeaders(text)]
            }
            return []
        }
    }

    static func submit(_ prompt: PromptState, state: inout AppState) -> [Effect] {
        let text = prompt.editor.string.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        switch prompt.kind {
        case .searchLibrary:
            remember(text, in: &state.searchHistory)
            state.list.searchQuery = text
            state.focus = .list
            state.message = "searching for '\(text)'…"
            return [.search(text)]
        case .searchArticle:
            remember(text, in: &state.searchHistory)
            findInArticle(text, state: &state)
            return []
        case .leader:
            remember(text, in: &state.leaderHistory)
            let name = prompt.completions.first { NameKey.of($0) == NameKey.of(text) } ?? prompt.completions.first
            guard let name else {
                state.message = "no leader matches '\(text)'"
                state.isError = true
                return []
            }
            return applyLeader(name, state: &state)
        }
    }

    static func remember(_ text: String, in history: inout [String]) {
        history.removeAll { $0 == text }
        history.append(text)
        if history.count > 50 { history.removeFirst() }
    }

    /// Every case-insensitive occurrence of `query` in the open article's body.
    static func findInArticle(_ query: String, state: inout AppState) {
        guard let body = state.reader.article?.displayBody else { return }
        let needle = Array(query.lowercased().unicodeScalars)
        let haystack = Array(body.lowercased().unicodeScalars)
        var matches: [Range<Int>] = []
        if !needle.isEmpty, haystack.count == body.unicodeScalars.count, needle.count <= haystack.count {
            var i = 0
            while i + needle.count <= haystack.count {
                if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle {
                    matches.append(i..<i + needle.count)
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        state.reader.searchQuery = query
        state.reader.matches = matches
        state.reader.currentMatch = 0
        state.focus = .article
        if let first = matches.first {
            reveal(first.lowerBound, state: &state)
            state.message = "match 1 of \(matches.count)"
        } else {
            state.message = "'\(query)' is not in this article"
            state.isError = true
        }
    }
}
