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
    /// buffer's width); returns the column after the last one written. A character too wide for what is
    /// left is not drawn at all.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? size.width, size.width)
        guard point.y >= 0, point.y < size.height else { return point.x }
        var x = point.x
        for character in text {
            let pieces = Self.cells(of: character)
            let width = pieces.reduce(0) { $0 + $1.width }
            if pieces.first?.width == 0 {
                // A mark with nothing before it in its cluster joins the cell before.
                if x > point.x, x - 1 < end, x - 1 >= 0, self[x - 1, point.y].text.unicodeScalars.count < 5 {
                    self[x - 1, point.y].text += pieces[0].text
                }
                if width == 0 { continue }
            }
            if x + width > end { break }
            for piece in pieces where piece.width > 0 {
                if x >= 0 {
                    self[x, point.y] = Cell(text: piece.text, style: style, width: piece.width)
                    if piece.width == 2, x + 1 < size.width {
                        self[x + 1, point.y] = Cell(text: "", style: style, width: 0)
                    }
                }
                x += piece.width
            }
        }
        return x
    }

    /// A cluster cut into what one curses cell holds: a spacing scalar and the zero-width ones after it
    /// (at most five scalars), each made inert. A flag gives two cells, a joined family one per person.
    static func cells(of character: Character) -> [(text: String, width: Int)] {
        var pieces: [(text: String, width: Int)] = []
        for scalar in character.unicodeScalars {
            let safe = inert(scalar)
            let width = DisplayWidth.of(safe)
            if width > 0 || pieces.isEmpty {
                pieces.append((String(safe), width))
            } else if pieces[pieces.count - 1].text.unicodeScalars.count < 5 {
                pieces[pieces.count - 1].text.unicodeScalars.append(safe)
            }
        }
        return pieces
    }

    /// Applies `style` to existing cells of a row range (highlighting text already drawn).
    public mutating func restyle(row y: Int, from x0: Int, to x1: Int, _ transform: (Style) -> Style) {
        guard y >= 0, y < size.height else { return }
        for x in max(0, x0)..<min(size.width, x1) { self[x, y].style = transform(self[x, y].style) }
    }

    /// Control characters, escapes, bidi overrides and zero-width formatting never reach the
    /// terminal: they become a visible replacement (or a space).
    static func inert(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) { return "\u{FFFD}" }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
            || v == 0x061C || v == 0xFEFF || v == 0x200B || v == 0x00AD || v == 0x2060
        {
            return " "
        }
        return scalar
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
