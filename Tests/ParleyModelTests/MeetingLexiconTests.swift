import ParleyModel
import ParleyTestSupport
import Testing

/// The meeting lexicon is written once per lemma: every inflected form of a verb it lists reads as that
/// verb, in meetings and in what is not one. Sentences written for these tests.
@Suite struct MeetingLexiconTests {
    func meetings(_ body: String) throws -> [Meeting] {
        let text = "---\ntitle: Diplomacy\npublished: 2024-05-15\n---\n\n" + body + "\n"
        return ArticleAnalyzer.shared.analyze(try Fixtures.article(text, name: "lexicon.md")).meetings
    }

    @Test(arguments: ["hosts", "hosted", "is hosting", "will host"])
    func everyFormOfAMeetingVerbReportsAMeeting(_ verb: String) throws {
        let found = try meetings("Ugandan President Yoweri Museveni \(verb) Kenyan President William Ruto in Entebbe.")
        #expect(found.map { Set($0.participants) } == [["Yoweri Museveni", "William Ruto"]])
    }

    @Test(arguments: ["phoned", "phones", "was phoning"])
    func everyFormOfACallIsNoMeeting(_ verb: String) throws {
        let found = try meetings(
            "Kenyan President William Ruto \(verb) Nigerian President Bola Tinubu to discuss the trade corridor.")
        #expect(found.isEmpty)
    }

    @Test func aPhraseOfTwoLemmasTakesEveryFormOfEach() throws {
        let found = try meetings(
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed were hosted by Ugandan President Yoweri Museveni in Entebbe."
        )
        #expect(found.map { Set($0.participants) } == [["William Ruto", "Abiy Ahmed", "Yoweri Museveni"]])
    }

    @Test func hopesInAnyTenseAreNoMeeting() throws {
        #expect(try meetings("Kenyan President William Ruto is hoping to meet Nigerian President Bola Tinubu.").isEmpty)
    }

    @Test func aHostIsHostingWhatIsStillToCome() throws {
        let found = try meetings(
            "Ugandan President Yoweri Museveni is hosting Kenyan President William Ruto at a dinner.")
        #expect(found.map(\.status) == [.planned])
    }

    @Test func anAbbreviatedRankIsATitleNotAPerson() throws {
        let text =
            "---\ntitle: Diplomacy\npublished: 2024-05-15\n---\n\nKenyan President William Ruto met the army chief, Gen. Robert Kibochi, in Nairobi.\n"
        let people = ArticleAnalyzer.shared.analyze(try Fixtures.article(text, name: "rank.md")).entities
            .filter { $0.kind == .person }.map(\.name)
        #expect(!people.contains("Gen"))
        #expect(people.contains("Robert Kibochi"))
    }
}
