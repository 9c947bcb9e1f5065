/// Why a library could not be opened or used; `description` is the line a person sees, with a hint.
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    case notAParleyLibrary(path: String)
    case newerVersion(path: String)
    case cannotOpen(path: String, reason: String)
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
        case .unknownArticle(let id):
            "no article with id '\(id)' in the library (`parley list` shows the ids)"
        case .invalidDate(let text):
            "'\(text)' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
        }
    }
}
