import Foundation
import ParleyTestSupport
import Testing

/// Runs the built `parley` binary as a script would: arguments, environment, standard output and error.
struct ParleyRun {
    var output: String
    var errors: String
    var status: Int32

    static func run(
        _ arguments: [String], environment: [String: String] = [:], standardOutput: FileHandle? = nil
    ) throws -> ParleyRun {
        let process = try start(arguments, environment: environment, standardOutput: standardOutput)
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

    /// Starts `parley` without waiting: standard output and error are pipes unless given.
    static func start(
        _ arguments: [String], environment: [String: String] = [:], standardOutput: FileHandle? = nil
    ) throws -> Process {
        let process = Process()
        process.executableURL = try #require(Tmux.binary)
        process.arguments = arguments
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

    /// An empty home for every run of this test process, in place of the user's.
    static let isolatedHome = Fixtures.temporaryDirectory("parley-home")

    private final class Box: @unchecked Sendable {
        var data = Data()
    }
}
