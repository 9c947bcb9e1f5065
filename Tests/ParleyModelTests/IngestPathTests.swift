import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Paths as they come: names that are not UTF-8, folders that cannot be listed.
@Suite struct IngestPathTests {
    let text = """
        Ministers Meet in Lomé

        The foreign ministers of Benin and Togo met in Lomé on Tuesday to settle the route of a new coastal road, their offices said afterwards.
        """

    /// Creates `name` (raw bytes) in `directory` with `contents`, the way an old system would have.
    func writeRaw(_ contents: Data, name: [UInt8], in directory: URL) -> [CChar] {
        let path = (Array(directory.path.utf8) + [UInt8(ascii: "/")] + name).map { CChar(bitPattern: $0) } + [0]
        let file = fopen(path, "w")
        contents.withUnsafeBytes { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        return path
    }

    @Test func fileNameThatIsNotUTF8IsIngestedAndShownEscaped() throws {
        // Given a folder with an article called "caf" 0xFF ".txt" and a binary file called "scan" 0xFE ".txt"
        let directory = Fixtures.temporaryDirectory()
        let article = writeRaw(Data(text.utf8), name: Array("caf".utf8) + [0xFF] + Array(".txt".utf8), in: directory)
        let binary = writeRaw(
            Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x00, 0x01]), name: Array("scan".utf8) + [0xFE] + Array(".txt".utf8),
            in: directory)
        defer {
            unlink(article)
            unlink(binary)
            try? FileManager.default.removeItem(at: directory)
        }

        // When the folder is added
        let store = try LibraryStore()
        let report = try Ingester(store: store).ingest(paths: [directory.path])

        // Then the article is in, under its escaped name, and the binary file's failure names it escaped
        #expect(report.added == ["caf\\xFF"])
        #expect(report.failures == ["\(directory.path)/scan\\xFE.txt: looks like a binary file, not text"])
        let stored = try store.article(id: "caf\\xFF")
        #expect(stored.article.source == "\(directory.path)/caf\\xFF.txt")
        #expect(stored.article.title == "Ministers Meet in Lomé")
        #expect(!stored.article.source.contains("\u{FFFD}"))

        // And adding it again finds it unchanged, also when the escaped path is given back as printed
        let again = try Ingester(store: store).ingest(paths: [directory.path, "\(directory.path)/caf\\xFF.txt"])
        #expect(again.added.isEmpty && again.updated.isEmpty)
        #expect(again.unchanged == ["caf\\xFF", "caf\\xFF"])
    }

    @Test func unreadableFolderIsAFailureLine() throws {
        // Given a folder holding an article and a subfolder nobody may list
        let directory = Fixtures.temporaryDirectory()
        Fixtures.write(text, to: "open.txt", in: directory)
        let locked = directory.appendingPathComponent("locked")
        Fixtures.write(text.replacingOccurrences(of: "Tuesday", with: "Friday"), to: "locked/inside.txt", in: directory)
        chmod(locked.path, 0o000)
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }

        // When the folder is added (as root, with root's right to read any folder set aside on this thread)
        let store = try LibraryStore()
        let report = try FileRights.withoutOverride { try Ingester(store: store).ingest(paths: [directory.path]) }

        // Then the locked folder is a failure line, and the rest is ingested
        #expect(report.failures == ["\(locked.path): cannot be read: permission denied"])
        #expect(report.added == ["open"])
    }
}

/// Root reads every folder whatever its mode, so a test of an unreadable folder run as root would prove
/// nothing. Linux keeps a per-thread "file system user id": switching it away from 0 drops root's
/// override of file modes for the calling thread only (not for tests running beside it), and switching
/// back restores it. `setfsuid` is not in Swift's Glibc module, so it is looked up by name.
enum FileRights {
    static func withoutOverride<R>(_ body: () throws -> R) throws -> R {
        guard geteuid() == 0 else { return try body() }
        typealias SetFSUID = @convention(c) (UInt32) -> Int32
        let symbol = try #require(dlsym(nil, "setfsuid"), "setfsuid is not available: cannot test as root")
        let setfsuid = unsafeBitCast(symbol, to: SetFSUID.self)
        _ = setfsuid(65_534)  // the conventional "nobody"
        defer { _ = setfsuid(0) }
        return try body()
    }
}
