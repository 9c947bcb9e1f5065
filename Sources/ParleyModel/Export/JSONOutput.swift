import Foundation

/// JSON as Parley writes it: pretty and key-sorted, with DEL and the C1 controls (U+007F–U+009F)
/// written as `\u` escapes. JSON allows them raw, but a terminal reads a raw U+009B as the start of an
/// escape sequence; any JSON reader gets the same text back from the escape.
public enum JSONOutput {
    public static func string(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return nil }
        let json = String(decoding: data, as: UTF8.self)
        // the pretty printer writes an empty list as "[", a blank line and "]"
        if json.allSatisfy({ "[] \n".contains($0) }) { return json.contains("[") ? "[]" : json }
        return escapingControls(json)
    }

    /// The text with DEL and the C1 controls escaped; JSON's own escapes are left as they are.
    static func escapingControls(_ json: String) -> String {
        // C1 controls are two bytes in UTF-8 (C2 80-9F), DEL one (7F): most output has neither
        guard json.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                out.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
