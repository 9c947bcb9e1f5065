import ParleyModel
import ParleyTerminal
import Testing

@testable import ParleyTUI

/// A timeline row names everyone before it cuts anything: names shorten first, the place goes next.
@Suite struct TimelineRowTests {
    static let pair = ["Alexander Lukashenko", "Xi Jinping"]

    @Test func fullNamesWhenTheyFitShortOnesWhenTheyDoNot() {
        #expect(
            TimelineRow.text(names: Self.pair, place: "Beijing", width: 60)
                == "Alexander Lukashenko – Xi Jinping · Beijing")
        // the name news uses alone, from the knowledge base's aliases: not the last word of "Xi Jinping"
        #expect(TimelineRow.text(names: Self.pair, place: "Beijing", width: 30) == "Lukashenko – Xi · Beijing")
        #expect(ShortName.of("Kim Jong Un") == "Kim")
        #expect(ShortName.of("Luiz Inácio Lula da Silva") == "Lula")
        // someone the knowledge base does not know: the last word
        #expect(ShortName.of("Amara Okonkwo-Bello") == "Okonkwo-Bello")
        // a generational suffix is not the surname
        #expect(ShortName.of("Tomas Whitcombe Jr.") == "Whitcombe")
        #expect(ShortName.of("Edmund Carrow III") == "Carrow")
        #expect(ShortName.initials("Tomas Whitcombe Jr.") == "T.W.")
    }

    @Test func thePlaceIsCutBeforeAnyName() {
        let text = TimelineRow.text(names: Self.pair, place: "Diaoyutai State Guesthouse", width: 24)
        #expect(text.hasPrefix("Lukashenko – Xi · "))
        #expect(DisplayWidth.of(text) <= 24)
        #expect(TimelineRow.text(names: Self.pair, place: "Beijing", width: 12) == "A.L. – Xi")
    }

    @Test func noWidthCutsANameWhileAShorterFormFits() {
        // the full names, the short ones, then the longest of those as initials one at a time
        let forms = [Self.pair] + TimelineRow.shorterForms(Self.pair)
        for width in 1...70 {
            let text = TimelineRow.text(names: Self.pair, place: "Minsk", width: width)
            #expect(DisplayWidth.of(text) <= width, "width \(width)")
            let whole = forms.contains { form in form.allSatisfy { text.contains($0) } }
            let initialsFit = DisplayWidth.of(forms.last?.joined(separator: " – ") ?? "") <= width
            #expect(whole || !initialsFit, "width \(width): '\(text)' cut a name that had a shorter form")
        }
    }

    @Test func aLeaderFilterLeavesTheCounterpartsFirstAndAlone() {
        let entry = TimelineEntry(
            participants: ["Alexander Lukashenko", "Vladimir Putin", "Xi Jinping"], place: "Minsk", date: nil,
            dateBasis: "", status: .held, articles: ["a"])
        #expect(
            TimelineRow.names(entry.participants, filter: "Xi Jinping") == ["Alexander Lukashenko", "Vladimir Putin"])
        #expect(TimelineRow.names(entry.participants, filter: nil) == entry.participants)
        #expect(TimelineRow.names(entry.participants, filter: "Someone Else") == entry.participants)
    }
}
