import Foundation

/// Turns the bytes of an article file into text: UTF-8 (with or without a byte order mark), UTF-16 with a
/// byte order mark, and, for bytes that are not UTF-8, Windows-1252, the code page most older Western
/// pages were saved in (it agrees with Latin-1 on every printable character).
enum TextDecoding {
    /// How a file's bytes are to be read, decided by its first bytes.
    enum Encoding: Equatable {
        case utf8
        case utf16LittleEndian
        case utf16BigEndian
    }

    static func encoding(of data: Data) -> Encoding {
        if data.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if data.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        return .utf8
    }

    /// The text of `data` and a note for each liberty taken while decoding it.
    static func decode(_ data: Data) -> (text: String, warnings: [String]) {
        var (text, warnings): (String, [String])
        switch encoding(of: data) {
        case .utf16LittleEndian, .utf16BigEndian:
            (text, warnings) = utf16(data)
        case .utf8:
            if let valid = data.withUnsafeBytes({ String(validating: $0, as: UTF8.self) }) {
                (text, warnings) = (valid, [])
            } else {
                (text, warnings) = utf8OrWindows1252(Array(data))
            }
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return (text, warnings)
    }

    /// UTF-16 after its byte order mark. Unpaired surrogates become U+FFFD, and say so.
    private static func utf16(_ data: Data) -> (String, [String]) {
        let bigEndian = encoding(of: data) == .utf16BigEndian
        let bytes = Array(data.dropFirst(2))
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            i += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 == 1 { warnings.append("UTF-16 file ends in half a character; it was dropped") }
        if let valid = String(validating: units, as: UTF16.self) { return (valid, warnings) }
        warnings.append("unpaired UTF-16 surrogates replaced with U+FFFD")
        return (String(decoding: units, as: UTF16.self), warnings)
    }

    /// Valid UTF-8 sequences as UTF-8, every other byte as the Windows-1252 character it stands for.
    ///
    /// A file saved in Windows-1252 has no valid multi-byte sequences by chance (they would need a
    /// letter such as "Ã" followed by a symbol such as "©"), so it decodes as that code page; a UTF-8 file
    /// with a few stray bytes keeps its UTF-8 and loses only the stray bytes' meaning.
    static func utf8OrWindows1252(_ bytes: [UInt8]) -> (String, [String]) {
        var scalars = String.UnicodeScalarView()
        var strays = 0
        var multiByte = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                i += 1
                continue
            }
            let length = UTF8Validation.sequenceLength(bytes[...], at: i)
            if length > 1, let text = String(validating: bytes[i..<i + length], as: UTF8.self) {
                scalars.append(contentsOf: text.unicodeScalars)
                multiByte += 1
                i += length
            } else {
                scalars.append(windows1252(byte))
                strays += 1
                i += 1
            }
        }
        let note =
            multiByte == 0
            ? "not valid UTF-8: decoded as Windows-1252"
            : "not valid UTF-8: \(strays) stray byte\(strays == 1 ? "" : "s") decoded as Windows-1252"
        return (String(scalars), [note])
    }

    /// Windows-1252 puts typographic marks where Latin-1 has C1 controls; its five unassigned bytes are
    /// kept as those controls, as web browsers do.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte) - 0x80]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

/// UTF-8's rules for one sequence, for decoders that go on past a bad byte.
enum UTF8Validation {
    /// The length of the valid UTF-8 sequence that starts at `index`, or 0 when none does (a stray
    /// continuation byte, an overlong form, a surrogate, a value past U+10FFFF, a cut-off sequence).
    static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.endIndex else { return 0 }
        guard (low...high).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }
}
