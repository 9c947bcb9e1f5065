import ArgumentParser
import ParleyTUI

/// `parley manual-sections` (hidden): the sections of `parley(1)` swift-argument-parser does not write,
/// in roff: the reader's keys (from the keymap itself, so the manual cannot drift from the keys), the
/// files Parley reads and writes, its environment and its exit statuses.
/// `Scripts/install-shell-support.sh` appends them to the generated page.
struct ManualSections: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual-sections", abstract: "Print the manual's reader keys, FILES, ENVIRONMENT and EXIT STATUS.",
        shouldDisplay: false)

    func run() throws {
        Output.text(Self.roff())
    }

    static let contextNames: [KeyContext: String] = [
        .global: "Everywhere", .list: "Article list", .article: "Open article", .entities: "Entities",
        .timeline: "Timeline", .meeting: "Meeting view", .pairs: "Who met whom", .chart: "Chart", .help: "Help",
    ]

    /// The sections in mdoc, the macros of the page swift-argument-parser generates; they replace its
    /// one-line EXIT STATUS.
    static func roff() -> String {
        var lines = [
            ".Sh \"READER KEYS\"",
            escaped(
                "parley with no command (or parley browse) opens the reader. Its keys, as bound by default; "
                    + "bind and unbind lines in the config file change them, and ? shows them as they are."),
        ]
        let rows = Keymap.standard.helpRows()
        for context in KeyContext.allCases {
            let mine = rows.filter { $0.context == context }
            guard !mine.isEmpty else { continue }
            lines += [".Ss \(escaped(contextNames[context] ?? context.rawValue))", ".Bl -tag -width Ds"]
            for row in mine {
                lines += [
                    ".It Sy "
                        + row.keys.split(separator: " ").map { "\\&" + escaped(String($0)) }.joined(separator: " ")
                ]
                lines.append(escaped(row.label))
            }
            lines.append(".El")
        }
        func list(_ macro: String, _ items: [(String, String)]) -> [String] {
            [".Bl -tag -width Ds"] + items.flatMap { [".It \(macro) \(escaped($0.0))", escaped($0.1)] } + [".El"]
        }
        lines.append(".Sh FILES")
        lines += list(
            "Pa",
            [
                (
                    "$XDG_DATA_HOME/parley/library.sqlite",
                    "The library (else ~/.local/share/parley/library.sqlite), with its -wal and -shm files; "
                        + "--library or PARLEY_LIBRARY choose another. A damaged one that repair replaced is kept "
                        + "beside it as NAME.damaged-TIME."
                ),
                (
                    "$XDG_CONFIG_HOME/parley/config",
                    "The reader's config file (else ~/.config/parley/config): theme, bind and unbind lines."
                ),
                (
                    "$XDG_CONFIG_HOME/parley/themes/NAME.theme",
                    "Themes of your own, beside the built-in ones (parley themes lists them)."
                ),
            ])
        lines.append(".Sh ENVIRONMENT")
        lines += list(
            "Ev",
            [
                ("PARLEY_LIBRARY", "The library to use, as --library gives it."),
                ("XDG_DATA_HOME XDG_CONFIG_HOME HOME", "Where the library and the config file are."),
                ("NO_COLOR", "Set to anything: the monochrome theme."),
                ("BROWSER", "What o opens a source with (else xdg-open)."),
                ("TERM", "A terminal that cannot move the cursor (dumb) is refused; parley list works there."),
            ])
        lines.append(".Sh \"EXIT STATUS\"")
        lines += list(
            "Sy",
            [
                ("0", "done"), ("1", "nothing matched (no article, meeting or person)"),
                ("2", "a usage error: unknown command or option, a bad date, a reversed range"),
                ("3", "the library cannot be used: missing, damaged, read-only, another program's, too new"),
                ("4", "some input files or feeds could not be read (the others were added)"),
                ("5", "the output could not be written: a full disk, a closed pipe"),
                ("128+N", "the reader ended by signal N (130 for SIGINT), the terminal put back first"),
            ])
        return lines.joined(separator: "\n")
    }

    /// Text for roff: backslashes doubled, a leading dot or quote kept from being read as a request.
    static func escaped(_ text: String) -> String {
        let doubled = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "-", with: "\\-")
        return doubled.hasPrefix(".") || doubled.hasPrefix("'") ? "\\&" + doubled : doubled
    }
}
