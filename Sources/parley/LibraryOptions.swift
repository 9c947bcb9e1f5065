import ArgumentParser
import Foundation
import ParleyModel

/// `--library PATH`, shared by every command that reads or writes the library.
///
/// Writing commands create the library when absent. Reading commands open it read-only and never create
/// it: a path that was given (by `--library` or `PARLEY_LIBRARY`) and does not exist is an error, and only
/// the default location, before the first `parley add`, falls back to the embedded samples, saying so.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .long, help: "The library file (default: $PARLEY_LIBRARY, else $XDG_DATA_HOME/parley/library.sqlite).")
    var library: String?

    func validate() throws {
        if library?.isEmpty == true { throw ValidationError(LibraryError.emptyPath.description) }
        // a library file is named in UTF-8: a name with other bytes would reach SQLite with them replaced,
        // naming a file the person never gave
        if let library, let raw = RawArguments.raw(library) {
            throw ValidationError(
                "--library \(RawPath(bytes: raw).path) is not UTF-8; the library must have a UTF-8 name: "
                    + "rename it, or give another path")
        }
        if library == nil, let value = getenv("PARLEY_LIBRARY"), String(validatingCString: value) == nil {
            let bytes = UnsafeBufferPointer(start: value, count: strlen(value)).map(UInt8.init(bitPattern:))
            let raw = RawPath(bytes: bytes)
            throw ValidationError(
                "PARLEY_LIBRARY (\(raw.path)) is not UTF-8; the library must have a UTF-8 name: "
                    + "rename it, or set PARLEY_LIBRARY to another path")
        }
        if library == nil, ProcessInfo.processInfo.environment["PARLEY_LIBRARY"]?.isEmpty == true {
            throw ValidationError("PARLEY_LIBRARY is set but empty: give it a file, or unset it to use the default")
        }
    }

    var path: String { LibraryLocation.resolve(explicit: library) }

    /// True when the path was chosen by the person rather than defaulted.
    var isExplicit: Bool { library != nil || ProcessInfo.processInfo.environment["PARLEY_LIBRARY"] != nil }

    /// The library for a command that writes: created when absent.
    func openForWriting() throws -> LibraryStore {
        do {
            return try LibraryStore(path: path)
        } catch {
            throw Fail.library(error)
        }
    }

    /// The library for a command that only reads, or the embedded samples when the default library does
    /// not exist yet or holds no article (with a note on standard error).
    func openForReading() throws -> LibraryStore {
        let store: LibraryStore
        do {
            store = try LibraryStore(path: path, access: .readOnly)
        } catch .missing where !isExplicit {
            return try samples(because: "there is no library at \(path) yet")
        } catch {
            throw Fail.library(error)
        }
        if (try? store.isStale()) == true {
            Console.note(
                "the timeline of \(path) is out of date: an add is running, or one was cut off "
                    + "(the next `parley add` or `parley repair` finishes it)")
        }
        let count: Int
        do {
            count = try store.articleCount()
        } catch {
            throw Fail.library(error)
        }
        if count == 0, !isExplicit { return try samples(because: "the library at \(path) is empty") }
        return store
    }

    /// The reader writes read marks and dates, so it opens the library for writing when it can.
    func openForBrowsing() throws -> LibraryStore {
        if FileManager.default.fileExists(atPath: path), LibraryStore.canWrite(path) {
            let store = try openForWriting()
            if (try? store.articleCount()) ?? 0 > 0 || isExplicit { return store }
        }
        return try openForReading()
    }

    private func samples(because reason: String) throws -> LibraryStore {
        Console.note("\(reason); showing the embedded sample library (add articles with `parley add PATH`)")
        do {
            return try SampleLibrary.open()
        } catch {
            throw Fail.library(error)
        }
    }

    /// One stored article of the library (or samples), or a clean failure naming the id.
    func storedArticle(_ id: String) throws -> StoredArticle {
        let store = try openForReading()
        let id = try Self.resolve(id, in: store)
        do {
            return try store.article(id: id)
        } catch {
            throw Fail.library(error)
        }
    }

    /// The id meant: `id` itself, else the one id that starts with it (a trailing "…", as `list` cuts
    /// long ids, is left out). Several such ids are named; none is the library's unknown article.
    static func resolve(_ id: String, in store: LibraryStore) throws -> String {
        let prefix = id.hasSuffix("…") ? String(id.dropLast()) : id
        let found: [String]
        do {
            found = prefix.isEmpty ? [] : try store.articleIDs(startingWith: prefix, limit: 4)
        } catch {
            throw Fail.library(error)
        }
        // an id that is whole wins over the longer ids it starts
        if found.contains(id) { return id }
        if found.contains(prefix) { return prefix }
        switch found.count {
        case 0: return id  // the library says it knows no such article
        case 1: return found[0]
        default:
            let named = found.prefix(3).joined(separator: ", ") + (found.count > 3 ? ", …" : "")
            throw Fail.with("'\(id)' starts several ids (\(named)): give more of it", .usage)
        }
    }
}
