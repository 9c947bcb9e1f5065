/// Why the terminal reader cannot start; `description` is the line a person sees.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal for the reader; use `parley list`, `parley show` or `parley export --json` in scripts"
        case .unknownTerminal(let term):
            "cannot use the terminal type '\(term)' (TERM): set TERM to one your system knows, such as xterm-256color"
        }
    }
}
