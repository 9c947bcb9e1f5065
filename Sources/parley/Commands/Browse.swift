import ArgumentParser
import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal

/// `parley` with no command: the terminal reader.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the terminal reader (the default command).")

    @OptionGroup var options: LibraryOptions
    @Option(help: "Theme name (see `parley themes`); default from $XDG_CONFIG_HOME/parley/config, else 'default'.")
    var theme: String?

    func run() throws {
        let store = try options.openForBrowsing()
        let usingSamples = store.path == nil
        let environment = ProcessInfo.processInfo.environment
        let themes = ThemeLibrary.standard()
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let config = ConfigFile.load(ConfigFile.path(environment: environment))
        var name = theme ?? config.theme ?? "default"
        if noColor, theme == nil { name = "monochrome" }
        var warning = config.errors.first.map {
            "\($0)" + (config.errors.count > 1 ? " (+\(config.errors.count - 1) more: parley config check)" : "")
        }
        let loaded: Theme
        do {
            loaded = try themes.load(name)
        } catch {
            warning = warning ?? "\(error.description); using the default theme"
            loaded = (try? themes.load("default")) ?? Theme(name: "default", styles: [:])
        }
        let screen: NcursesScreen
        do {
            screen = try NcursesScreen()
        } catch {
            throw Fail.with(error.description, .usage)
        }
        defer { screen.restore() }
        var state = AppState(
            size: screen.size, themeName: loaded.name, themeNames: themes.names(),
            libraryLabel: usingSamples ? "sample library" : options.path + (store.isReadOnly ? " (read-only)" : ""))
        state.message = warning ?? (usingSamples ? "empty library: showing the embedded samples" : nil)
        state.isError = warning != nil
        // a config warning is often longer than the status bar: :messages shows it whole
        state.messageLog = state.message.map { [$0] } ?? []
        let app = AppRunner(
            state: state, theme: loaded, runner: EffectRunner(store: store, themes: themes), screen: screen,
            keymap: config.keymap, monochrome: noColor, shouldStop: { screen.terminationRequested })
        app.run()
        screen.restore()
        // A reader ended by SIGINT, SIGTERM or SIGHUP reports it the way shells do: 128 + the signal.
        if let signal = screen.terminationSignal { throw ExitCode(128 + signal) }
    }
}

/// The reader's config file, `$XDG_CONFIG_HOME/parley/config` (else `~/.config/parley/config`).
enum ConfigFile {
    static func path(environment: [String: String]) -> String {
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/parley/config"
    }

    /// The config at `path`, or the defaults when there is no file.
    static func load(_ path: String) -> ReaderConfig {
        guard let data = FileManager.default.contents(atPath: path) else { return ReaderConfig(text: "", file: path) }
        return ReaderConfig(text: String(decoding: data, as: UTF8.self), file: path)
    }
}

/// `parley config check [FILE]`: every problem in the config file, as file:line.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the reader's config file (bind, unbind, theme); problems are printed as file:line.")

    @Argument(help: "'check', then the file (default: $XDG_CONFIG_HOME/parley/config).") var words: [String] = []

    func run() throws {
        guard (1...2).contains(words.count), words[0] == "check" else {
            throw Fail.with("usage: parley config check [FILE]", .usage)
        }
        let path = words.count == 2 ? words[1] : ConfigFile.path(environment: ProcessInfo.processInfo.environment)
        guard FileManager.default.fileExists(atPath: path) else { throw Fail.with("\(path): no such file", .input) }
        let config = ConfigFile.load(path)
        for error in config.errors { Output.line(error.description) }
        if !config.errors.isEmpty {
            throw Fail.with("\(path): \(config.errors.count) problem\(config.errors.count == 1 ? "" : "s")", .input)
        }
        Output.line("\(path): ok")
    }
}

/// `parley themes` and `parley themes check FILE`.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List themes, or check a theme file.")

    @Argument(help: "'check' followed by a theme file, or nothing to list themes.") var words: [String] = []
    @Flag(help: "Print the theme names as JSON.") var json = false

    func run() throws {
        let library = ThemeLibrary.standard()
        if words.isEmpty {
            if json { Output.printJSON(library.names()) } else { for name in library.names() { Output.line(name) } }
            return
        }
        guard words.count == 2, words[0] == "check" else {
            throw Fail.with("usage: parley themes [check FILE]", .usage)
        }
        let path = words[1]
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Fail.with("\(path): cannot be read", .input)
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            _ = try library.load(text: String(decoding: data, as: UTF8.self), name: name, file: path)
            Output.line("\(path): ok")
        } catch {
            throw Fail.with(error.description, .input)
        }
    }
}
