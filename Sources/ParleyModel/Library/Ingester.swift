import Foundation

/// What one `parley add` did, file by file.
public struct IngestReport: Sendable, Equatable {
    public var added: [String] = []
    public var updated: [String] = []
    public var unchanged: [String] = []
    /// One line per file that could not be ingested: path and reason.
    public var failures: [String] = []
    /// Files ingested with a caveat: "x.txt: invalid UTF-8 replaced with U+FFFD".
    public var warnings: [String] = []

    public var summary: String {
        "\(added.count) added, \(updated.count) updated, \(unchanged.count) unchanged, \(failures.count) failed"
    }
}

/// Reads article files and directories into a library, in transactions of a few hundred articles.
public struct Ingester: Sendable {
    public var store: LibraryStore
    public var analyzer: ArticleAnalyzer
    public var batchSize = 200

    public init(store: LibraryStore, analyzer: ArticleAnalyzer = .shared) {
        self.store = store
        self.analyzer = analyzer
    }

    /// The article files under `paths` (directories recursively), and a failure line for each bad path.
    public static func expand(_ paths: [String]) -> (files: [URL], failures: [String]) {
        var files: [URL] = []
        var failures: [String] = []
        let supported = ArticleReading.supportedExtensions
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(ReadError.missing(path).description)
                continue
            }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            guard isDirectory.boolValue else {
                files.append(url)
                continue
            }
            let enumerator = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            var found: [URL] = []
            while let item = enumerator?.nextObject() as? URL {
                if supported.contains(item.pathExtension.lowercased()) { found.append(item.standardizedFileURL) }
            }
            files += found.sorted { $0.path < $1.path }
        }
        return (files, failures)
    }

    /// Ingests `paths`; `progress(done, total)` is called as files are stored.
    ///
    /// Files are read and analysed on every core, a chunk ahead of the writer, and stored in order, one
    /// transaction per chunk of `batchSize`.
    public func ingest(paths: [String], progress: (Int, Int) -> Void = { _, _ in }) throws(LibraryError) -> IngestReport
    {
        let (files, failures) = Self.expand(paths)
        var report = IngestReport(failures: failures)
        let chunks = stride(from: 0, to: files.count, by: max(1, batchSize)).map {
            $0..<min($0 + max(1, batchSize), files.count)
        }
        let handOff = PreparedChunks(lookahead: 2)
        // The readers hold no reference to the store, and are waited for: when `ingest` returns, nothing
        // of it still runs (a second LibraryStore may open the same file at once).
        let readers = DispatchGroup()
        defer {
            handOff.cancel()
            readers.wait()
        }
        let analyzer = self.analyzer
        let stored = try store.storedFiles()
        DispatchQueue.global(qos: .userInitiated).async(group: readers) {
            for (index, chunk) in chunks.enumerated() {
                guard handOff.waitForRoom(before: index) else { return }
                let slots = SlotArray<PreparedChunks.Slot>(count: chunk.count)
                DispatchQueue.concurrentPerform(iterations: chunk.count) { offset in
                    let url = files[chunk.lowerBound + offset]
                    slots[offset] = Self.slot(for: url, stored: stored[url.path], analyzer: analyzer)
                }
                handOff.put(index, slots.values)
            }
        }
        for (index, chunk) in chunks.enumerated() {
            var batch: [PreparedArticle] = []
            for (offset, slot) in handOff.take(index).enumerated() {
                switch slot {
                case .prepared(let prepared):
                    let path = files[chunk.lowerBound + offset].path
                    for warning in prepared.article.warnings { report.warnings.append("\(path): \(warning)") }
                    batch.append(prepared)
                case .unchanged(let id):
                    report.unchanged.append(id)
                case .failed(let error):
                    report.failures.append(error.description)
                }
            }
            for outcome in try store.save(batch) {
                switch outcome {
                case .added(let id): report.added.append(id)
                case .updated(let id): report.updated.append(id)
                case .unchanged(let id): report.unchanged.append(id)
                }
            }
            progress(chunk.upperBound, files.count)
        }
        // also when every file was unchanged: a re-run after an interrupted add finishes its work
        if try store.isStale() { try store.refreshDerived(analyzer: analyzer) }
        return report
    }

    /// One file's slot: unchanged when its bytes hash as the stored copy's, else read and analysed.
    static func slot(for url: URL, stored: LibraryStore.StoredFile?, analyzer: ArticleAnalyzer) -> PreparedChunks.Slot {
        do {
            let data = try ArticleReading.load(url: url)
            let hash = data.withUnsafeBytes { ContentHash.of($0) }
            if let stored, stored.contentHash == hash { return .unchanged(id: stored.id) }
            let article = try ArticleReading.read(data: data, url: url)
            return .prepared(
                PreparedArticle(
                    article: article, analysis: analyzer.analyze(article), path: url.path, contentHash: hash))
        } catch {
            return .failed(error)
        }
    }
}
