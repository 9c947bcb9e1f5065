import ArgumentParser
import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal

/// `parley bench`: speed and memory figures on a generated corpus, for a release build.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure ingest, extraction, queries and the reader on a generated library (use a release build).",
        subcommands: [Generate.self, Extract.self, Read.self, Run.self], defaultSubcommand: Run.self)

    /// `parley bench generate --articles N --seed S DIR`.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a deterministic generated corpus.")
        @Option(help: "Number of articles.") var articles = 100_000
        @Option(help: "Seed: the same seed writes the same corpus.") var seed: UInt64 = 1
        @Argument(help: "Directory to write into.") var directory: String

        func run() throws {
            let start = Date()
            let bytes = try CorpusGenerator(seed: seed).write(count: articles, to: URL(fileURLWithPath: directory))
            Output.text(
                String(
                    format: "%d articles, %.1f MB in %.1f s", articles, Double(bytes) / 1_048_576,
                    Date().timeIntervalSince(start)))
        }
    }

    /// `parley bench extract DIR`: extraction alone (entities and meetings) over the files of DIR, one core.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time extraction alone on the article files of a directory (one core).")
        @Option(help: "Passes over the files (median, min and max are reported).") var runs = 3
        @Argument(help: "Directory (or file) of articles.") var path: String

        func run() throws {
            let (files, failures) = Ingester.expand([path])
            for failure in failures { Console.error(failure) }
            if files.isEmpty { throw Fail.with("no article files (.txt, .md) under \(path)", .input) }
            var sample: [Article] = []
            var bytes = 0
            for file in files {
                guard let article = try? ArticleReading.read(url: file) else { continue }
                bytes += article.text.utf8.count
                sample.append(article)
            }
            let analyzer = ArticleAnalyzer.shared
            var rates: [Double] = []
            for _ in 0..<max(1, runs) {
                let ms = BenchRunner.time { for article in sample { _ = analyzer.analyze(article) } }
                rates.append(Double(bytes) / 1_048_576 / (ms / 1000))
            }
            rates.sort()
            Output.text(
                String(
                    format: "%d articles, %.1f MB: extraction %.2f MB/s (min %.2f, max %.2f), peak RSS %.0f MB",
                    sample.count, Double(bytes) / 1_048_576, rates[rates.count / 2], rates[0], rates[rates.count - 1],
                    BenchRunner.peakRSSMB()))
        }
    }

    /// `parley bench [--articles N] [--json]`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the benchmark at N and N/10 articles.")
        @Option(help: "Articles in the large library.") var articles = 100_000
        @Option(help: "Repetitions per figure (median, min and max are reported).") var runs = 5
        @Flag(help: "Print JSON.") var json = false
        @Option(help: "Measure queries and the reader on this existing library instead of a generated one.")
        var library: String?
        @Option(help: "Also time extraction on the articles of this directory (real pages: at least 5 MB).")
        var real: String?

        func run() throws {
            if let library {
                let runner = BenchRunner(articles: 0, runs: runs)
                // read-only: a writer open beside the figures would keep readers from their check at start
                let store = try LibraryStore(path: library, access: .readOnly)
                let result = BenchResult(
                    articles: try store.count(), corpusMB: 0, figures: try runner.libraryFigures(path: library))
                if json { Output.printJSON([result]) } else { result.printTable() }
                return
            }
            var results: [BenchResult] = []
            for n in [max(1, articles / 10), articles] {
                results.append(try BenchRunner(articles: n, runs: runs).run())
            }
            if let real, !results.isEmpty {
                let (files, failures) = Ingester.expand([real])
                for failure in failures { FileHandle.standardError.write(Data((failure + "\n").utf8)) }
                results[results.count - 1].figures += try BenchRunner(articles: 0, runs: runs).extractionFigures(
                    files, names: ("extraction, real text (1 core)", "extraction / grep -c, real"))
            }
            if json {
                Output.printJSON(results)
            } else {
                for result in results { result.printTable() }
            }
        }
    }
}

/// One measured figure: median with min and max, and the target it is held to.
struct Figure: Codable {
    var name: String
    var unit: String
    var median: Double
    var min: Double
    var max: Double
    var target: String
    var met: Bool
}

struct BenchResult: Codable {
    var articles: Int
    var corpusMB: Double
    var figures: [Figure]

    enum CodingKeys: String, CodingKey {
        case articles, figures
        case corpusMB = "corpus_mb"
    }

    func printTable() {
        Output.text(String(format: "\n%d articles (%.1f MB)", articles, corpusMB))
        Output.text(
            "figure".padding(toLength: 34, withPad: " ", startingAt: 0) + "median        min        max  target")
        for f in figures {
            let row =
                f.name.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(
                    format: "%10.2f %-4@ %8.2f %10.2f  %@%@", f.median, f.unit, f.min, f.max, f.target,
                    f.met ? "" : "  MISSED")
            Output.text(row)
        }
    }
}

/// Generates a corpus, ingests it, and times every figure `parley bench` reports.
struct BenchRunner {
    var articles: Int
    var runs: Int

    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    func measure(
        _ name: String, unit: String = "ms", target: String, limit: Double?, higherIsBetter: Bool = false,
        _ body: () throws -> Double
    ) rethrows -> Figure {
        var values: [Double] = []
        for _ in 0..<runs { values.append(try body()) }
        values.sort()
        let median = values[values.count / 2]
        let met = limit.map { higherIsBetter ? median >= $0 : median <= $0 } ?? true
        return Figure(
            name: name, unit: unit, median: median, min: values.first ?? 0, max: values.last ?? 0, target: target,
            met: met)
    }

    /// Starts a new peak-memory window (Linux: writing 5 to clear_refs resets VmHWM to the current size).
    static func resetPeakRSS() {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        try? handle.write(contentsOf: Data("5".utf8))
        try? handle.close()
    }

    static func peakRSSMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return (Double(line.split(separator: " ")[1]) ?? 0) / 1024
        }
        return 0
    }

    func run() throws -> BenchResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parley-bench-\(articles)-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus")
        var bytes = 0
        let generateMs = try Self.time { bytes = try CorpusGenerator(seed: 42).write(count: articles, to: corpus) }
        let megabytes = Double(bytes) / 1_048_576
        var figures = [
            Figure(
                name: "generate corpus", unit: "s", median: generateMs / 1000, min: generateMs / 1000,
                max: generateMs / 1000, target: "< 60 s at 100,000", met: articles < 100_000 || generateMs < 60_000)
        ]

        // Ingest with extraction into a file library (first, so its peak memory is its own).
        Self.resetPeakRSS()
        let path = directory.appendingPathComponent("library.sqlite").path
        var ingestMs = 0.0
        do {
            let store = try LibraryStore(path: path)
            ingestMs = try Self.time { _ = try Ingester(store: store).ingest(paths: [corpus.path]) }
        }
        let ingestRSS = Self.peakRSSMB()
        // one ingest (it takes minutes): its figure is its own min and max
        let articlesPerSecond = Double(articles) / (ingestMs / 1000)
        let megabytesPerSecond = megabytes / (ingestMs / 1000)
        figures.append(
            Figure(
                name: "ingest rate", unit: "art/s", median: articlesPerSecond, min: articlesPerSecond,
                max: articlesPerSecond, target: "100,000 in < 180 s", met: articlesPerSecond >= 100_000 / 180))
        figures.append(
            Figure(
                name: "ingest throughput", unit: "MB/s", median: megabytesPerSecond, min: megabytesPerSecond,
                max: megabytesPerSecond, target: "", met: true))
        figures.append(
            Figure(
                name: "peak RSS while ingesting", unit: "MB", median: ingestRSS, min: ingestRSS, max: ingestRSS,
                target: "< 500 MB", met: ingestRSS < 500))

        // Extraction alone, one core, on up to 50 MB of already-read articles, and grep over the same files.
        let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil).sorted {
            $0.path < $1.path
        }
        figures += try extractionFigures(files, names: ("extraction (1 core)", "extraction / grep -c"))

        figures += try browsingFigures(path: path)
        return BenchResult(articles: articles, corpusMB: megabytes, figures: figures)
    }

    /// The browsing figures, measured in a fresh `parley bench --library` process so that its memory is
    /// that of a person browsing, not of the process that just generated and ingested the corpus.
    /// Measured here instead when the child cannot run.
    func browsingFigures(path: String) throws -> [Figure] {
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let process = Process()
            let pipe = Pipe()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["bench", "--library", path, "--runs", String(runs), "--json"]
            process.standardOutput = pipe
            if (try? process.run()) != nil {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                if process.terminationStatus == 0,
                    let results = try? JSONDecoder().decode([BenchResult].self, from: data), let first = results.first
                {
                    return first.figures
                }
            }
        }
        return try libraryFigures(path: path)
    }

    /// Queries and the reader on the library at `path`: what a person waits for while browsing.
    func libraryFigures(path: String) throws -> [Figure] {
        var figures: [Figure] = []
        // before any writer opens it: a writer's journal makes readers leave the check to SQLite
        figures.append(
            try measure("open for reading, with its check", target: "< 50 ms", limit: 50) {
                try Self.time { _ = try LibraryStore(path: path, access: .readOnly) }
            })
        figures.append(
            try measure("open for reading, no check", target: "", limit: nil) {
                try Self.time { _ = try LibraryStore(path: path, access: .readOnly, checkAtStart: false) }
            })
        figures.append(
            try measure("open library to first page", target: "< 300 ms", limit: 300) {
                try Self.time {
                    let store = try LibraryStore(path: path)
                    _ = try store.count()
                    _ = try store.summaries(limit: 100)
                }
            })
        let store = try LibraryStore(path: path)
        figures.append(
            try measure("full-text search", target: "< 50 ms", limit: 50) {
                try Self.time { _ = try store.search("trade security", limit: 100) }
            })
        let leader = try store.leaders(matching: "okafor").first?.name ?? "Xi Jinping"
        figures.append(
            try measure("leader query", target: "< 50 ms", limit: 50) {
                try Self.time { _ = try store.leaders(matching: "okaf") }
            })
        figures.append(
            try measure("timeline, all leaders (page)", target: "< 50 ms", limit: 50) {
                try Self.time { _ = try store.timeline(limit: 2_000) }
            })
        figures.append(
            try measure("timeline, one leader", target: "< 50 ms", limit: 50) {
                try Self.time { _ = try store.timeline(participants: [leader], limit: 2_000) }
            })
        figures.append(
            try measure("articles of one leader (page)", target: "< 50 ms", limit: 50) {
                try Self.time {
                    _ = try store.summaries(limit: 200, mentioning: [leader])
                    _ = try store.count(mentioning: [leader])
                }
            })

        // The reader on a virtual screen.
        let themes = ThemeLibrary.standard()
        let theme = (try? themes.load("default")) ?? Theme(name: "default", styles: [:])
        var app: AppRunner?
        figures.append(
            measure("reader first frame", target: "< 300 ms", limit: 300) {
                Self.time {
                    let screen = VirtualScreen(size: Size(width: 120, height: 40))
                    let runner = AppRunner(
                        state: AppState(size: screen.size), theme: theme,
                        runner: EffectRunner(store: store, themes: themes), screen: screen)
                    runner.start()
                    runner.draw()
                    app = runner
                }
            })
        if let app {
            for (name, message) in [
                ("key: move down", Message.command(.moveDown)), ("key: page down", .command(.pageDown)),
                ("key: open article", .command(.open)), ("key: switch pane", .command(.focusNext)),
                ("key: scroll article", .command(.moveDown)),
            ] {
                figures.append(
                    measure(name, target: "< 16 ms", limit: 16) {
                        Self.time {
                            app.send(message)
                            app.draw()
                        }
                    })
            }
            // The meeting view: Enter on a timeline entry loads its sources and draws them; Esc goes back.
            figures.append(
                measure("key: open meeting view", target: "< 16 ms", limit: 16) {
                    app.send(.command(.focusTimeline))
                    let ms = Self.time {
                        app.send(.command(.open))
                        app.draw()
                    }
                    app.send(.command(.back))
                    return ms
                })
            // The pairs view: P groups the whole timeline by participants and draws the ranking; Esc closes.
            figures.append(
                measure("key: open pairs view", target: "< 16 ms", limit: 16) {
                    let ms = Self.time {
                        app.send(.command(.showPairs))
                        app.draw()
                    }
                    app.send(.command(.back))
                    return ms
                })
            // The chart of the whole timeline: v counts every entry by participants and month, loads the
            // first row's meetings and draws; Esc closes.
            figures.append(measure("key: open timeline chart", target: "< 16 ms", limit: 16) { timeChart(app) })
            // A person typing a leader's name: each key asks for completions; Enter applies the filter.
            var applied: [Double] = []
            figures.append(
                measure("leader prompt: slowest key", target: "< 50 ms", limit: 50) {
                    app.send(.command(.focusList))
                    app.send(.command(.clearFilter))
                    app.send(.command(.startLeaderFilter))
                    var slowest = 0.0
                    for c in leader {
                        slowest = max(
                            slowest,
                            Self.time {
                                app.send(.promptKey(.character(c)))
                                app.draw()
                            })
                    }
                    applied.append(
                        Self.time {
                            app.send(.promptKey(.enter))
                            app.draw()
                        })
                    return slowest
                })
            applied.sort()
            let median = applied.isEmpty ? 0 : applied[applied.count / 2]
            figures.append(
                Figure(
                    name: "leader filter applied", unit: "ms", median: median, min: applied.first ?? 0,
                    max: applied.last ?? 0, target: "< 50 ms", met: median < 50))
            // The chart of that leader's counterparts.
            figures.append(measure("key: open chart, leader", target: "< 16 ms", limit: 16) { timeChart(app) })
        }
        let rss = Self.peakRSSMB()
        figures.append(
            Figure(
                name: "peak RSS browsing", unit: "MB", median: rss, min: rss, max: rss, target: "< 150 MB",
                met: rss < 150))
        return figures
    }

    /// Milliseconds from the chart's key to its frame; the chart is closed again after.
    private func timeChart(_ app: AppRunner) -> Double {
        let ms = Self.time {
            app.send(.command(.toggleChart))
            app.draw()
        }
        app.send(.command(.back))
        return ms
    }
}
