/// Why the terminal reader cannot start; `description` is the line a person sees.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    /// The terminal type cannot move the cursor or clear the screen (TERM=dumb, an editor's shell buffer).
    case cannotDraw(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal for the reader; use `parley list`, `parley show` or `parley export --json` in scripts"
        case .unknownTerminal(let term):
            "cannot use the terminal type '\(term)' (TERM): set TERM to one your system knows, such as xterm-256color"
        case .cannotDraw(let term):
            "the terminal type '\(term)' (TERM) cannot move the cursor, so the reader cannot draw; set TERM to your terminal's type (such as xterm-256color), or use `parley list`, `parley search` and `parley show` for plain output"
        }
    }
}
