/// One cell of the screen: a grapheme (possibly with combining marks) and its style. A wide
/// character's second column holds a continuation cell with empty text.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var style: Style
    public var width: Int

    public init(text: String = " ", style: Style = .plain, width: Int = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}

/// A grid of cells that views draw into; it clips everything to its size and makes control
/// characters inert, whatever text it is given.
public struct ScreenBuffer: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(size.height, rect.maxY) {
            for x in max(0, rect.x)..<min(size.width, rect.maxX) { self[x, y] = Cell(style: style) }
        }
    }

    /// Writes `text` from `point` on one row, no further than `limit` (exclusive column, default the
    /// buffer's width); returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? size.width, size.width)
        guard point.y >= 0, point.y < size.height else { return point.x }
        var x = point.x
        for character in text {
            let safe = Self.inert(character)
            let width = DisplayWidth.of(safe)
            if width == 0 {
                if x > point.x, x - 1 < end, x - 1 >= 0, self[x - 1, point.y].text.unicodeScalars.count < 5 {
                    self[x - 1, point.y].text += String(safe)  // combining mark joins the cell before
                }
                continue
            }
            if x + width > end { break }
            if x >= 0 {
                self[x, point.y] = Cell(text: String(safe), style: style, width: width)
                if width == 2 { self[x + 1, point.y] = Cell(text: "", style: style, width: 0) }
            }
            x += width
        }
        return x
    }

    /// Applies `style` to existing cells of a row range (highlighting text already drawn).
    public mutating func restyle(row y: Int, from x0: Int, to x1: Int, _ transform: (Style) -> Style) {
        guard y >= 0, y < size.height else { return }
        for x in max(0, x0)..<min(size.width, x1) { self[x, y].style = transform(self[x, y].style) }
    }

    /// Control characters, escapes, bidi overrides and zero-width formatting never reach the
    /// terminal: they become a visible replacement (or a space).
    static func inert(_ character: Character) -> Character {
        var scalars = String.UnicodeScalarView()
        for scalar in character.unicodeScalars.prefix(5) {
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) {
                scalars.append("\u{FFFD}")
            } else if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
                || v == 0x061C || v == 0xFEFF || v == 0x200B || v == 0x00AD || v == 0x2060
            {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        let text = String(scalars)
        return text.count == 1 ? Character(text) : (text.first ?? "?")
    }

    /// The rows as text, each quoted so trailing blanks show: what snapshot tests compare.
    public func textSnapshot() -> String {
        (0..<size.height).map { y in
            var row = ""
            for x in 0..<size.width where !self[x, y].isContinuation { row += self[x, y].text }
            return "\"" + row + "\""
        }.joined(separator: "\n")
    }

    /// One row's text (continuation cells skipped).
    public func row(_ y: Int) -> String {
        var row = ""
        for x in 0..<size.width where !self[x, y].isContinuation { row += self[x, y].text }
        return row
    }
}
