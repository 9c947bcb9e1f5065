import Foundation

/// Reads one format of article file into an `Article`. Each format (plain text, Markdown, later HTML
/// and feeds) has one reader; `ArticleReading` picks it by file extension.
public protocol ArticleReader: Sendable {
    /// File extensions (lower case, no dot) this reader takes.
    var extensions: Set<String> { get }
    /// Builds the article from decoded text. `id` and `source` are decided by the caller.
    func read(_ text: String, id: String, source: String) -> Article
    /// Builds the article from the file's bytes; a format that declares its own character set (HTML)
    /// decodes them itself, the others as `TextDecoding` finds them.
    func read(data: Data, id: String, source: String) -> Article
}

extension ArticleReader {
    public func read(data: Data, id: String, source: String) -> Article {
        let (text, warnings) = TextDecoding.decode(data)
        var article = read(text, id: id, source: source)
        article.warnings += warnings
        return article
    }
}

/// Why a file could not be read; `description` is the one line a person sees.
public enum ReadError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case unreadable(String, reason: String)
    case directory(String)
    case empty(String)
    case binary(String)
    case tooLarge(String, bytes: Int, limit: Int)
    /// A compressed page that would inflate past the limit.
    case inflatesTooLarge(String, limit: Int)
    /// A web page in which no article text was found (a bare frame, a script-only page, markup soup).
    case noText(String)
    case unsupported(String, ext: String)

    public var description: String { "\(path): \(reason)" }

    /// The file the error is about.
    public var path: String {
        switch self {
        case .missing(let path), .unreadable(let path, _), .directory(let path), .empty(let path),
            .binary(let path), .tooLarge(let path, _, _), .inflatesTooLarge(let path, _), .noText(let path),
            .unsupported(let path, _):
            path
        }
    }

    /// What is wrong, without the path: for a caller that names the file its own way (a feed).
    public var reason: String {
        switch self {
        case .missing: "no such file or directory"
        case .unreadable(_, let reason): "cannot be read: \(reason)"
        case .directory: "is a directory"
        case .empty: "the file is empty"
        case .binary: "looks like a binary file, not text"
        case .tooLarge(_, let bytes, let limit):
            "too large for an article (\(bytes / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)"
        case .inflatesTooLarge(_, let limit):
            "too large for an article once inflated (more than \(limit / 1_048_576) MB)"
        case .noText: "no article text found in the page"
        case .unsupported(_, let ext): ".\(ext) files are not articles Parley reads"
        }
    }
}

/// The one entry point for reading article files of any supported format.
public enum ArticleReading {
    public static let readers: [any ArticleReader] = [PlainTextReader(), MarkdownReader(), HTMLArticleReader()]
    /// Text articles larger than this are refused: real news stories are a few hundred kilobytes at most.
    public static let sizeLimit = 8 * 1_048_576
    /// Saved web pages carry their markup, scripts and inline images as well: a page past this size (once
    /// inflated, for `.html.gz`) is refused.
    public static let pageSizeLimit = 64 * 1_048_576
    /// Formats that may be saved gzip-compressed, as `NAME.html.gz`.
    public static let compressibleExtensions: Set<String> = ["html", "htm", "xhtml"]

    public static var supportedExtensions: Set<String> { readers.reduce(into: []) { $0.formUnion($1.extensions) } }

    /// The format of `file` and the name its article takes: "talks.html.gz" is an HTML page, "talks".
    public static func format(of file: RawPath) -> (ext: String, compressed: Bool, stem: String) {
        let ext = file.pathExtension
        guard ext == "gz" else { return (ext, false, file.stem) }
        let inner = RawPath(bytes: Array(file.stem.utf8))
        return (inner.pathExtension, true, inner.stem)
    }

    /// Whether a directory walk should pick `file` up: an extension some reader takes, or a compressed page.
    public static func isArticleFile(_ file: RawPath) -> Bool {
        let format = format(of: file)
        if format.compressed { return compressibleExtensions.contains(format.ext) }
        return reader(forExtension: format.ext) != nil
    }

    /// The largest file of this format Parley reads.
    public static func sizeLimit(for file: RawPath) -> Int {
        compressibleExtensions.contains(format(of: file).ext) ? pageSizeLimit : sizeLimit
    }

    public static func reader(forExtension ext: String) -> (any ArticleReader)? {
        readers.first { $0.extensions.contains(ext.lowercased()) }
    }

    /// Reads the file at `url`; its id is the file name without extension.
    public static func read(url: URL, id: String? = nil) throws(ReadError) -> Article {
        try read(RawPath(url: url), id: id)
    }

    /// Reads the file at `file`, whose name need not be UTF-8; its id is the file name without extension.
    public static func read(_ file: RawPath, id: String? = nil) throws(ReadError) -> Article {
        try read(data: load(file), file: file, id: id)
    }

    /// Reads already loaded bytes of the file at `url`.
    public static func read(data: Data, url: URL, id: String? = nil) throws(ReadError) -> Article {
        try read(data: data, file: RawPath(url: url), id: id)
    }

    /// Reads already loaded bytes of the file at `file`, decoded as `TextDecoding` finds them.
    /// Reads already loaded bytes of the file at `file` (inflated, for a compressed page), in its format.
    public static func read(data: Data, file: RawPath, id: String? = nil) throws(ReadError) -> Article {
        let format = format(of: file)
        guard let reader = reader(forExtension: format.ext),
            !format.compressed || compressibleExtensions.contains(format.ext)
        else { throw .unsupported(file.path, ext: file.pathExtension) }
        let article = reader.read(data: data, id: id ?? format.stem, source: file.path)
        if article.paragraphs.isEmpty, compressibleExtensions.contains(format.ext) { throw .noText(file.path) }
        return article
    }

    /// The raw bytes of an article file, with every refusal as a `ReadError`.
    public static func load(url: URL) throws(ReadError) -> Data {
        try load(RawPath(url: url))
    }

    /// The raw bytes of the file at `file`, read with the system calls so that any name opens; a file
    /// larger than `limit` (by default the limit of its format) is refused.
    public static func load(_ file: RawPath, limit: Int? = nil) throws(ReadError) -> Data {
        let path = file.path
        switch file.kind {
        case .missing: throw .missing(path)
        case .directory: throw .directory(path)
        case .failed(let reason): throw .unreadable(path, reason: reason)
        case .file: break
        }
        let limit = limit ?? sizeLimit(for: file)
        var data = try file.contents(limit: limit)
        if data.count > limit { throw .tooLarge(path, bytes: data.count, limit: limit) }
        if format(of: file).compressed {
            do {
                data = try GzipInflater.inflate(data, limit: limit)
            } catch .tooLarge {
                throw .inflatesTooLarge(path, limit: limit)
            } catch {
                throw .unreadable(path, reason: "not a complete gzip file")
            }
        }
        try refuseNonText(data, path: path)
        return data
    }

    /// Refuses a file with nothing but blanks in it, or one that is not text at all.
    private static func refuseNonText(_ data: Data, path: String) throws(ReadError) {
        if TextDecoding.encoding(of: data) != .utf8 {
            // UTF-16 is full of NUL bytes: judge its characters instead.
            let text = TextDecoding.decode(data).text
            if text.unicodeScalars.allSatisfy({ [" ", "\n", "\r", "\t"].contains($0) }) { throw .empty(path) }
            if looksBinary(Data(text.unicodeScalars.prefix(8192).map { $0.value < 0x80 ? UInt8($0.value) : 0x80 })) {
                throw .binary(path)
            }
            return
        }
        let blank = data.withUnsafeBytes { bytes in
            bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        }
        if blank { throw .empty(path) }
        if looksBinary(data) { throw .binary(path) }
    }

    /// NUL bytes, or many control bytes, in the first 8 KB mean the file is not text.
    static func looksBinary(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            let head = bytes.prefix(8192)
            var controls = 0
            for byte in head {
                if byte == 0 { return true }
                if byte < 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09, byte != 0x1B, byte != 0x0C { controls += 1 }
            }
            return controls * 10 > head.count
        }
    }
}
