import Foundation

/// Where the library file lives: `--library`, then `PARLEY_LIBRARY`, then the XDG data directory.
public enum LibraryLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["PARLEY_LIBRARY"], !path.isEmpty { return path }
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/parley/library.sqlite"
    }
}
