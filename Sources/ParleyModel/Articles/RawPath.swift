import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file system path as the kernel stores it: bytes, which need not be UTF-8.
///
/// Linux allows any byte but `/` and NUL in a name, and Foundation's `URL` and `String` paths turn the bytes
/// that are not UTF-8 into U+FFFD, after which the file no longer opens. `RawPath` keeps the bytes for the
/// system calls and shows them escaped: the name bytes `caf 0xFF .txt` read as `caf\xFF.txt`.
public struct RawPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path's bytes, without a trailing NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The path of `url` as the file system sees it.
    public init(url: URL) {
        self.bytes = url.withUnsafeFileSystemRepresentation { pointer in
            guard let pointer else { return Array(url.path.utf8) }
            return Array(
                UnsafeBufferPointer(
                    start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
        }
    }

    /// A path a person typed or copied from Parley's output: `\xHH` escapes become the bytes they name.
    ///
    /// Only used when the text taken literally names nothing, so a real backslash in a name still works.
    public static func unescaping(_ text: String) -> RawPath? {
        let utf8 = Array(text.utf8)
        var bytes: [UInt8] = []
        var changed = false
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "\\"), i + 3 < utf8.count, utf8[i + 1] == UInt8(ascii: "x"),
                let high = hexValue(utf8[i + 2]), let low = hexValue(utf8[i + 3])
            {
                bytes.append(high << 4 | low)
                changed = true
                i += 4
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return changed ? RawPath(bytes: bytes) : nil
    }

    /// The path as Parley shows and stores it: UTF-8 as written; bytes that are not UTF-8, and control
    /// characters, as `\xHH`.
    public var path: String { Self.escaped(bytes[...]) }

    public var description: String { path }

    /// The last component, escaped like `path`.
    public var lastComponent: String { Self.escaped(lastComponentBytes) }

    /// The extension of the last component, lower-cased ("" when there is none).
    public var pathExtension: String {
        let name = lastComponentBytes
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > name.startIndex, dot < name.endIndex - 1 else {
            return ""
        }
        return Self.escaped(name[(dot + 1)...]).lowercased()
    }

    /// The last component without its extension, escaped: what an article made from the file is called.
    public var stem: String {
        let name = lastComponentBytes
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > name.startIndex, dot < name.endIndex - 1 else {
            return Self.escaped(name)
        }
        return Self.escaped(name[..<dot])
    }

    /// This path with `name` (one component, raw bytes) below it.
    public func appending(_ name: some Collection<UInt8>) -> RawPath {
        var joined = bytes
        if joined.last != UInt8(ascii: "/") { joined.append(UInt8(ascii: "/")) }
        joined.append(contentsOf: name)
        return RawPath(bytes: joined)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    public func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        let chars = bytes.map { CChar(bitPattern: $0) } + [0]
        return try body(chars)
    }

    public static func < (lhs: RawPath, rhs: RawPath) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    private var lastComponentBytes: ArraySlice<UInt8> {
        var end = bytes.endIndex
        while end > bytes.startIndex + 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? bytes.startIndex
        return bytes[start..<end]
    }

    /// UTF-8 kept, everything else escaped. Valid sequences are decoded one scalar at a time so a bad
    /// byte in the middle of a name spoils only itself.
    static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(decoding: bytes, as: UTF8.self) }
        var out = ""
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = UTF8Validation.sequenceLength(bytes, at: i)
            if length > 0, let scalar = String(validating: bytes[i..<i + length], as: UTF8.self)?.unicodeScalars.first,
                !isControl(scalar)
            {
                out.unicodeScalars.append(scalar)
                i += length
                continue
            }
            let count = max(length, 1)
            for byte in bytes[i..<i + count] { out += "\\x" + hexDigits(byte) }
            i += count
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
