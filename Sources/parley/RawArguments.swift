import Foundation
import ParleyModel

/// The command line as the kernel passed it. A file name that is not UTF-8 reaches `CommandLine.arguments`
/// with its stray bytes already replaced by U+FFFD and no longer names the file; the bytes survive in
/// /proc/self/cmdline, and come back here in the escaped form (`\xFF`) the readers accept.
enum RawArguments {
    static func recover(_ argument: String) -> String {
        guard argument.unicodeScalars.contains("\u{FFFD}"),
            let data = FileManager.default.contents(atPath: "/proc/self/cmdline")
        else { return argument }
        for raw in data.split(separator: 0, omittingEmptySubsequences: false)
        where String(decoding: raw, as: UTF8.self) == argument && String(validating: raw, as: UTF8.self) == nil {
            return RawPath(bytes: Array(raw)).path
        }
        return argument
    }
}
