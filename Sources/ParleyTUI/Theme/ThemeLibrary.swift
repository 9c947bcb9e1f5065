import Foundation
import ParleyTerminal

/// Finds theme files: the user's `$XDG_CONFIG_HOME/parley/themes`, then the package's `themes/`.
/// Every theme falls back to `default` for roles it does not name; `default` itself is built in too,
/// so a missing or broken theme never stops Parley.
public struct ThemeLibrary: Sendable {
    public var directories: [URL]

    public init(directories: [URL]) {
        self.directories = directories
    }

    /// The user's theme folder and the package's.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeLibrary {
        var directories: [URL] = []
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        directories.append(URL(fileURLWithPath: config).appendingPathComponent("parley/themes"))
        var package = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { package.deleteLastPathComponent() }
        directories.append(package.appendingPathComponent("themes"))
        directories.append(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"))
        return ThemeLibrary(directories: directories)
    }

    /// Names of every theme found, sorted.
    public func names() -> [String] {
        var names = Set(["default"])
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".theme") { names.insert(String(file.dropLast(6))) }
        }
        return names.sorted()
    }

    /// The text and path of a theme file, if any directory holds it.
    public func source(_ name: String) -> (text: String, file: String)? {
        for directory in directories {
            let url = directory.appendingPathComponent("\(name).theme")
            if let data = FileManager.default.contents(atPath: url.path) {
                return (String(decoding: data, as: UTF8.self), url.path)
            }
        }
        if name == "default" { return (BuiltinThemes.defaultTheme, "(built-in default)") }
        return nil
    }

    /// Loads a theme over the default one.
    public func load(_ name: String) throws(ThemeError) -> Theme {
        guard let source = source(name) else {
            throw ThemeError(file: name, line: 0, reason: "no theme named '\(name)'")
        }
        return try load(text: source.text, name: name, file: source.file)
    }

    /// Parses theme text (from any file) over the default theme.
    public func load(text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let base = try ThemeParser.parse(BuiltinThemes.defaultTheme, name: "default", file: "(built-in default)") { _ in
            nil
        }
        let theme = try ThemeParser.parse(text, name: name, file: file) { self.source($0) }
        return Theme(name: name, styles: base.styles.merging(theme.styles) { _, new in new })
    }
}
