import ParleyTerminal
import Testing

/// Emoji sequences take the columns a wcwidth terminal (and ncurses, which moves the cursor by the same
/// table) gives them, and every cell holds one spacing character, so each fits one curses cell.
@Suite struct EmojiWidthTests {
    /// A flag is two regional indicators: one column each, as glibc and tmux count them.
    static let flag = "\u{1F1EB}\u{1F1F7}"
    /// A red heart asked to show as emoji: the base is narrow, the selector adds nothing.
    static let heart = "\u{2764}\u{FE0F}"
    /// Three people joined by zero-width joiners: each person is wide, the joiners take nothing.
    static let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"

    @Test func sequencesTakeTheColumnsOfTheirParts() {
        #expect(DisplayWidth.of(Self.flag) == 2)
        #expect(DisplayWidth.of(Self.heart) == 1)
        #expect(DisplayWidth.of(Self.family) == 6)
        #expect(DisplayWidth.of("\u{2705}") == 2)
        #expect(DisplayWidth.of("\u{1F44D}\u{1F3FD}") == 4)
    }

    @Test func textAfterASequenceStartsWhereTheTerminalPutsIt() {
        for (sample, width) in [(Self.flag, 2), (Self.heart, 1), (Self.family, 6)] {
            var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
            let end = buffer.put(sample + "x", at: Point(x: 0, y: 0), style: .plain)
            #expect(end == width + 1, "\(sample.unicodeScalars.map(\.value))")
            #expect(buffer[width, 0].text == "x")
        }
    }

    @Test func everyCellHoldsOneSpacingCharacter() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        buffer.put(Self.flag + Self.heart + Self.family, at: Point(x: 0, y: 0), style: .plain)
        for x in 0..<20 where !buffer[x, 0].isContinuation {
            let spacing = buffer[x, 0].text.unicodeScalars.filter { DisplayWidth.of($0) > 0 }
            #expect(spacing.count <= 1, "cell \(x): \(buffer[x, 0].text.unicodeScalars.map(\.value))")
        }
        #expect(buffer.row(0).hasPrefix(Self.flag + Self.heart + Self.family))
    }

    @Test func aSequenceCutAtTheEdgeLeavesNoHalf() {
        var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
        buffer.put("a" + Self.family, at: Point(x: 0, y: 0), style: .plain)
        #expect(buffer.row(0) == "a  ")
        #expect(DisplayWidth.truncate("ab" + Self.flag + "cd", to: 4) == "ab…")
    }
}
