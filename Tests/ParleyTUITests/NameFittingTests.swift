import ParleyTerminal
import ParleyTestSupport
import Testing

@testable import ParleyModel
@testable import ParleyTUI

/// Names at 80×24: surnames where they fit before any initials, the right surname for names written
/// family name first or with a country, two pairs never under one label, and a chart that says when it
/// shows fewer rows than it has.
@Suite struct NameFittingTests {
    @Test func surnamesWithoutThePlaceComeBeforeInitialsWithIt() {
        let pair = ["Femi Gbajabiamila", "Nana Akufo-Addo"]
        // "Gbajabiamila – Akufo-Addo" is 25 columns; the place does not fit beside it at 28
        #expect(TimelineRow.text(names: pair, place: "Accra", width: 28) == "Gbajabiamila – Akufo-Addo")
        #expect(TimelineRow.text(names: pair, place: "Accra", width: 31) == "Gbajabiamila – Akufo-Addo · Ac…")
        // then the longest name gives way to initials, the other kept
        #expect(TimelineRow.text(names: pair, place: "Accra", width: 20) == "F.G. – Akufo-Addo")
    }

    @Test func threeNamesGiveWayToInitialsOneAtATimeLongestFirst() {
        let three = ["Ana María Bello", "Ahmed Idris", "Hugo Brenner"]
        #expect(TimelineRow.text(names: three, place: nil, width: 24) == "Bello – Idris – Brenner")
        #expect(TimelineRow.text(names: three, place: nil, width: 20) == "Bello – Idris – H.B.")
        #expect(TimelineRow.text(names: three, place: nil, width: 12) == "A.M.B. – A.…")
    }

    @Test func familyNamesFirstAndMonarchsOfACountry() {
        #expect(ShortName.of("Wu Lanfang") == "Wu")
        #expect(ShortName.of("Yoon Suk Yeol") == "Yoon")
        #expect(ShortName.of("Abdullah II of Jordan") == "Abdullah")
        #expect(ShortName.of("Amara Okonkwo-Bello") == "Okonkwo-Bello")
    }

    @Test func twoDifferentPairsNeverShareALabel() {
        let rows = [
            ["Kim Jong Un", "Moon Jae-in"], ["Kim Dae-jung", "Moon Hee-sang"], ["Ahmed Idris", "Hugo Brenner"],
        ]
        for width in [8, 12, 20, 40] {
            let labels = TimelineRow.distinctLabels(rows, width: width)
            #expect(Set(labels).count == rows.count, "width \(width): \(labels)")
            #expect(labels.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(labels)")
        }
    }

    @Test func theChartSaysWhenItShowsFewerRowsThanItHas() {
        let rows = (1...61).map { index in
            TimelineChart.Row(
                participants: ["Leader \(index) Alpha", "Leader \(index) Beta"],
                months: ["2024-0\(index % 9 + 1)": TimelineChart.Tally(held: 1)], undated: 0)
        }
        let state = ChartViewState(chart: TimelineChart(rows: rows), leader: nil, scope: nil)
        var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
        ChartView.draw(state, rect: HelpView.area(buffer.size), theme: Snapshots.testTheme, into: &buffer)
        let title = buffer.row(0)
        let shown = ChartView.visibleRows(buffer.size)
        #expect(title.contains("sets of leaders 1–\(shown) of 61"), "\(title)")
    }
}
