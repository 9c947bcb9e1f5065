import Foundation
import ParleyModel

/// Helpers the test targets share: temporary folders, fixture files, in-memory libraries.
public enum Fixtures {
    /// A fresh empty directory under the system temporary directory.
    public static func temporaryDirectory(_ label: String = "parley") -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` inside `directory` and returns its URL.
    @discardableResult
    public static func write(_ text: String, to name: String, in directory: URL) -> URL {
        let url = directory.appendingPathComponent(name)
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
        return url
    }

    /// Reads an article from text as if it were a file called `name`.
    public static func article(_ text: String, name: String = "fixture.txt") throws -> Article {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        return try ArticleReading.read(url: write(text, to: name, in: directory))
    }

    /// The shared seeds folder (../shared/seeds beside the package), if present.
    public static var seedsDirectory: URL? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let seeds = url.appendingPathComponent("shared/seeds")
        return FileManager.default.fileExists(atPath: seeds.path) ? seeds : nil
    }

    /// The package root (the folder holding Package.swift).
    public static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    /// An in-memory library holding `files` (name → text), ingested through the real ingester.
    public static func library(_ files: [String: String]) throws -> (LibraryStore, IngestReport) {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files { write(text, to: name, in: directory) }
        let store = try LibraryStore()
        let report = try Ingester(store: store).ingest(paths: [directory.path])
        return (store, report)
    }
}
