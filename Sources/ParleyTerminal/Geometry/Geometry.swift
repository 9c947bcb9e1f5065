/// A cell position: column `x`, row `y`, from the top left.
public struct Point: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A size in cells.
public struct Size: Sendable, Equatable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A rectangle of cells; any width or height below zero counts as zero.
public struct Rect: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The rectangle shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// Splits off `count` rows at the top: (top, rest).
    public func splitTop(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: c), Rect(x: x, y: y + c, width: width, height: height - c))
    }

    /// Splits off `count` rows at the bottom: (rest, bottom).
    public func splitBottom(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: height - c), Rect(x: x, y: maxY - c, width: width, height: c))
    }

    /// Splits off `count` columns at the left: (left, rest).
    public func splitLeft(_ count: Int) -> (Rect, Rect) {
        let c = min(max(0, count), width)
        return (Rect(x: x, y: y, width: c, height: height), Rect(x: x + c, y: y, width: width - c, height: height))
    }
}
