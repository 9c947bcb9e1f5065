import Foundation
import ParleyModel
import Synchronization

/// Standard output of every command: text lines made inert for the terminal, and JSON.
///
/// Written straight to the file descriptor so that a failed write (a full disk, a closed pipe) is seen:
/// the first failure stops further output and is reported when the command ends, with status 5.
enum Output {
    private static let failure = Mutex<String?>(nil)

    /// Why the output could not be written, if it could not.
    static var writeFailure: String? { failure.withLock { $0 } }

    /// Text as it is (the caller made it safe), followed by a line feed.
    static func text(_ text: String) {
        guard writeFailure == nil else { return }
        var bytes = Array((text + "\n").utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                failure.withLock { $0 = reason }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// One line of text: control characters, including line breaks inside a field, shown as pictures.
    static func line(_ text: String) {
        self.text(DisplayText.sanitize(text).replacingOccurrences(of: "\n", with: "\u{2424}"))
    }

    static func printTable(_ rows: [ArticleSummary]) {
        let idWidth = min(28, rows.map(\.id.count).max() ?? 2)
        for row in rows {
            let date = row.published?.description ?? "undated"
            let id = row.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            line("\(id)  \(date.padding(toLength: 10, withPad: " ", startingAt: 0))  \(shownTitle(row))")
        }
        if rows.isEmpty { Console.note("no articles") }
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
