import Foundation
import ParleyTUI
import ParleyTerminal

/// Text snapshots of screen buffers: the rows, then one letter per cell naming its style role
/// (drawn with `Snapshots.testTheme`, where every role is distinct), then the legend.
public enum Snapshots {
    /// A theme in which every role has its own colour, so a cell's style tells its role.
    public static let testTheme = Theme(
        name: "test",
        styles: Dictionary(
            uniqueKeysWithValues: StyleRole.allCases.enumerated().map { index, role in
                (role, Style(foreground: .indexed(16 + index), background: .indexed(100 + index)))
            }))

    static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// The rows and the role grid of a buffer drawn with `testTheme`.
    public static func render(_ buffer: ScreenBuffer) -> String {
        var roleOf: [Style: Character] = [:]
        var legend: [String] = []
        for (index, role) in StyleRole.allCases.enumerated() {
            let base = testTheme[role]
            roleOf[base] = letters[index]
            legend.append("\(letters[index])=\(role.rawValue)")
        }
        var grid: [String] = []
        for y in 0..<buffer.size.height {
            var row = ""
            for x in 0..<buffer.size.width where !buffer[x, y].isContinuation {
                var style = buffer[x, y].style
                style.attributes = []
                let letter = roleOf[style] ?? roleOf.first { $0.key.foreground == style.foreground }?.value ?? "?"
                row.append(letter)
                if buffer[x, y].width == 2 { row.append(letter) }
            }
            grid.append(row)
        }
        return buffer.textSnapshot() + "\n\n" + grid.joined(separator: "\n") + "\n\n" + legend.joined(separator: " ")
            + "\n"
    }

    /// Compares with `Tests/<target>/Snapshots/<name>.txt`; records it when absent or when
    /// RECORD_SNAPSHOTS=1. Returns nil when equal (or recorded), else a description of the difference.
    public static func check(_ text: String, named name: String, directory: URL) -> String? {
        let url = directory.appendingPathComponent("\(name).txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
            print("recorded snapshot \(url.path)")
            return nil
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if expected == text { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return
            "snapshot \(name) differs at line \(line + 1):\n expected: \(line < a.count ? a[line] : "")\n actual:   \(line < b.count ? b[line] : "")\n(RECORD_SNAPSHOTS=1 rewrites it)"
    }
}
