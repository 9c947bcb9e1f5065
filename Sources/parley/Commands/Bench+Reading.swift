import ArgumentParser
import Foundation
import ParleyModel

extension Bench {
    /// `parley bench read PATH…`: reading alone (any format: the HTML reader's parse and main-text finding
    /// included), without extraction or a library, with the peak memory it took.
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time reading alone (no extraction, no library) of article files, with peak memory.")
        @Argument(help: "Files or directories of articles.") var paths: [String]

        func run() throws {
            let (files, failures) = Ingester.articleFiles(paths)
            for failure in failures { Console.error(failure) }
            if files.isEmpty { throw Fail.with("no article files under \(paths.joined(separator: " "))", .input) }
            var read = 0
            var bytes = 0
            let ms = BenchRunner.time {
                for file in files {
                    do throws(ReadError) {
                        bytes += try ArticleReading.read(file).text.utf8.count
                        read += 1
                    } catch {
                        Console.error(error.description)
                    }
                }
            }
            Output.text(
                String(
                    format: "%d of %d files read in %.2f s, %.1f MB of text, peak RSS %.0f MB", read, files.count,
                    ms / 1000, Double(bytes) / 1_048_576, BenchRunner.peakRSSMB()))
        }
    }
}
