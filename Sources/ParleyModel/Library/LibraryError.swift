/// Why a library could not be opened or used; `description` is the line a person sees, with a hint.
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    case notAParleyLibrary(path: String)
    case newerVersion(path: String)
    case cannotOpen(path: String, reason: String)
    case missing(path: String)
    case emptyPath
    case damaged(path: String, findings: String)
    case readOnly(path: String)
    /// SQLite could not make the file larger: the disk is full, or a limit on file sizes was reached.
    case diskFull(path: String)
    /// A command stopped partway by `cause`, after it had stored `stored` articles, which are kept whole.
    indirect case stoppedPartway(cause: LibraryError, stored: Int)
    case needsUpgrade(path: String)
    case unknownArticle(String)
    case invalidDate(String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a Parley library (the file is not an SQLite database, or it is damaged). "
                + "It was left untouched; point --library or PARLEY_LIBRARY at another file."
        case .notAParleyLibrary(let path):
            "\(path) is an SQLite database of another program, not a Parley library. "
                + "It was left untouched; point --library or PARLEY_LIBRARY at another file."
        case .newerVersion(let path):
            "\(path) was written by a newer Parley; update Parley to open it. It was left untouched."
        case .cannotOpen(let path, let reason):
            "cannot open the library \(path): \(reason)"
        case .missing(let path):
            "there is no library at \(path) (`parley add PATH` creates one; check --library and PARLEY_LIBRARY)"
        case .emptyPath:
            "the library path is empty: give --library a file, or unset PARLEY_LIBRARY to use the default"
        case .damaged(let path, let findings):
            "\(path) is damaged (\(findings)). Run `parley repair` to rebuild it "
                + "from what can still be read; the damaged file is kept beside it."
        case .readOnly(let path):
            "\(path) can only be read (the file or its folder is read-only); this needs write access"
        case .diskFull(let path):
            "the disk that holds \(path) is full (or the file may grow no larger)"
        case .stoppedPartway(let cause, let stored):
            "\(cause); \(stored) \(stored == 1 ? "article was" : "articles were") stored before it stopped, "
                + "and the library is whole: run the same command again to add the rest"
        case .needsUpgrade(let path):
            "\(path) was written by an older Parley and must be upgraded, but it cannot be written; "
                + "run any `parley` command on it once with write access"
        case .unknownArticle(let id):
            "no article with id '\(id)' in the library (`parley list` shows the ids)"
        case .invalidDate(let text):
            "'\(text)' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
        }
    }
}
