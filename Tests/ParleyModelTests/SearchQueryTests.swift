import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Searches as people type them: punctuation, operators, other scripts, pasted paragraphs.
@Suite struct SearchQueryTests {
    static let berlin = """
        Germany's Minister Visits Lisbon

        Germany's foreign minister arrived in Lisbon on Monday for Franco-German-Portuguese talks (the first in a decade) on energy links: officials called the meeting "a fresh start" for the U.S.-backed grid plan.
        """
    static let madrid = """
        Spain Hosts Energy Talks

        Spanish and Moroccan ministers met in Madrid on Thursday to discuss a new power cable under the strait, and organisers said work would begin in spring or summer.
        """
    static let beijing = """
        Ministers Meet in Beijing

        中国外交部发言人周三表示，两国外长在北京举行了会谈，双方就边境贸易和地区安全问题交换了意见。会谈结束后，双方签署了一项关于扩大农产品进口的协议。
        """
    static let seoul = """
        Talks in Seoul

        외교부는 수요일 서울에서 이웃 나라 장관들과 회담을 열고 무역 문제를 논의했다고 밝혔다.
        """
    static let tokyo = """
        Talks in Tokyo

        両国の外相は東京で会談し、貿易と安全保障について意見を交わした。
        """

    static func library() throws -> LibraryStore {
        try Fixtures.library([
            "berlin.txt": berlin, "madrid.txt": madrid, "beijing.txt": beijing, "seoul.txt": seoul, "tokyo.txt": tokyo,
        ]).0
    }

    func ids(_ store: LibraryStore, _ query: String) throws -> Set<String> {
        Set(try store.search(query).map(\.summary.id))
    }

    @Test func apostropheQueryFindsThePossessive() throws {
        let store = try Self.library()
        #expect(try ids(store, "Germany's") == ["berlin"])
        #expect(try ids(store, "germany’s minister") == ["berlin"])
        #expect(try ids(store, "Germany's ") == ["berlin"])
    }

    @Test(arguments: [
        "\"a fresh start\"", "“fresh start”", "Franco-German", "franco-german-portuguese", "energy links:",
        "(the first in a decade)", "U.S.-backed", "Lisbon AND energy", "Lisbon NEAR energy", "lisbon for energy",
        "Portug*", "Lisbon*", "Lisbon \"", "\"Lisbon", "Lisbon -", "Lisbon ^", "Lisbon {energy}",
        "Lisbon's", "decade)", "NOT Madrid Lisbon",
    ])
    func punctuationAndOperatorsFindWhatTheyMean(_ query: String) throws {
        let store = try Self.library()
        #expect(try ids(store, query) == ["berlin"])
    }

    @Test(arguments: [
        "AND", "OR", "NOT", "NEAR", "*", "\"", "'", "-", "()", ":", "\"\"", "NEAR(", "* * *", "OR OR", "title:Lisbon",
        "Lisbon NOT", "NOT Lisbon",
    ])
    func operatorsAndMarksAloneNeverFail(_ query: String) throws {
        let store = try Self.library()
        _ = try store.search(query)
    }

    @Test func upperCaseOrMeansEitherAndNotExcludes() throws {
        let store = try Self.library()
        #expect(try ids(store, "Lisbon OR Madrid") == ["berlin", "madrid"])
        #expect(try ids(store, "ministers NOT Madrid") == ["beijing"])
        #expect(try ids(store, "energy NOT Lisbon") == ["madrid"])
        #expect(try ids(store, "met OR") == ["madrid"])  // still typing: the last "OR" is a word
    }

    @Test func lastWordIsAPrefixFromFourLettersOn() throws {
        let store = try Self.library()
        #expect(try ids(store, "Lisb") == ["berlin"])
        #expect(try ids(store, "portu*") == ["berlin"])
        #expect(try ids(store, "t").isEmpty)  // not every word starting with t: no article has the word "t"
        #expect(try ids(store, "t*").isEmpty)
    }

    @Test func aWordInsideARunOfChineseIsFound() throws {
        let store = try Self.library()
        #expect(try ids(store, "外交") == ["beijing"])  // two characters: a scan
        #expect(try ids(store, "农产品") == ["beijing"])  // three or more: the trigram index
        #expect(try ids(store, "Beijing 贸易") == ["beijing"])
        #expect(try ids(store, "贸易 Madrid").isEmpty)
        #expect(try ids(store, "会談") == ["tokyo"])
        #expect(try ids(store, "외교부") == ["seoul"])
        let hit = try #require(try store.search("农产品").first)
        #expect(hit.snippet.contains("[农产品]"))
    }

    @Test func changedChineseArticleIsSearchedAsItIsNow() throws {
        // Given a library holding a Chinese article, ingested from a file
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        Fixtures.write(Self.beijing, to: "beijing.txt", in: directory)
        let store = try LibraryStore()
        _ = try Ingester(store: store).ingest(paths: [directory.path])
        #expect(try ids(store, "边境贸易") == ["beijing"])

        // When the file changes and is added again
        Fixtures.write(Self.beijing.replacingOccurrences(of: "边境贸易", with: "港口建设"), to: "beijing.txt", in: directory)
        _ = try Ingester(store: store).ingest(paths: [directory.path])

        // Then the old words are gone from the index and the new ones found
        #expect(try ids(store, "边境贸易").isEmpty)
        #expect(try ids(store, "港口建设") == ["beijing"])
    }

    @Test func pastedParagraphOfFourHundredWordsFindsItsArticle() throws {
        // Given an article, and a query of 400 words pasted from it (its words over and over)
        let store = try Self.library()
        let words = Self.berlin.split(whereSeparator: \.isWhitespace).map(String.init)
        let query = (0..<400).map { words[$0 % words.count] }.joined(separator: " ")
        #expect(query.split(separator: " ").count == 400)

        // Then the article is found, and the other energy article is not
        #expect(try ids(store, query) == ["berlin"])
        let unique = (0..<400).map { "word\($0)" }.joined(separator: " ") + " Lisbon"
        #expect(try ids(store, unique).isEmpty)
        let alternatives = (0..<200).map { "w\($0)" }.joined(separator: " OR ") + " OR Lisbon"
        #expect(try ids(store, alternatives) == ["berlin"])
    }
}
