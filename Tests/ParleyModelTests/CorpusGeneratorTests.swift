import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct CorpusGeneratorTests {
    @Test func sameSeedSameCorpusOtherSeedOtherCorpus() {
        let a = CorpusGenerator(seed: 7)
        let b = CorpusGenerator(seed: 7)
        #expect((0..<20).map(a.article) == (0..<20).map(b.article))
        #expect(a.article(3) != CorpusGenerator(seed: 8).article(3))
    }

    @Test func generatedArticlesReadLikeNewsWithMeetingsAndFurniture() throws {
        let generator = CorpusGenerator(seed: 1)
        var meetings = 0
        for index in 0..<40 {
            let text = generator.article(index)
            let words = text.split(whereSeparator: \.isWhitespace).count
            #expect((300...1_700).contains(words), "article \(index) has \(words) words")
            let article = try Fixtures.article(text, name: "g\(index).txt")
            #expect(!article.text.contains("Related stories"))
            meetings += ArticleAnalyzer.shared.analyze(article).meetings.count
        }
        #expect(meetings >= 20)
    }

    /// What makes real pages cost more to read than plain filler: officials with honorifics and particles,
    /// quotes, dates written several ways, furniture around the body and several people per article.
    @Test func generatedPagesCarryWhatRealPagesCarry() throws {
        let generator = CorpusGenerator(seed: 1)
        let texts = (0..<40).map(generator.article)
        let corpus = texts.joined()
        for mark in ["“", "«", "Sheikh ", "Dr. ", " bin ", " van der ", "Published: ", "Related stories", "Photo"] {
            #expect(corpus.contains(mark), "no article has \(mark)")
        }
        let singleBreaks = texts.filter { $0.range(of: #"\.\n[A-Z“«]"#, options: .regularExpression) != nil }
        #expect(!singleBreaks.isEmpty, "no page with one paragraph a line")
        var people = 0
        for (index, text) in texts.enumerated() {
            let article = try Fixtures.article(text, name: "g\(index).txt")
            people += ArticleAnalyzer.shared.analyze(article).entities.filter { $0.kind == .person }.count
        }
        #expect(people >= 40 * 5, "\(people) people in 40 articles")
    }
}
