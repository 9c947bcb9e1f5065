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
            if prompt.kind == .command {
                state.prompt?.completions = ColonCommand.completions(prompt.editor.string, themes: state.themeNames)
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
        case .filterTimeline:
            remember(text, in: &state.searchHistory)
            let scope = state.timelineScope?.filtered(by: text) ?? .matching(text)
            return showTimeline(scope, state: &state)
        case .command:
            remember(text, in: &state.commandHistory)
            return ColonCommand.run(text, state: &state)
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

    /// Every case-insensitive occurrence of `query` in the open article's body: focus goes to the
    /// article, at the first.
    static func findInArticle(_ query: String, state: inout AppState) {
        findInArticle(terms: [query], label: query, state: &state)
        state.focus = .article
    }

    /// Highlights every occurrence of any of `terms` in the open article and shows the first;
    /// `label` is what the person searched for.
    static func findInArticle(terms: [String], label: String, state: inout AppState) {
        guard let body = state.reader.article?.displayBody else { return }
        state.reader.searchQuery = label
        state.reader.matches = occurrences(of: terms, in: body)
        state.reader.currentMatch = 0
        if let first = state.reader.matches.first {
            reveal(first.lowerBound, state: &state)
        } else {
            state.message = "'\(label)' is not in this article"
            state.isError = true
        }
    }

    /// The words of a library search, as the article finder looks for them: "Water  treaty!" → water, treaty.
    static func searchWords(_ query: String) -> [String] {
        query.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Where any of `terms` occurs in `body`, case-insensitively, as scalar ranges in order, none overlapping.
    static func occurrences(of terms: [String], in body: String) -> [Range<Int>] {
        let haystack = Array(body.lowercased().unicodeScalars)
        // Lowercasing that changes the length would shift every offset: find nothing rather than wrong.
        guard haystack.count == body.unicodeScalars.count else { return [] }
        var found: [Range<Int>] = []
        for term in terms {
            let needle = Array(term.lowercased().unicodeScalars)
            guard !needle.isEmpty, needle.count <= haystack.count else { continue }
            var i = 0
            while i + needle.count <= haystack.count {
                if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle {
                    found.append(i..<i + needle.count)
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        var merged: [Range<Int>] = []
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound < last.upperBound { continue }
            merged.append(range)
        }
        return merged
    }
}
