import Foundation
import ParleyModel

/// The command line as the kernel passed it. A file name that is not UTF-8 reaches `CommandLine.arguments`
/// with its stray bytes already replaced by U+FFFD and no longer names the file; the bytes survive in
/// /proc/self/cmdline, and come back here in the escaped form (`\xFF`) the readers accept.
enum RawArguments {
    static func recover(_ argument: String) -> String {
        raw(argument).map { RawPath(bytes: $0).path } ?? argument
    }

    /// The bytes an argument was given as, when they were not UTF-8 (the argument then holds U+FFFD).
    /// The value of an option written `--name=VALUE` is found at the end of its argument.
    static func raw(_ argument: String) -> [UInt8]? {
        guard argument.unicodeScalars.contains("\u{FFFD}"),
            let data = FileManager.default.contents(atPath: "/proc/self/cmdline")
        else { return nil }
        for raw in data.split(separator: 0, omittingEmptySubsequences: false)
        where String(validating: raw, as: UTF8.self) == nil {
            if String(decoding: raw, as: UTF8.self) == argument { return Array(raw) }
            if raw.first == UInt8(ascii: "-"), let equals = raw.firstIndex(of: UInt8(ascii: "=")),
                String(decoding: raw[(equals + 1)...], as: UTF8.self) == argument
            {
                return Array(raw[(equals + 1)...])
            }
        }
        return nil
    }
}
