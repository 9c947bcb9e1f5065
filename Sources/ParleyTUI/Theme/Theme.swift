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
    /// A colour theme marks selection, focus and bars with a background: without colours that becomes
    /// reverse video, so they still show (the overlay's tint alone is dropped).
    public var monochrome: Theme {
        var plain = styles.mapValues(\.monochrome)
        for (role, style) in styles where style.background != .default && role != .overlay {
            plain[role]?.attributes.insert(.reverse)
        }
        return Theme(name: name, styles: plain)
    }
}
