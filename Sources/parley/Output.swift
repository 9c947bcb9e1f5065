import Foundation
import ParleyModel
import Synchronization

/// Standard output of every command: text lines made inert for the terminal, and JSON.
///
/// Written straight to the file descriptor so that a failed write (a full disk, a closed pipe) is seen:
/// the first failure stops further output and is reported when the command ends, with status 5.
enum Output {
    private static let failure = Mutex<(reason: String, closedPipe: Bool)?>(nil)

    /// Why the output could not be written, if it could not.
    static var writeFailure: String? { failure.withLock { $0?.reason } }

    /// The output went to a pipe whose reader had gone (`parley list | head`): nothing to report.
    static var pipeClosed: Bool { failure.withLock { $0?.closedPipe ?? false } }

    /// Text as it is (the caller made it safe), followed by a line feed.
    static func text(_ text: String) {
        guard writeFailure == nil else { return }
        var bytes = Array((text + "\n").utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let closed = errno == EPIPE
                let reason = String(cString: strerror(errno))
                failure.withLock { $0 = (reason, closed) }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// One line of text: control characters, including line breaks inside a field, shown as pictures.
    static func line(_ text: String) {
        self.text(DisplayText.sanitize(text).replacingOccurrences(of: "\n", with: "\u{2424}"))
    }

    /// The longest id the table prints whole; a longer one is cut with an ellipsis (`show` takes a prefix).
    static let idWidth = 28

    static func printTable(_ rows: [ArticleSummary]) {
        let idWidth = min(idWidth, rows.map(\.id.count).max() ?? 2)
        for row in rows {
            let date = row.published?.description ?? "undated"
            let id = shortID(row.id, width: idWidth).padding(toLength: idWidth, withPad: " ", startingAt: 0)
            line("\(id)  \(date.padding(toLength: 10, withPad: " ", startingAt: 0))  \(shownTitle(row))")
        }
        if rows.isEmpty { Console.note("no articles") }
    }

    /// An id no wider than `width`: whole, or its start and an ellipsis.
    static func shortID(_ id: String, width: Int) -> String {
        id.count <= width ? id : id.prefix(max(1, width - 1)) + "…"
    }

    /// A row's title, or the first sentence of its lede in quotation marks when it has no title.
    static func shownTitle(_ row: ArticleSummary) -> String {
        row.hasTitle ? row.title : "“\(row.title)”"
    }

    static func printJSON(_ value: some Encodable) {
        if let json = JSONOutput.string(value) { text(json) }
    }

    /// Nothing matched: status 1, after the (empty) output was written.
    static func nothingMatched(_ isEmpty: Bool) throws {
        if isEmpty { throw ExitStatus.noMatch.code }
    }
}
