import ParleyTerminal
import Testing

@Suite struct KeyDecoderTests {
    @Test func charactersControlsAndSpecialKeys() {
        #expect(KeyDecoder.decode(character: UInt32(Character("j").asciiValue!)) == .character("j"))
        #expect(KeyDecoder.decode(character: 1) == .control("a"))
        #expect(KeyDecoder.decode(character: 23) == .control("w"))
        #expect(KeyDecoder.decode(character: 9) == .tab)
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(character: 0x65E5) == .character("日"))
    }

    @Test func functionKeys() {
        #expect(KeyDecoder.decode(functionKey: KeyDecoder.Code.down) == .down)
        #expect(KeyDecoder.decode(functionKey: KeyDecoder.Code.pageDown) == .pageDown)
        #expect(KeyDecoder.decode(functionKey: KeyDecoder.Code.backTab) == .backTab)
        #expect(KeyDecoder.decode(functionKey: KeyDecoder.Code.f0 + 5) == .function(5))
        #expect(KeyDecoder.decode(functionKey: 9999) == nil)
    }
}

@Suite struct ScreenBufferTests {
    @Test func widthOfWideCombiningAndEmojiText() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("Лукашенко") == 9)
        #expect(DisplayWidth.truncate("习近平会见卢卡申科", to: 7) == "习近平…")
    }

    @Test func wideCharactersTakeTwoCellsAndClipWhole() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        let end = buffer.put("a日本", at: Point(x: 0, y: 0), style: .plain)
        #expect(end == 5)
        #expect(buffer.row(0) == "a日本")
        var narrow = ScreenBuffer(size: Size(width: 4, height: 1))
        narrow.put("a日本", at: Point(x: 0, y: 0), style: .plain)
        #expect(narrow.row(0) == "a日 ")
    }

    @Test func controlCharactersAndEscapesAreInert() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 1))
        buffer.put("a\u{1B}]52;c;x\u{07}b\r\u{9B}c\u{202E}d", at: Point(x: 0, y: 0), style: .plain)
        let row = buffer.row(0)
        #expect(
            !row.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0 == "\u{202E}" })
        #expect(row.hasPrefix("a\u{FFFD}]52;c;x\u{FFFD}b\u{FFFD}\u{FFFD}c d"))
    }

    @Test func writingOutsideTheBufferIsClipped() {
        var buffer = ScreenBuffer(size: Size(width: 3, height: 2))
        buffer.put("abcdef", at: Point(x: 1, y: 1), style: .plain)
        buffer.put("zzz", at: Point(x: 0, y: 5), style: .plain)
        buffer.put("xy", at: Point(x: -1, y: 0), style: .plain)
        #expect(buffer.textSnapshot() == "\"y  \"\n\" ab\"")
    }

    @Test func colourParsing() {
        #expect(Color(parsing: "red") == .indexed(1))
        #expect(Color(parsing: "color236") == .indexed(236))
        #expect(Color(parsing: "#268bd2")?.indexed256 == 32)
        #expect(Color(parsing: "#ffffff")?.indexed256 == 231)
        #expect(Color(parsing: "#808080")?.indexed256 == 244)
        #expect(Color(parsing: "purple-ish") == nil)
        #expect(Color(parsing: "color256") == nil)
        #expect(TextAttributes(parsing: "blink") == nil)
    }
}
