import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Article files in the encodings they come in.
@Suite struct TextDecodingTests {
    let title = "Talks in Asunción"
    let body =
        "The trade ministers of Paraguay and Uruguay met in Asunción for two days of talks on river freight, and said the tariffs on grain would fall next year."

    /// Reads `bytes` as the article file `name` through the same path `parley add` takes.
    func read(_ bytes: Data, name: String = "encoded.txt") throws -> Article {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        try bytes.write(to: url)
        return try ArticleReading.read(data: ArticleReading.load(url: url), url: url)
    }

    var page: String { "\(title)\n\n\(body)\n" }

    @Test func utf8WithAByteOrderMarkLosesTheMarkOnly() throws {
        let article = try read(Data([0xEF, 0xBB, 0xBF]) + Data(page.utf8))
        #expect(article.title == title)
        #expect(article.text == body)
        #expect(article.warnings.isEmpty)
    }

    @Test func utf16LittleEndianWithAByteOrderMarkIsText() throws {
        var bytes = Data([0xFF, 0xFE])
        for unit in page.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try read(bytes)
        #expect(article.title == title)
        #expect(article.text == body)
        #expect(article.warnings.isEmpty)
    }

    @Test func utf16BigEndianWithAByteOrderMarkIsText() throws {
        var bytes = Data([0xFE, 0xFF])
        for unit in (page + "Ελληνικά 漢字 😀").utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let article = try read(bytes, name: "encoded.md")
        #expect(article.title == title)
        #expect(article.text.hasPrefix(body))
        #expect(article.text.hasSuffix("Ελληνικά 漢字 😀"))
    }

    @Test func utf16ThatIsBlankIsEmptyAndUtf16WithNULsIsBinary() throws {
        #expect(throws: ReadError.self) { try read(Data([0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00])) }
        #expect(throws: ReadError.self) { try read(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00])) }
        let empty = #expect(throws: ReadError.self) { try read(Data([0xFE, 0xFF, 0x00, 0x20])) }
        #expect(empty?.description.hasSuffix("the file is empty") == true)
        let binary = #expect(throws: ReadError.self) { try read(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00])) }
        #expect(binary?.description.hasSuffix("looks like a binary file, not text") == true)
    }

    @Test func windows1252IsDecodedWithItsOwnMarksAndSaid() throws {
        // "Asunción" with ó as 0xF3, quotes 0x93/0x94, a dash 0x96 and the euro sign 0x80: no U+FFFD anywhere
        let text = "\(title)\n\n\(body) A \u{201C}bridge\u{201D} loan \u{2013} \u{20AC}40m \u{2013} was agreed.\n"
        var bytes = Data()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x201C: bytes.append(0x93)
            case 0x201D: bytes.append(0x94)
            case 0x2013: bytes.append(0x96)
            case 0x20AC: bytes.append(0x80)
            default: bytes.append(UInt8(scalar.value))  // the rest is Latin-1
            }
        }
        let article = try read(bytes)
        #expect(article.title == title)
        #expect(article.text.hasSuffix("A \u{201C}bridge\u{201D} loan \u{2013} \u{20AC}40m \u{2013} was agreed."))
        #expect(!article.text.contains("\u{FFFD}"))
        #expect(article.warnings == ["not valid UTF-8: decoded as Windows-1252"])
    }

    @Test func utf8WithAStrayByteKeepsItsUTF8() throws {
        var bytes = Data("\(title)\n\n\(body) Prices rose by 5".utf8)
        bytes.append(0xB0)  // a degree sign saved by a Latin-1 editor into a UTF-8 file
        bytes.append(Data(" in Asunción.\n".utf8))
        let article = try read(bytes)
        #expect(article.title == title)
        #expect(article.text.hasSuffix("Prices rose by 5° in Asunción."))
        #expect(article.warnings == ["not valid UTF-8: 1 stray byte decoded as Windows-1252"])
    }

    @Test func imagesAndNULFilesStayBinary() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        #expect(throws: ReadError.self) { try read(png) }
        #expect(throws: ReadError.self) { try read(Data("plain words".utf8) + Data([0x00]) + Data("more".utf8)) }
    }
}
