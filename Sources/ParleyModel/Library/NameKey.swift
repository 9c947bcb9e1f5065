import Foundation

/// A name reduced for matching: lower case, accents and punctuation removed, spaces single.
///
/// `NameKey.of("Aleksandr  Lukashenka’s")` is `"aleksandr lukashenkas"`.
public enum NameKey {
    public static func of(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return ascii(name) }
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

    /// The same key for ASCII names, built from bytes: letters lower-cased, digits kept, apostrophes
    /// dropped, any other run of characters one space.
    private static func ascii(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            let isUpper = byte >= 65 && byte <= 90
            if isUpper || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                if pendingSpace, !bytes.isEmpty { bytes.append(32) }
                pendingSpace = false
                bytes.append(isUpper ? byte + 32 : byte)
            } else if byte != UInt8(ascii: "'") {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
