import ParleyTerminal

/// A problem in the config file, with where it is.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public var description: String { "\(file):\(line): \(reason)" }
}

/// The reader's config file (`$XDG_CONFIG_HOME/parley/config`): one setting per line, `#` comments.
///
/// ```
/// theme light
/// bind x quit            # x quits, wherever focus is
/// bind o openSource list # in the list only
/// unbind T
/// ```
///
/// A line that cannot be used is reported with its file and line and skipped; the rest still apply.
public struct ReaderConfig: Sendable {
    public var theme: String?
    public var keymap: Keymap
    public var errors: [ConfigError] = []

    /// Reads `text` (named `file` in messages) over the default keymap.
    public init(text: String, file: String, keymap base: Keymap = .standard) {
        keymap = base
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first else { continue }
            if let reason = apply(first, Array(words.dropFirst())) {
                errors.append(ConfigError(file: file, line: index + 1, reason: reason))
            }
        }
    }

    /// Applies one setting; the reason it cannot, else nil.
    mutating func apply(_ setting: String, _ arguments: [String]) -> String? {
        switch setting {
        case "theme":
            guard arguments.count == 1 else { return "theme takes one name: theme NAME" }
            theme = arguments[0]
        case "bind":
            guard (2...3).contains(arguments.count) else { return "usage: bind KEY COMMAND [CONTEXT]" }
            guard let key = KeyName.key(arguments[0]) else { return "unknown key '\(arguments[0])'" }
            guard let command = Self.command(arguments[1]) else {
                return "unknown command '\(arguments[1])' (see the help, ?, for their names)"
            }
            guard let context = Self.context(arguments.count == 3 ? arguments[2] : "global") else {
                return "unknown context '\(arguments[2])' (\(Self.contextNames.joined(separator: ", ")))"
            }
            keymap.bind(key, to: command, in: context)
        case "unbind":
            guard (1...2).contains(arguments.count) else { return "usage: unbind KEY [CONTEXT]" }
            guard let key = KeyName.key(arguments[0]) else { return "unknown key '\(arguments[0])'" }
            guard let context = Self.context(arguments.count == 2 ? arguments[1] : "global") else {
                return "unknown context '\(arguments[1])' (\(Self.contextNames.joined(separator: ", ")))"
            }
            guard keymap.unbind(key, in: context) else { return "'\(arguments[0])' is not bound there" }
        default:
            return "unknown setting '\(setting)' (theme, bind, unbind)"
        }
        return nil
    }

    static let contextNames = KeyContext.allCases.map(\.rawValue)

    static func context(_ name: String) -> KeyContext? { KeyContext(rawValue: name.lowercased()) }

    /// A command by its name, as written in the code ("nextUnread") or with dashes ("next-unread").
    public static func command(_ name: String) -> Command? {
        let folded = name.replacingOccurrences(of: "-", with: "").lowercased()
        return Command.allCases.first { $0.rawValue.lowercased() == folded }
    }
}

extension Keymap {
    /// Makes `key` do `command` in `context`, replacing what it did there; the new key shows in the key
    /// bar when the command had a hint.
    mutating func bind(_ key: Key, to command: Command, in context: KeyContext) {
        bindings.removeAll { $0.key == key && $0.context == context }
        let hinted = bindings.contains { $0.command == command && $0.hint }
        // first among the command's keys there, so the key bar and help show the key chosen
        let place = bindings.firstIndex { $0.command == command && $0.context == context } ?? bindings.endIndex
        bindings.insert(Binding(key: key, context: context, command: command, hint: hinted), at: place)
    }

    /// Takes `key` away in `context`; false when it was not bound there.
    mutating func unbind(_ key: Key, in context: KeyContext) -> Bool {
        let before = bindings.count
        bindings.removeAll { $0.key == key && $0.context == context }
        return bindings.count < before
    }
}
