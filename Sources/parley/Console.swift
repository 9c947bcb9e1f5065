import ArgumentParser
import Foundation
import ParleyModel

/// Plain output helpers: notes and warnings on standard error, terminal detection.
///
/// Messages name files and ids that come from outside (file names may hold escape sequences or line
/// breaks), so every line is made inert before it reaches the terminal.
enum Console {
    static func note(_ text: String) {
        FileHandle.standardError.write(Data("parley: \(inert(text))\n".utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data("parley: error: \(inert(text))\n".utf8))
    }

    /// A message that carries its own wording (the argument parser's), on standard error.
    static func plain(_ text: String) {
        FileHandle.standardError.write(Data("\(inert(text))\n".utf8))
    }

    /// Control characters shown as visible pictures; the message's own line breaks kept.
    static func inert(_ text: String) -> String { DisplayText.sanitize(text) }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A one-line progress bar on standard error, redrawn in place.
    static func progress(_ done: Int, _ total: Int) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// The exit statuses every command keeps (documented in the README and `parley --help`).
enum ExitStatus: Int32 {
    case ok = 0
    /// The command worked and found nothing: no article, meeting or person matched.
    case noMatch = 1
    /// The command line was wrong: unknown command or option, a bad date, a reversed range.
    case usage = 2
    /// The library could not be used: missing, damaged, read-only, another program's, too new.
    case library = 3
    /// Some input files could not be read (the others were added).
    case input = 4
    /// The output could not be written: a full disk or a closed pipe.
    case output = 5

    var code: ExitCode { ExitCode(rawValue) }
}

/// A failure that has already been explained in one line: print it and exit with its status.
enum Fail {
    static func with(_ message: String, _ status: ExitStatus = .library) -> ExitCode {
        Console.error(message)
        return status.code
    }

    /// A library error, with the status its kind calls for.
    static func library(_ error: LibraryError) -> ExitCode {
        switch error {
        case .unknownArticle: with(error.description, .noMatch)
        case .invalidDate, .emptyPath: with(error.description, .usage)
        default: with(error.description, .library)
        }
    }
}
