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
}
