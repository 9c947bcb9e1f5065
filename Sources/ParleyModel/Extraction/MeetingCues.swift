/// The language of meetings: the words that report one, and the words that show a sentence does not.
enum MeetingCues {
    /// How a trigger relates its people: who met whom.
    enum Shape {
        /// "met (with) B", "held talks with B": subject and each object.
        case with
        /// "hosted B", "received B": subject and each object.
        case transitive
        /// "was welcomed by B": subject and agent.
        case passive
        /// "A and B met", "the meeting between A and B": everyone named.
        case together
    }

    /// The meeting words with their frames, from the lexicon (`Scripts/language/meetings.tsv`).
    static let triggers = MeetingLexicon.bundled.triggers

    /// An occasion leaders of several countries share: "a trilateral summit", "a dinner for A and B".
    static let jointOccasions: Set<String> = [
        "together", "trilateral", "tripartite", "three-way", "four-way", "quadrilateral", "summit", "dinner",
        "luncheon", "lunch", "banquet", "jointly",
    ]
    /// Words that make a story's meeting one of three or more, wherever the story says them.
    static let severalWays: Set<String> = [
        "trilateral", "tripartite", "three-way", "four-way", "quadrilateral", "three-nation", "four-nation",
    ]

    /// Words that make a list of guests meet one by one even when they stand before the verb.
    static let oneByOne: Set<String> = ["separately", "individually", "respectively"]

    /// Visits one pays alone: "A, B and C called on D" is three calls.
    static let individualCalls: Set<String> = ["call", "calls", "called", "calling"]

    /// Heads of state and government: two of one country are met one after the other, not together.
    static let headRoles: Set<String> = [
        "President", "Prime Minister", "Chancellor", "Premier", "King", "Queen", "Emir", "Sultan", "Pope",
    ]

    /// Meeting verbs in their bare form: after "will … and" they too are still to come.
    static let bareVerbs: Set<String> = [
        "meet", "hold", "host", "receive", "welcome", "sit", "have", "visit", "discuss", "call", "attend",
    ]

    /// One meeting each, not one of everyone: "met A and B separately", "respectively".
    static let separately: Set<String> = [
        "separately", "respectively", "individually", "each", "bilaterally", "successively", "later", "then",
        "bilaterals", "meetings",
    ]

    /// Words a filler slot ("*") of a meeting phrase may take.
    static let fillers: Set<String> = [
        "a", "an", "the", "their", "his", "her", "its", "annual", "bilateral", "first", "second", "third",
        "informal", "formal", "official", "extended", "lengthy", "private", "brief", "fresh", "further", "new",
        "trilateral", "closed-door", "face-to-face", "long-awaited", "rare", "high-level", "landmark", "historic",
    ]
    /// Not in person: a sentence with these near its trigger reports a call, a letter or a message.
    static let remote = MeetingLexicon.bundled.remote
    /// Hoped for, only offered, refused or denied: no meeting.
    static let hoped = MeetingLexicon.bundled.hoped
    /// Anywhere after the meeting word: it did not or will not happen.
    static let undone = MeetingLexicon.bundled.undone
    /// Just after the meeting word: a count of meetings ("met more than 40 times"), not one.
    static let aggregate = MeetingLexicon.bundled.aggregate
    /// Announced or expected: planned.
    static let planned = MeetingLexicon.bundled.planned
    static let hopedByFirstWord = Dictionary(grouping: hoped) { $0[0] }
    static let plannedByFirstWord = Dictionary(grouping: planned) { $0[0] }
    /// Travel that brings a leader to talks: its date is the journey's, not the talks'.
    static let travel: Set<String> = [
        "traveled", "travelled", "flew", "arrived", "went", "headed", "left", "departed", "set",
    ]
    /// Relative pronouns: the clause they open is about the one before them.
    static let relatives: Set<String> = ["who", "which", "whose", "whom"]
    /// Phrases that make the date beside them the report's, not the meeting's.
    static let reporting: Set<String> = [
        "reported", "said", "announced", "according", "told", "stated", "published", "dated",
    ]
    /// Before a person: attending, not meeting.
    static let attendance: Set<String> = [
        "joined", "accompanied", "attended", "presence", "alongside", "attending",
    ]
    /// After the meeting word, before a list: its members, not its principals ("the delegation at the
    /// meeting comprised A, B and C").
    static let membership: Set<String> = ["comprised", "comprising", "consisted", "consisting"]
    /// After a person: they attended, they did not meet.
    static let attended: Set<String> = ["attended", "joined", "accompanied", "attend", "sat"]
    /// Before a place: where a meeting happens.
    static let locative: Set<String> = [
        "in", "at", "to", "near", "inside", "outside", "visit", "visiting", "visited", "hosted", "reached", "reaching",
    ]
    /// Where a sentence may turn from one meeting to the next.
    static let clauseBoundaries: Set<String> = [
        ";", ",", "and", "but", "before", "after", "then", "while", "where", "when", "later",
    ]
    /// Words that open a clause of its own after the meeting word: "met in Baghdad, the first visit since
    /// a predecessor left office", "talked while B looked on": the people after them are not the met.
    static let subordinators: Set<String> = [
        "since", "because", "although", "though", "whereas", "until", "while", "unless", "whom", "whose",
    ]
    /// Before a "where"/"when" clause: the place or time it is about ("to Hanoi, where", "since 2019, when").
    static let clauseSettings: Set<String> = ["to", "in", "at", "on", "since", "for"]
    /// Gatherings with places of their own.
    static let events: Set<String> = [
        "summit", "sidelines", "conference", "forum", "gathering", "assembly", "congress", "games", "olympics",
    ]
    /// Nouns that head titles with "of" ("Secretary of State", "Minister of Finance", "Head of State").
    static let titleHeads: Set<String> = [
        "secretary", "minister", "head", "heads", "chief", "president", "chairman", "chair", "governor", "king",
        "queen", "emir", "sultan", "prince", "princess", "duke", "chancellor", "speaker", "leader", "director",
        // "Presidents of Chile X and Peru Y"
        "presidents", "ministers", "kings", "leaders", "premiers", "chancellors", "emirs",
    ]
    /// "the resort of Sochi", "the Kenyan capital of Nairobi": nouns before "of" that name a place.
    static let placeNouns: Set<String> = [
        "city", "town", "village", "resort", "capital", "port", "island", "region", "province", "state", "enclave",
    ]
    /// Before a place: an invitation to go there.
    static let invitation: Set<String> = ["invited", "invite", "invites", "invitation", "inviting"]
    /// Before a date: a point the meeting is measured from, not its date.
    static let anchorsElsewhere: Set<String> = ["since", "until", "after", "before", "by"]
    /// Before a place: where someone comes from or goes after, not where they meet.
    static let notHere: Set<String> = [
        "from", "returning", "return", "back", "home", "leaving", "left", "leave", "before",
    ]
    /// After "met": not a meeting ("met its demands", "met the target").
    static let notPeople: Set<String> = [
        "its", "their", "the", "a", "an", "expectations", "demands", "targets", "criteria", "resistance", "opposition",
        "with",
    ]
    /// Looking back: the meeting is background, not the article's news.
    static let background: Set<String> = [
        "last", "previous", "previously", "earlier", "former", "ago", "since", "first", "once", "past", "history",
    ]
    /// Pronouns and phrases that stand for people already named.
    static let singular: Set<String> = ["he", "she", "his", "her", "him"]
    static let plural: Set<String> = ["they", "their", "both", "two"]
    /// After "the two": people ("the two leaders") or what people do ("the two last met"), not things.
    static let afterTheTwo: Set<String> = [
        "leaders", "presidents", "men", "women", "sides", "heads", "premiers", "counterparts", "last", "first",
        "met", "held", "had", "have", "also", "then", "later", "agreed", "discussed", "shook", "signed", "spoke",
        "will", "would", "are", "were", "sat", "dined",
    ]
}
