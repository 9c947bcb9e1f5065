import ParleyTerminal

/// Where a key is pressed: which pane has focus, or an overlay.
/// The raw values are the names the config file uses (`bind KEY COMMAND CONTEXT`).
public enum KeyContext: String, CaseIterable, Sendable, Equatable {
    case global, list, article, entities, timeline
    /// The meeting view, over the panes.
    case meeting
    /// The pairs view (who met whom), over the panes.
    case pairs
    /// The timeline drawn against time, over the panes.
    case chart
    case help
}

/// One binding: a key, where it applies, and what it does.
public struct Binding: Sendable, Equatable {
    public var key: Key
    public var context: KeyContext
    public var command: Command
    /// Shown in the key-hint bar (the rest only in help).
    public var hint: Bool
}

/// Keys to commands. The same table feeds the help overlay and the key-hint bar, so they cannot drift.
public struct Keymap: Sendable {
    public var bindings: [Binding]

    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// The command for `key` in `context`: a binding for that context first, then a global one.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        if let binding = bindings.first(where: { $0.key == key && $0.context == context }) { return binding.command }
        if context == .help { return nil }
        return bindings.first { $0.key == key && $0.context == .global }?.command
    }

    /// The hints for the bar in a context: each command once, its first key; the context's own keys
    /// first (what is special here), then the global ones it does not take over.
    public func hints(in context: KeyContext) -> [(key: String, label: String)] {
        var seen = Set<Command>()
        var result: [(String, String)] = []
        let own = bindings.filter { $0.context == context }
        let taken = Set(own.map(\.key))
        let global = bindings.filter { $0.context == .global && !taken.contains($0.key) }
        for binding in (context == .global ? [] : own) + global where binding.hint {
            if seen.insert(binding.command).inserted { result.append((binding.key.label, binding.command.label)) }
        }
        return result
    }

    /// Every command with all its keys, grouped by context: the help overlay's rows.
    public func helpRows() -> [(context: KeyContext, keys: String, label: String)] {
        var order: [(KeyContext, Command)] = []
        var keys: [String: [String]] = [:]
        for binding in bindings {
            let id = "\(binding.context)-\(binding.command.rawValue)"
            if keys[id] == nil { order.append((binding.context, binding.command)) }
            keys[id, default: []].append(binding.key.label)
        }
        return order.map { context, command in
            (context, keys["\(context)-\(command.rawValue)"]?.joined(separator: " ") ?? "", command.label)
        }
    }
}
