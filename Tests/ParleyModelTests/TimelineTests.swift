import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// One meeting told three ways, and meetings that must stay apart.
@Suite struct TimelineTests {
    static let dated = """
        ---
        title: Ruto and Ramaphosa sign energy deal in Pretoria
        published: 2024-02-14
        ---

        Kenyan President William Ruto held talks with South African President Cyril Ramaphosa at the Union Buildings in Pretoria on Monday, and the two signed an agreement on electricity trade.
        """
    static let undatedSameWeekday = """
        Ruto in Pretoria for Energy Talks

        Kenyan President William Ruto met South African President Cyril Ramaphosa in Pretoria on Monday. Officials said the talks ran for three hours and covered grid links across the region.
        """
    static let vague = """
        Energy Cooperation Grows in Southern Africa

        A Kenyan delegation led by President William Ruto held talks with Cyril Ramaphosa in Pretoria in February 2024, according to a statement from the South African presidency. The statement gave few details.
        """

    @Test func oneMeetingThreeReportsOneEntry() throws {
        let (store, _) = try Fixtures.library([
            "a.md": Self.dated, "b.txt": Self.undatedSameWeekday, "c.txt": Self.vague,
        ])
        let timeline = try store.timeline()
        #expect(timeline.count == 1)
        let entry = try #require(timeline.first)
        #expect(entry.participants == ["Cyril Ramaphosa", "William Ruto"])
        #expect(entry.date?.description == "2024-02-12")
        #expect(entry.place == "Pretoria")
        #expect(entry.articles == ["a", "b", "c"])
        // the undated report borrowed its date and says from where
        let borrowed = try store.article(id: "b").meetings.first
        #expect(borrowed?.date?.description == "2024-02-12")
        #expect(borrowed?.dateBasis.contains("article a") == true)
    }

    @Test func contradictoryDatesStayApartAndVisible() throws {
        let other = """
            ---
            title: Ruto and Ramaphosa meet again
            published: 2024-06-20
            ---

            Kenyan President William Ruto held talks with South African President Cyril Ramaphosa in Pretoria on Wednesday, their second meeting this year.
            """
        let (store, _) = try Fixtures.library(["a.md": Self.dated, "d.md": other])
        let timeline = try store.timeline()
        #expect(timeline.map { $0.date?.description } == ["2024-02-12", "2024-06-19"])
    }

    @Test func undatedMeetingsAreGroupedUndatedNeverInvented() throws {
        let undated = """
            Leaders Talk Trade

            Nigerian President Bola Tinubu met Ghanaian President John Mahama in Abuja on Thursday to discuss a common currency for the region.
            """
        let (store, _) = try Fixtures.library(["u.txt": undated, "a.md": Self.dated])
        let timeline = try store.timeline()
        #expect(timeline.count == 2)
        #expect(timeline.last?.date == nil)
        #expect(timeline.last?.participants == ["Bola Tinubu", "John Mahama"])
        #expect(try store.timeline(from: CalendarDate(year: 2024)).count == 1)
    }

    @Test func leaderFilterAndSearchBySpelling() throws {
        let (store, _) = try Fixtures.library(["a.md": Self.dated, "b.txt": Self.undatedSameWeekday])
        for query in ["ruto", "RUTO", "william", "Willi", "ramaphosa", "Ramafosa", "cyril r"] {
            let found = try store.leaders(matching: query)
            #expect(found.count == 1, "\(query)")
        }
        #expect(try store.leaders(matching: "ruto").first?.name == "William Ruto")
        #expect(try store.leaders(matching: "zzz").isEmpty)
        #expect(try store.timeline(participants: ["William Ruto"]).count == 1)
        #expect(try store.summaries(mentioning: ["Cyril Ramaphosa"]).count == 2)
    }

    @Test func ambiguousLeaderQueryListsCandidates() throws {
        let text = """
            Kims Meet

            North Korean leader Kim Jong Un received South Korean Prime Minister Kim Min-seok in Pyongyang, a meeting neither side had announced.
            """
        let (store, _) = try Fixtures.library(["k.txt": text])
        #expect(Set(try store.leaders(matching: "kim").map(\.name)) == ["Kim Jong Un", "Kim Min-seok"])
    }

    @Test func transliterationsAcrossArticlesShareOneName() throws {
        let a = "Talks One\n\nBelarusian President Alyaksandr Lukashenka met Chinese President Xi Jinping in Beijing.\n"
        let b =
            "Talks Two\n\nBelarusian President Aleksandr Lukashenko met Russian President Vladimir Putin in Minsk.\n"
        let (store, _) = try Fixtures.library(["a.txt": a, "b.txt": b])
        #expect(try store.leaders(matching: "lukashenka").map(\.name) == ["Alexander Lukashenko"])
        #expect(try store.leaders(matching: "lukashenka").first?.articleCount == 2)
    }

    @Test func talksAtTheEndOfAMonthAndAPhotoDatedTheFirstOfTheNextAreOneVisit() throws {
        // Given one article with talks "in late February 2024" and another dated March 1
        let late = """
            Ruto Looks South

            Kenyan President William Ruto held talks with South African President Cyril Ramaphosa in Pretoria in February 2024, officials said, near the end of the month.
            """
        let photo = """
            Energy Pact Signed

            Kenyan President William Ruto met South African President Cyril Ramaphosa in Pretoria on March 1, 2024, for talks on the grid.
            """
        let muchLater = """
            Ruto Back in Pretoria

            Kenyan President William Ruto met South African President Cyril Ramaphosa in Pretoria on March 20, 2024, to review the pact.
            """
        let (store, _) = try Fixtures.library(["a.txt": late, "b.txt": photo, "c.txt": muchLater])
        // Then the February report joins the March 1 meeting, and March 20 stays its own
        let timeline = try store.timeline()
        #expect(timeline.map { $0.date?.description } == ["2024-03-01", "2024-03-20"])
        #expect(timeline.first?.articles == ["a", "b"])
    }

    @Test func manyReportsOfOnePairMergeByWeekdayAndCityAndAContradictionStaysApart() {
        // Given 1,500 undated reports of a pair meeting "on Monday" in one city, and one "on Friday"
        func report(_ i: Int, weekday: Int) -> TimelineReport {
            let meeting = Meeting(
                participants: ["Abiy Ahmed", "William Ruto"], place: "Nairobi", venue: nil, date: nil,
                dateBasis: "", status: .held, evidence: "", evidenceStart: 0, evidenceEnd: 1, isCurrent: true,
                weekday: weekday, ordinal: nil)
            return TimelineReport(articleId: "a\(i)", meeting: meeting, isCurrent: true)
        }
        let reports = (0..<1_500).map { report($0, weekday: 2) } + [report(1_500, weekday: 6)]
        // Then the Monday reports are one meeting and the Friday one another
        let entries = TimelineBuilder.build(reports)
        #expect(entries.map(\.articles.count).sorted() == [1, 1_500])
    }
}
