/// An article read and analysed, ready to be stored: the unit one ingest transaction writes.
public struct PreparedArticle: Sendable {
    public var article: Article
    public var analysis: ArticleAnalysis
    /// The file it came from (absolute path), which identifies it across re-ingests.
    public var path: String
    public var contentHash: String

    public init(article: Article, analysis: ArticleAnalysis, path: String, contentHash: String) {
        self.article = article
        self.analysis = analysis
        self.path = path
        self.contentHash = contentHash
    }
}

/// What ingesting one file did to the library.
public enum IngestOutcome: Sendable, Equatable {
    case added(id: String)
    case updated(id: String)
    case unchanged(id: String)

    /// Whether the library's articles changed (so what is derived from them must be recomputed).
    var changesLibrary: Bool {
        if case .unchanged = self { return false }
        return true
    }

    public var id: String {
        switch self {
        case .added(let id), .updated(let id), .unchanged(let id): id
        }
    }
}

/// A stable 64-bit FNV-1a digest of file bytes, as 16 hex digits: enough to tell a changed file.
public enum ContentHash {
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
