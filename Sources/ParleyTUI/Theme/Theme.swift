import ParleyTerminal

/// A named set of styles, one per role.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: StyleRole) -> Style { styles[role] ?? .plain }

    /// The same theme with colours removed: focus and selection still show through attributes.
    public var monochrome: Theme {
        Theme(name: name, styles: styles.mapValues(\.monochrome))
    }
}
