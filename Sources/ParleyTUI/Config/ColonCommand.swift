import ParleyTerminal

/// The `:` command line: any command by name (`:nextUnread`, `:next-unread`, `:quit`, `:q`), and the
/// two that take a word, `:theme NAME` and `:leader NAME` (which opens the leader prompt with its
/// completions).
enum ColonCommand {
    /// What Tab offers for the line typed so far: whole lines, in order.
    static func completions(_ line: String, themes: [String]) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let startsArgument = line.hasSuffix(" ") && words.count == 1
        if words.first == "theme", startsArgument || words.count == 2 {
            let prefix = words.count == 2 ? words[1].lowercased() : ""
            return themes.filter { $0.lowercased().hasPrefix(prefix) }.map { "theme " + $0 }
        }
        // nothing typed yet: every name, so Tab lists them
        guard words.count <= 1, words.isEmpty || !line.hasSuffix(" ") else { return [] }
        let prefix = words.first?.lowercased() ?? ""
        let names =
            ["theme", "leader", "messages"] + Command.allCases.filter { $0 != .startCommandLine }.map(\.rawValue)
        // a command that takes a word comes with the space before it
        return names.filter { $0.lowercased().hasPrefix(prefix) }.map { takesWord.contains($0) ? $0 + " " : $0 }
    }

    /// The commands that take a word after them.
    static let takesWord: Set<String> = ["theme", "leader"]

    /// Runs a submitted line.
    static func run(_ line: String, state: inout AppState) -> [Effect] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = words.first else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        switch name {
        case "theme":
            guard words.count == 2 else {
                state.message = "usage: :theme NAME (\(state.themeNames.joined(separator: ", ")))"
                state.isError = true
                return []
            }
            // A name begun is enough when only one theme starts so.
            let begun = state.themeNames.filter { $0.lowercased().hasPrefix(words[1].lowercased()) }
            let name = state.themeNames.contains(words[1]) || begun.count != 1 ? words[1] : begun[0]
            return [.applyTheme(name)]
        case "leader":
            var editor = LineEditor(history: state.leaderHistory)
            for character in rest { _ = editor.handle(.character(character)) }
            state.prompt = PromptState(kind: .leader, editor: editor)
            // a name given is applied when the library answers: one Enter, as for any other command
            state.prompt?.submitsOnAnswer = !rest.isEmpty
            return rest.isEmpty ? [] : [.findLeaders(rest)]
        case "q":
            state.quit = true
            return []
        case "messages":
            // the latest at the bottom, in view
            state.showHelp = true
            state.helpTopic = .messages
            state.helpScroll = HelpView.maxScroll(lines: state.helpLineCount, size: state.size)
            return []
        default:
            guard let command = ReaderConfig.command(name), command != .startCommandLine, words.count == 1 else {
                state.message = "no command named '\(line)' (Tab completes)"
                state.isError = true
                return []
            }
            return AppUpdate.perform(command, on: &state)
        }
    }
}
