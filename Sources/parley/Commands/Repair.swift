import ArgumentParser
import ParleyModel

/// `parley repair`: a damaged library rebuilt from what can still be read.
struct Repair: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild a damaged library from the articles that can still be read (the damaged file is kept).")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Only check: print what is wrong (nothing when all is well) and exit 3 if anything is.")
    var check = false

    func run() throws {
        if check { return try checkOnly() }
        do {
            try LibraryRepair.prepare(options.path)
        } catch {
            throw Fail.library(error)
        }
        // a library that opens and reads back whole needs no salvage: what is derived is rebuilt
        if let store = try? LibraryStore(path: options.path), (try? store.problems()) != nil {
            do {
                try store.refreshIfStale()
                if try store.problems().isEmpty {
                    Output.line("nothing was damaged in \(options.path); its timeline and lent dates were rebuilt")
                    return
                }
            } catch {
                throw Fail.library(error)
            }
        }
        let report: LibraryRepair.Report
        do {
            report = try LibraryRepair.repair(path: options.path)
        } catch {
            throw Fail.library(error)
        }
        Output.line("recovered \(Self.count(report)) into \(options.path)")
        Output.line("the damaged file is kept at \(report.keptAt)")
        if report.expected.map({ $0 > report.recovered }) ?? true || !report.expectedIsExact {
            Output.line("articles that could not be read come back with `parley add` on their files")
        }
    }

    /// "2998 of 3000 articles"; "1984 of at least 1990 articles" when part of the file is lost so that
    /// not every article is still listed.
    static func count(_ report: LibraryRepair.Report) -> String {
        guard let expected = report.expected else {
            return "\(report.recovered) \(report.recovered == 1 ? "article" : "articles") (how many there were "
                + "cannot be told)"
        }
        let noun = expected == 1 ? "article" : "articles"
        return "\(report.recovered) of \(report.expectedIsExact ? "" : "at least ")\(expected) \(noun)"
    }

    private func checkOnly() throws {
        let problems: [String]
        do {
            // SQLite's full check, rather than the quick one every reading command starts with
            problems = try LibraryStore(path: options.path, access: .readOnly, checkAtStart: false).problems()
        } catch {
            throw Fail.library(error)
        }
        for problem in problems { Output.line(problem) }
        if !problems.isEmpty {
            throw Fail.with("\(options.path) has \(problems.count) problem\(problems.count == 1 ? "" : "s")", .library)
        }
    }
}
