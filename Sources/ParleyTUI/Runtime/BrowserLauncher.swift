import Foundation
import Glibc

/// Starts the browser for a checked source: the first program of `$BROWSER` (its words as arguments,
/// `%s` replaced by the link, else the link last), or `xdg-open`. It is started directly, with
/// `posix_spawnp` and an argument list (no shell), and waited for.
public enum BrowserLauncher {
    /// The argument list for `link`, from `$BROWSER` when set.
    public static func arguments(for link: String, browser: String?) -> [String] {
        let first = browser?.split(separator: ":").first.map(String.init) ?? ""
        let words = first.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return ["xdg-open", link] }
        if words.contains(where: { $0.contains("%s") }) {
            return words.map { $0.replacingOccurrences(of: "%s", with: link) }
        }
        return words + [link]
    }

    /// Runs the browser on `link` and waits; nil when it ran and succeeded, else what went wrong.
    public static func open(_ link: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String?
    {
        guard case .allowed(let checked) = SourceLink.check(link) else { return "refused: not a safe link" }
        let arguments = arguments(for: checked, browser: environment["BROWSER"])
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], nil, nil, argv, environ)
        guard spawned == 0 else { return "could not start \(arguments[0]): \(String(cString: strerror(spawned)))" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        return exited && code == 0 ? nil : "\(arguments[0]) failed (status \(exited ? code : 128 + (status & 0x7F)))"
    }
}
