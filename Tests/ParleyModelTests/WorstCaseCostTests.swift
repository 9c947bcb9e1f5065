import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// No input stalls Parley: reading and extraction grow with the length of a paragraph, not with its
/// square. Each case runs a pathological input at n and 4n and asserts the growth, not a time.
@Suite struct WorstCaseCostTests {
    /// The fastest of three runs, in seconds: a loaded machine slows a run, never speeds it up.
    func fastest(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    func analyse(_ paragraph: String) throws -> ArticleAnalysis {
        let article = try Fixtures.article("One Long Paragraph\n\n" + paragraph + "\n", name: "long.txt")
        return ArticleAnalyzer.shared.analyze(article)
    }

    func growth(of unit: String, bytes: Int) throws -> Double {
        let small = String(repeating: unit, count: bytes / unit.utf8.count)
        let large = String(repeating: unit, count: 4 * bytes / unit.utf8.count)
        let t1 = try fastest { _ = try analyse(small) }
        let t4 = try fastest { _ = try analyse(large) }
        return t4 / max(t1, 1e-6)
    }

    @Test func aParagraphOfDatesGrowsWithItsLength() throws {
        // every word capitalised or small: a sentence that reads like a headline, as long as the file
        let ratio = try growth(of: "on 15 November 2023, on 3 May 2021, ", bytes: 30_000)
        #expect(ratio < 8, "4x the text took \(ratio)x the time")
    }

    @Test func aParagraphOfMeetingsGrowsWithItsLength() throws {
        let unit =
            "Kenyan President William Ruto met Nigerian President Bola Tinubu in Abuja on Monday, and the ministers of Ghana and Togo held talks in Lome. "
        let ratio = try growth(of: unit, bytes: 30_000)
        #expect(ratio < 8, "4x the text took \(ratio)x the time")
    }

    @Test func aLongLineThatEndsWithoutAFullStopIsStillTheArticle() throws {
        // two id-like words and no closing full stop: a short line of that shape is a file name, a long one prose
        let line =
            String(repeating: "The envoys met at 09:35 in room B2-114 to go over the draft, ", count: 20)
            + "and talks went on"
        let article = try Fixtures.article("Talks Go On\n\n" + line + "\n", name: "line.txt")
        #expect(article.text.contains("talks went on"))
    }
}

/// The timeline grows with the reports of one pair, however many there are and whatever they say.
@Suite struct TimelineCostTests {
    func reports(_ count: Int, dated: Bool) -> [TimelineReport] {
        (0..<count).map { i in
            let day = CalendarDate(year: 2020 + i % 3, month: 1 + i % 12, day: 1 + i % 28)
            let meeting = Meeting(
                participants: ["Bola Tinubu", "William Ruto"], place: "Abuja", date: dated ? day : nil,
                evidence: "Ruto met Tinubu in Abuja.", evidenceStart: 0, evidenceEnd: 24, isCurrent: true,
                ordinal: i % 5 == 0 ? 2 : nil)
            return TimelineReport(articleId: "a\(i)", meeting: meeting, isCurrent: true)
        }
    }

    func growth(dated: Bool, count: Int) -> Double {
        let small = reports(count, dated: dated)
        let large = reports(4 * count, dated: dated)
        var t1 = Double.infinity
        var t4 = Double.infinity
        for _ in 0..<3 {
            var start = DispatchTime.now().uptimeNanoseconds
            _ = TimelineBuilder.build(small)
            t1 = min(t1, Double(DispatchTime.now().uptimeNanoseconds - start))
            start = DispatchTime.now().uptimeNanoseconds
            _ = TimelineBuilder.build(large)
            t4 = min(t4, Double(DispatchTime.now().uptimeNanoseconds - start))
        }
        return t4 / max(t1, 1)
    }

    @Test func undatedReportsOfOnePair() {
        let ratio = growth(dated: false, count: 1_000)
        #expect(ratio < 8, "4x the reports took \(ratio)x the time")
    }

    @Test func datedReportsOfOnePairWithOrdinals() {
        let ratio = growth(dated: true, count: 1_000)
        #expect(ratio < 8, "4x the reports took \(ratio)x the time")
    }

    @Test func reportsOfOneMeetingStillMerge() {
        let same = (0..<50).map { i in
            TimelineReport(
                articleId: "a\(i)",
                meeting: Meeting(
                    participants: ["Bola Tinubu", "William Ruto"], place: "Abuja",
                    date: CalendarDate(year: 2024, month: 5, day: 13), evidence: "Ruto met Tinubu.", evidenceStart: 0,
                    evidenceEnd: 16),
                isCurrent: true)
        }
        let entries = TimelineBuilder.build(same)
        #expect(entries.count == 1)
        #expect(entries.first?.articles.count == 50)
    }
}
