import Foundation
import Glibc
import ParleyTestSupport

/// Drives the real `parley` binary in a tmux session on a private socket, like a person at a terminal.
final class Tmux {
    let socket = "parley-test-\(UUID().uuidString.prefix(6))"
    let directory = Fixtures.temporaryDirectory("parley-e2e")

    static var binary: URL? {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("parley"),
            Fixtures.packageRoot.appendingPathComponent(".build/debug/parley"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// bash, for tests that need an interactive shell with job control.
    static var bash: String? {
        ["/bin/bash", "/usr/bin/bash"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var available: Bool {
        binary != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    }

    /// Runs a tmux command through posix_spawn and waitpid (Foundation's Process waits forever when
    /// the tmux server it starts keeps running); output is read from a file when `capture` is set.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = false) -> String {
        let output = directory.appendingPathComponent("out-\(UUID().uuidString.prefix(6))").path
        let quoted = (["tmux", "-L", socket] + arguments).map {
            "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        let command =
            quoted.joined(separator: " ") + " </dev/null >" + (capture ? output : "/dev/null") + " 2>/dev/null"
        var pid: pid_t = 0
        let parts: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = parts.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return "" }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard capture else { return "" }
        defer { try? FileManager.default.removeItem(atPath: output) }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Starts a shell script in a 120×40 session with TERM and the locale pinned, and the user's own
    /// config, themes and library out of reach: the script's own exports may point them elsewhere.
    func start(_ script: String, width: Int = 120, height: Int = 40) {
        let file = directory.appendingPathComponent("run.sh")
        try? Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: file)
        let home = directory.appendingPathComponent("home").path
        tmux([
            "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
            "env TERM=xterm-256color LC_ALL=C.UTF-8 NO_COLOR= HOME=\(home) XDG_CONFIG_HOME=\(home)/config"
                + " XDG_DATA_HOME=\(home)/data sh \(file.path)",
        ])
    }

    func keys(_ keys: String...) { tmux(["send-keys"] + keys) }

    func screen() -> String { tmux(["capture-pane", "-p"], capture: true) }

    /// Polls the screen until `predicate` holds or `seconds` pass; returns the last screen.
    @discardableResult
    func wait(seconds: Double = 10, until predicate: (String) -> Bool) -> (Bool, String) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = screen()
            if predicate(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return (false, last)
    }

    /// Polls until the file `name` in the test directory exists and is not empty; returns its text.
    func waitForFile(_ name: String, seconds: Double = 10) -> String? {
        let path = directory.appendingPathComponent(name).path
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), !text.isEmpty { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Whether the pane shows the alternate screen (curses mode) rather than the shell's.
    var alternateScreen: Bool {
        tmux(["display-message", "-p", "#{alternate_on}"], capture: true).hasPrefix("1")
    }

    func stop() {
        tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }
}
