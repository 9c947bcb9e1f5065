import ArgumentParser
import Foundation

/// Plain output helpers: notes and warnings on standard error, terminal detection.
enum Console {
    static func note(_ text: String) {
        FileHandle.standardError.write(Data("parley: \(text)\n".utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data("parley: error: \(text)\n".utf8))
    }

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

/// A failure that has already been explained in one line: print it and exit non-zero.
enum Fail {
    static func with(_ message: String) -> ExitCode {
        Console.error(message)
        return ExitCode.failure
    }
}
