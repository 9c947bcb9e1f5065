import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Prose in any script is body text, and searchable.
@Suite struct ScriptTextTests {
    static let chinese =
        "中国外交部发言人周三表示，两国外长在北京举行了会谈，双方就边境贸易和地区安全问题交换了意见。会谈结束后，双方签署了一项关于扩大农产品进口的协议。"
    static let arabic =
        "التقى وزير الخارجية المصري نظيره الأردني في عمّان يوم الأربعاء، وبحث الجانبان سبل تعزيز التعاون الاقتصادي بين البلدين. وقال المتحدث الرسمي إن اللقاء تناول أيضا الأوضاع في المنطقة."
    static let russian =
        "Министры иностранных дел двух стран встретились в Минске во вторник и обсудили вопросы торговли и транспорта. После переговоров стороны подписали соглашение о сотрудничестве."
    static let hindi =
        "भारत और नेपाल के विदेश मंत्रियों ने मंगलवार को काठमांडू में मुलाकात की और सीमा व्यापार पर चर्चा की। बैठक के बाद दोनों पक्षों ने एक संयुक्त बयान जारी किया।"
    static let shortChinese = "两国领导人当天还共同会见了记者。"
    /// No space and a number: the shape of an image id to the cleaner, until it knew Chinese.
    static let chineseWithNumbers = "2024年双方贸易额增长了百分之十二，达到历史最高水平。"

    static let english = """
        Neighbours Sign Trade Pact

        By Lena Okafor

        The foreign ministers of the two countries met on Wednesday and agreed to widen trade in farm goods, officials said after the talks ended.
        """

    @Test(arguments: [chinese, arabic, russian, hindi])
    func paragraphInAnotherScriptAfterEnglishIsBody(_ paragraph: String) throws {
        let article = try Fixtures.article(Self.english + "\n\n" + paragraph + "\n")
        #expect(article.title == "Neighbours Sign Trade Pact")
        #expect(article.paragraphs.last?.text == paragraph)
        #expect(article.paragraphs.last?.kind == .body)
    }

    @Test func pageWrittenInChineseKeepsItsHeadlineAndEveryParagraph() throws {
        let page = "中国与邻国签署贸易协议\n\n\(Self.chinese)\n\n\(Self.chineseWithNumbers)\n\n\(Self.shortChinese)\n"
        let article = try Fixtures.article(page)
        #expect(article.title == "中国与邻国签署贸易协议")
        #expect(article.paragraphs.map(\.text) == [Self.chinese, Self.chineseWithNumbers, Self.shortChinese])
        #expect(article.paragraphs.allSatisfy { $0.kind == .body })
    }

    @Test func pageWrittenInRussianKeepsEveryParagraph() throws {
        let page = "Министры договорились о торговле\n\n\(Self.russian)\n\nСледующая встреча пройдёт осенью.\n"
        let article = try Fixtures.article(page)
        #expect(article.title == "Министры договорились о торговле")
        #expect(article.paragraphs.map(\.text) == [Self.russian, "Следующая встреча пройдёт осенью."])
    }
}
