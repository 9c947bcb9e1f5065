import Foundation

/// Reads one format of article file into an `Article`. Each format (plain text, Markdown, later HTML
/// and feeds) has one reader; `ArticleReading` picks it by file extension.
public protocol ArticleReader: Sendable {
    /// File extensions (lower case, no dot) this reader takes.
    var extensions: Set<String> { get }
    /// Builds the article from decoded text. `id` and `source` are decided by the caller.
    func read(_ text: String, id: String, source: String) -> Article
}

/// Why a file could not be read; `description` is the one line a person sees.
public enum ReadError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case unreadable(String, reason: String)
    case directory(String)
    case empty(String)
    case binary(String)
    case tooLarge(String, bytes: Int, limit: Int)
    case unsupported(String, ext: String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file or directory"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .directory(let path): "\(path): is a directory"
        case .empty(let path): "\(path): the file is empty"
        case .binary(let path): "\(path): looks like a binary file, not text"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): too large for an article (\(bytes / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)"
        case .unsupported(let path, let ext): "\(path): .\(ext) files are not articles Parley reads"
        }
    }
}

/// The one entry point for reading article files of any supported format.
public enum ArticleReading {
    public static let readers: [any ArticleReader] = [PlainTextReader(), MarkdownReader()]
    /// Articles larger than this are refused: real news pages are a few hundred kilobytes at most.
    public static let sizeLimit = 8 * 1_048_576

    public static var supportedExtensions: Set<String> { readers.reduce(into: []) { $0.formUnion($1.extensions) } }

    public static func reader(forExtension ext: String) -> (any ArticleReader)? {
        readers.first { $0.extensions.contains(ext.lowercased()) }
    }

    /// Reads the file at `url`; its id is the file name without extension.
    public static func read(url: URL, id: String? = nil) throws(ReadError) -> Article {
        try read(data: load(url: url), url: url, id: id)
    }

    /// Reads already loaded bytes of the file at `url`.
    public static func read(data: Data, url: URL, id: String? = nil) throws(ReadError) -> Article {
        let ext = url.pathExtension.lowercased()
        guard let reader = reader(forExtension: ext) else { throw .unsupported(url.path, ext: ext) }
        var warnings: [String] = []
        var text: String
        if let valid = data.withUnsafeBytes({ String(validating: $0, as: UTF8.self) }) {
            text = valid
        } else {
            text = String(decoding: data, as: UTF8.self)
            warnings.append("invalid UTF-8 replaced with U+FFFD")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var article = reader.read(text, id: id ?? url.deletingPathExtension().lastPathComponent, source: url.path)
        article.warnings += warnings
        return article
    }

    /// The raw bytes of an article file, with every refusal as a `ReadError`.
    public static func load(url: URL) throws(ReadError) -> Data {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path) }
        if isDirectory.boolValue { throw .directory(path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(path, reason: "permission denied")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if size > sizeLimit { throw .tooLarge(path, bytes: size, limit: sizeLimit) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path, reason: error.localizedDescription)
        }
        if data.count > sizeLimit { throw .tooLarge(path, bytes: data.count, limit: sizeLimit) }
        let blank = data.withUnsafeBytes { bytes in
            bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        }
        if blank { throw .empty(path) }
        if looksBinary(data) { throw .binary(path) }
        return data
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
