/// A terminal colour: the terminal's default, one of 256 indexed colours, or 24-bit RGB (drawn as
/// the nearest indexed colour where the terminal has only 256).
public enum Color: Sendable, Equatable, Hashable {
    case `default`
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "brightblack": 8, "gray": 8, "grey": 8, "brightred": 9, "brightgreen": 10, "brightyellow": 11,
        "brightblue": 12, "brightmagenta": 13, "brightcyan": 14, "brightwhite": 15,
    ]

    /// Parses `default`, a colour name, `colorN` (0–255) or `#rrggbb`; nil for anything else.
    public init?(parsing text: String) {
        let lower = text.lowercased()
        if lower == "default" || lower == "none" {
            self = .default
        } else if let index = Self.names[lower] {
            self = .indexed(index)
        } else if lower.hasPrefix("color"), let n = Int(lower.dropFirst(5)), (0...255).contains(n) {
            self = .indexed(n)
        } else if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// The nearest of the 256 indexed colours (the 6×6×6 cube and the grey ramp).
    public var indexed256: Int? {
        switch self {
        case .default: return nil
        case .indexed(let n): return n
        case .rgb(let r, let g, let b):
            func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
            let (lr, lg, lb) = (level(r), level(g), level(b))
            let cube = 16 + 36 * lr + 6 * lg + lb
            let steps = [0, 95, 135, 175, 215, 255]
            let cubeDistance = sq(Int(r) - steps[lr]) + sq(Int(g) - steps[lg]) + sq(Int(b) - steps[lb])
            let average = (Int(r) + Int(g) + Int(b)) / 3
            let grey = average > 238 ? 23 : max(0, (average - 3) / 10)
            let greyValue = 8 + grey * 10
            let greyDistance = sq(Int(r) - greyValue) + sq(Int(g) - greyValue) + sq(Int(b) - greyValue)
            return greyDistance < cubeDistance ? 232 + grey : cube
        }
    }

    /// The nearest of the 8 basic colours, for terminals with no more.
    public var indexed8: Int? {
        guard let n = indexed256 else { return nil }
        if n < 16 { return n % 8 }
        if n >= 232 { return n < 244 ? 0 : 7 }
        let c = n - 16
        let (r, g, b) = (c / 36, c / 6 % 6, c % 6)
        return (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
    }
}

private func sq(_ v: Int) -> Int { v * v }

/// Bold, underline, reverse and the like.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
    public static let italic = TextAttributes(rawValue: 16)

    /// Parses one attribute word: bold, underline, reverse, dim, italic.
    public init?(parsing word: String) {
        switch word.lowercased() {
        case "bold": self = .bold
        case "underline": self = .underline
        case "reverse": self = .reverse
        case "dim": self = .dim
        case "italic": self = .italic
        default: return nil
        }
    }
}

/// How a cell is drawn.
public struct Style: Sendable, Equatable, Hashable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// The same style with colours dropped: what a monochrome terminal shows.
    public var monochrome: Style { Style(attributes: attributes) }
}
