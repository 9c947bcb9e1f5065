import Foundation
import ParleyTestSupport
import Testing

/// Runs the built `parley` binary as a script would: arguments, environment, standard output and error.
struct ParleyRun {
    var output: String
    var errors: String
    var status: Int32

    static func run(
        _ arguments: [String], environment: [String: String] = [:], standardOutput: FileHandle? = nil,
        through wrapper: [String] = []
    ) throws -> ParleyRun {
        let process = try start(arguments, environment: environment, standardOutput: standardOutput, through: wrapper)
        let out = process.standardOutput as? Pipe
        let err = process.standardError as? Pipe
        // read both pipes to their end before waiting, so a full pipe never blocks the child
        let errorData = Box()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            errorData.data = err?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        }
        let outputData = out?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        reading.wait()
        return ParleyRun(
            output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData.data, as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Starts `parley` without waiting: standard output and error are pipes unless given. A `wrapper`
    /// (a command and its options) runs it, as `setpriv` runs it as another user.
    static func start(
        _ arguments: [String], environment: [String: String] = [:], standardOutput: FileHandle? = nil,
        through wrapper: [String] = []
    ) throws -> Process {
        let process = Process()
        let binary = try #require(Tmux.binary)
        if let command = wrapper.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = wrapper.dropFirst() + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "PARLEY_LIBRARY")
        // the user's own config and library never reach a test: a home of the test's own
        env["HOME"] = isolatedHome.path
        env["XDG_CONFIG_HOME"] = isolatedHome.appendingPathComponent("config").path
        env["XDG_DATA_HOME"] = isolatedHome.appendingPathComponent("data").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let standardOutput { process.standardOutput = standardOutput } else { process.standardOutput = Pipe() }
        process.standardError = Pipe()
        try process.run()
        return process
    }

    /// What runs `parley` as a user without privileges: nothing when the tests already run as one, else
    /// `setpriv` to user nobody (root may write any file, so it cannot meet a read-only library); nil
    /// when neither is possible.
    static let unprivileged: [String]? = {
        guard geteuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid", "65534", "--regid", "65534", "--clear-groups"]
    }()

    /// The user `unprivileged` runs as.
    static var unprivilegedUser: uid_t { geteuid() == 0 ? 65534 : geteuid() }

    /// An empty home for every run of this test process, in place of the user's.
    static let isolatedHome = Fixtures.temporaryDirectory("parley-home")

    private final class Box: @unchecked Sendable {
        var data = Data()
    }
}
