import ArgumentParser
import Foundation
import ParleyModel

/// The `parley` command: a terminal reader for news about diplomacy.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "A terminal reader for news about diplomacy: articles, leaders, and a timeline of their meetings.",
        discussion: """
            Exit status: 0 done; 1 nothing matched (no article, meeting or person); 2 a usage error \
            (unknown command or option, a bad date, a reversed range); 3 the library cannot be used \
            (missing, damaged, read-only, another program's, too new); 4 some input files or feeds could \
            not be read; 5 the output could not be written (a full disk, a closed pipe).
            """,
        version: "0.1.0",
        subcommands: [
            Browse.self, Add.self, List.self, Show.self, Search.self, Entities.self, Meetings.self, Timeline.self,
            Export.self, SetDate.self, Repair.self, FeedCommand.self, Fetch.self, Themes.self, Config.self, Bench.self,
            ManualSections.self,
        ],
        defaultSubcommand: Browse.self
    )

    /// Parses and runs a command with the exit statuses above: usage errors exit 2 (not the parser's 64),
    /// an unknown command is named as such (not reported as an argument of the reader), and output that
    /// could not be written fails the command.
    static func main() {
        // a closed pipe is reported as a failed write (status 5), not a silent death by signal
        signal(SIGPIPE, SIG_IGN)
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) {
            Console.error(
                "unknown command '\(first)'; the commands are: \(commandNames.sorted().joined(separator: ", "))")
            Glibc.exit(ExitStatus.usage.rawValue)
        }
        let status: Int32
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            status = ExitStatus.ok.rawValue
        } catch {
            let code = exitCode(for: error).rawValue
            // a command's own failures were explained where they happened; the parser's are printed here
            let message = error is ExitCode ? "" : fullMessage(for: error)
            if !message.isEmpty {
                if code == ExitCode.success.rawValue { Output.text(message) } else { Console.plain(message) }
            }
            status = code == ExitCode.validationFailure.rawValue ? ExitStatus.usage.rawValue : code
        }
        Glibc.exit(finishOutput(status))
    }

    static var commandNames: Set<String> {
        Set(configuration.subcommands.compactMap { $0.configuration.commandName ?? defaultName($0) } + ["help"])
    }

    private static func defaultName(_ command: any ParsableCommand.Type) -> String {
        String(describing: command).lowercased()
    }

    /// A write that failed (ENOSPC, EPIPE) turns success into status 5; only a full disk and the like are told.
    private static func finishOutput(_ status: Int32) -> Int32 {
        guard let reason = Output.writeFailure else { return status }
        // a reader that stopped reading (`parley list | head`) is not an error to report, as with git log
        if !Output.pipeClosed { Console.error("the output could not be written: \(reason)") }
        return status == ExitStatus.ok.rawValue || status == ExitStatus.noMatch.rawValue
            ? ExitStatus.output.rawValue : status
    }
}
