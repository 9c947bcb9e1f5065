import Foundation
import ParleyModel

/// Extraction speed as a ratio to `grep -c` over the same files, measured in the same run.
extension BenchRunner {
    /// Extraction alone on one core over up to 50 MB of `files` (read first), in MB/s of article text, and
    /// its time as a ratio to `cat FILES | grep -c President` over the same files: a one-pass floor that
    /// travels between machines better than seconds.
    func extractionFigures(_ files: [URL], names: (rate: String, ratio: String)) throws -> [Figure] {
        var sample: [Article] = []
        var sampleFiles: [URL] = []
        var bytes = 0
        for file in files where bytes < 50 * 1_048_576 {
            guard let article = try? ArticleReading.read(url: file) else { continue }
            bytes += article.text.utf8.count
            sample.append(article)
            sampleFiles.append(file)
        }
        guard !sample.isEmpty else { return [] }
        let analyzer = ArticleAnalyzer.shared
        var seconds: [Double] = []
        var figures = [
            measure(names.rate, unit: "MB/s", target: ">= 10 MB/s", limit: 10, higherIsBetter: true) {
                let ms = Self.time { for article in sample { _ = analyzer.analyze(article) } }
                seconds.append(ms / 1000)
                return Double(bytes) / 1_048_576 / (ms / 1000)
            }
        ]
        if let grep = try? measure("grep -c", unit: "s", target: "", limit: nil, { try Self.grepSeconds(sampleFiles) })
        {
            seconds.sort()
            figures.append(
                Figure(
                    name: names.ratio, unit: "x",
                    median: seconds[seconds.count / 2] / grep.median, min: seconds[0] / grep.max,
                    max: seconds[seconds.count - 1] / grep.min, target: "", met: true))
        }
        return figures
    }

    /// Seconds `cat FILES | grep -c President` takes (the file names go through `xargs`: any number of them).
    /// Timed inside the shell, as a shell script would time it: starting the shell is not part of it.
    static func grepSeconds(_ files: [URL]) throws -> Double {
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("parley-grep-\(UUID().uuidString)")
        try Data(files.map { $0.path + "\0" }.joined().utf8).write(to: list)
        defer { try? FileManager.default.removeItem(at: list) }
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c",
            """
            command -v grep >/dev/null || exit 1
            s=$(date +%s%N); xargs -0 cat < "$1" | grep -c President >/dev/null; e=$(date +%s%N); echo $((e - s))
            """,
            "sh", list.path,
        ]
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let trimmed = output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, let nanoseconds = Double(trimmed) else { throw GrepFailed() }
        return nanoseconds / 1e9
    }

    struct GrepFailed: Error {}
}
