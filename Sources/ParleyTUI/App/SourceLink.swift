/// Which article sources may be handed to a browser: `http`/`https` URLs, `file:` URLs and absolute file
/// paths, with no control characters anywhere. Anything else (`javascript:`, `data:`, a relative path,
/// text that could pass for an option) is refused with the reason.
public enum SourceLink {
    public enum Verdict: Sendable, Equatable {
        /// Safe to pass, as this one argument.
        case allowed(String)
        case refused(String)
    }

    public static func check(_ source: String) -> Verdict {
        if source.isEmpty { return .refused("this article has no source") }
        if source.unicodeScalars.contains(where: isControl) {
            return .refused("the source has control characters; not opened")
        }
        if source.hasPrefix("/") { return .allowed(source) }
        guard let colon = source.firstIndex(of: ":") else {
            return .refused("the source is neither a web address nor a file")
        }
        let scheme = source[..<colon].lowercased()
        let rest = source[source.index(after: colon)...]
        switch scheme {
        case "http", "https":
            guard rest.hasPrefix("//"), rest.count > 2, !rest.contains(" ") else {
                return .refused("the source is not a whole web address")
            }
            return .allowed(source)
        case "file":
            return .allowed(source)
        default:
            let shown = scheme.prefix(20).filter { $0.isLetter || $0.isNumber || "+-.".contains($0) }
            return .refused("\(shown): links are not opened (only http, https and files)")
        }
    }

    /// C0 and C1 controls, DEL, line and paragraph separators, bidi and other invisible formatting.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || scalar.properties.generalCategory == .format
    }
}
