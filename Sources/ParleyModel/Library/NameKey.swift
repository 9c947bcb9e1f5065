import Foundation

/// A name reduced for matching: lower case, accents and punctuation removed, spaces single.
///
/// `NameKey.of("Aleksandr  Lukashenka’s")` is `"aleksandr lukashenkas"`.
public enum NameKey {
    public static func of(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars {
            if scalar.properties.isAlphabetic || Tokenizer.isDigit(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }
}
