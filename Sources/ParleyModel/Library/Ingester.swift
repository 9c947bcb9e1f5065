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
    ///
    /// A `URL` cannot hold a name that is not UTF-8: such files come back under their escaped name, which
    /// does not open. `articleFiles` keeps them.
    public static func expand(_ paths: [String]) -> (files: [URL], failures: [String]) {
        let (files, failures) = articleFiles(paths)
        return (files.map { URL(fileURLWithPath: $0.path) }, failures)
    }

    /// The article files under `paths` (directories recursively, names as bytes), and a failure line for
    /// each path that does not exist and each folder that cannot be listed.
    ///
    /// A path that names nothing as typed is tried again with its `\xHH` escapes read as bytes, so a
    /// name Parley printed escaped can be given back to it.
    public static func articleFiles(_ paths: [String]) -> (files: [RawPath], failures: [String]) {
        var files: [RawPath] = []
        var failures: [String] = []
        for path in paths {
            var raw = RawPath(bytes: Array(path.utf8))
            var kind = raw.kind
            if kind == .missing, let unescaped = RawPath.unescaping(path), unescaped.kind != .missing {
                raw = unescaped
                kind = unescaped.kind
            }
            switch kind {
            case .missing:
                failures.append(ReadError.missing(raw.path).description)
            case .directory:
                let found = raw.standardized.filesBelow(keeping: ArticleReading.isArticleFile)
                files += found.files
                failures += found.failures
            case .file, .failed:
                // a file the walk cannot judge is read, and its reading says what is wrong with it
                files.append(raw.standardized)
            }
        }
        return (files, failures)
    }

    /// Ingests `paths`; `progress(done, total)` is called as files are stored.
    ///
    /// Files are read and analysed on every core, a chunk ahead of the writer, and stored in order, one
    /// transaction per chunk of `batchSize`.
    public func ingest(paths: [String], progress: (Int, Int) -> Void = { _, _ in }) throws(LibraryError) -> IngestReport
    {
        let (files, failures) = Self.articleFiles(paths)
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
        do {
            try storeChunks(chunks, of: files, from: handOff, into: &report, progress: progress)
        } catch {
            // each batch is one transaction: what was stored before the failure is whole and kept
            let kept = report.added.count + report.updated.count
            throw kept > 0 ? .stoppedPartway(cause: error, stored: kept) : error
        }
        return report
    }

    /// Takes the prepared chunks in order and stores each in one transaction, then finishes derived data.
    private func storeChunks(
        _ chunks: [Range<Int>], of files: [RawPath], from handOff: PreparedChunks, into report: inout IngestReport,
        progress: (Int, Int) -> Void
    ) throws(LibraryError) {
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
        try store.refreshIfStale(analyzer: analyzer)
    }

    /// One file's slot: unchanged when its bytes hash as the stored copy's, else read and analysed.
    static func slot(for file: RawPath, stored: LibraryStore.StoredFile?, analyzer: ArticleAnalyzer)
        -> PreparedChunks.Slot
    {
        do {
            let data = try ArticleReading.load(file)
            let hash = data.withUnsafeBytes { ContentHash.of($0) }
            if let stored, stored.contentHash == hash { return .unchanged(id: stored.id) }
            let article = try ArticleReading.read(data: data, file: file)
            return .prepared(
                PreparedArticle(
                    article: article, analysis: analyzer.analyze(article), path: file.path, contentHash: hash))
        } catch {
            return .failed(error)
        }
    }
}
