import Foundation

/// Writes a deterministic corpus of scraped-style diplomacy articles for benchmarks: a cast of a few
/// hundred leaders from every continent (known ones under varying spellings, invented ones with titles
/// and demonyms), officials with honorifics and particles, meetings stated in different ways, quotes,
/// mixed date formats, page furniture, captions and ordinary prose between the names. Its text is
/// meant to cost about what real pages cost to extract, so that `parley bench` does not flatter.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    let knowledge: KnowledgeBase
    let cast: [Person]
    let cities: [(name: String, country: String)]
    /// Venues by their city, for "at the Grand Kremlin Palace in Moscow".
    let venues: [String: [String]]
    let organizations: [String]

    /// A leader as the corpus writes them; `short` is how later sentences name them ("Macron", "Okafor").
    struct Person: Sendable {
        var name: String
        var country: String
        var role: String
        var demonym: String
        var short: String
    }

    public init(seed: UInt64, knowledge: KnowledgeBase = .bundled) {
        self.seed = seed
        self.knowledge = knowledge
        let demonym = Dictionary(knowledge.countries.map { ($0.name, $0.demonyms.first ?? $0.name) }) { a, _ in a }
        func short(_ name: String, aliases: [String]) -> String {
            let alias = aliases.first { alias in
                !alias.contains(" ") && alias.count > 2
                    && alias.unicodeScalars.first.map { (65...90).contains($0.value) } == true
            }
            return alias ?? name.split(separator: " ").last.map(String.init) ?? name
        }
        var cast = knowledge.leaders.map {
            Person(
                name: $0.name, country: $0.country, role: $0.role, demonym: demonym[$0.country] ?? $0.country,
                short: short($0.name, aliases: $0.aliases))
        }
        let first = [
            "Amara", "Tomás", "Yuki", "Ivan", "Leila", "Kwame", "Sofia", "Rahul", "Mei", "Omar", "Elena", "Diego",
            "Aiko", "Farid", "Nadia", "Jonas", "Zanele", "Arjun", "Lucía", "Dmitri",
        ]
        let last = [
            "Okafor", "Lindqvist", "Haddad", "Moreno", "Tanaka", "Kovalenko", "Mensah", "Ferreira", "Nguyen",
            "Petrovic", "Banda", "Castillo", "Sato", "Rahimi", "Novak", "Mwangi", "Quispe", "Dubois", "Khan", "Olsen",
        ]
        let countries = knowledge.countries.filter { $0.capital != nil && !$0.demonyms.isEmpty }
        for i in 0..<300 {
            let country = countries[(i * 7) % countries.count]
            let surname = last[(i / first.count + i) % last.count]
            cast.append(
                Person(
                    name: "\(first[i % first.count]) \(surname)", country: country.name,
                    role: ["President", "Prime Minister", "Foreign Minister", "Chancellor", "King"][i % 5],
                    demonym: country.demonyms[0], short: surname))
        }
        self.cast = cast
        cities = countries.compactMap { c in c.capital.map { ($0, c.name) } }
        var venues: [String: [String]] = [:]
        for place in knowledge.places where place.kind == .venue {
            if let city = place.city { venues[city, default: []].append(place.name) }
        }
        self.venues = venues
        // "the African Union", but "OPEC" and "Mercosur"
        organizations = knowledge.organizations.map { o in
            o.name.contains(" ") ? "the \(o.name)" : o.name
        }
    }

    /// Splitmix64: the same seed gives the same corpus on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
    }

    /// What one article is about: its people, places and dates, picked once so every sentence agrees.
    struct Story {
        var a: Person
        var b: Person
        var other: Person
        var city: String
        var otherCity: String
        var venue: String?
        var organization: String
        var agency: String
        var officials: [(name: String, role: String)]
        var year: Int
        var month: Int
        var day: Int
        var weekday: String
        var monthName: String { CorpusGenerator.months[month - 1] }
    }

    /// An official with a role: "Dr. Ngozi K. dos Reis", "Sheikh Hamad bin Rashid al-Mansouri".
    static func official(_ random: inout Random) -> (name: String, role: String) {
        let initial = random.int(5) == 0 ? "\(Character(Unicode.Scalar(UInt8(65 + random.int(26))))). " : ""
        let name =
            random.pick(Self.honorifics) + random.pick(Self.officialGiven) + " " + initial
            + random.pick(Self.officialFamily)
        return (name, random.pick(Self.officialRoles))
    }

    /// A date as a sentence gives it: a weekday, a day and month either way round, or a looser phrase.
    func when(_ s: Story, _ random: inout Random) -> String {
        switch random.int(7) {
        case 0, 1: "on \(s.weekday)"
        case 2: "on \(s.day) \(s.monthName)"
        case 3: "on \(s.monthName) \(s.day)"
        case 4: "on \(s.weekday), \(s.monthName) \(s.day), \(s.year)"
        case 5: "earlier this month"
        default: "last week"
        }
    }

    /// The lead's meeting sentence, in one of several wordings.
    func meeting(_ s: Story, _ random: inout Random) -> String {
        let (a, b) = (s.a, s.b)
        let at = s.venue.map { "at the \($0) " } ?? ""
        switch random.int(8) {
        case 0:
            return
                "\(a.demonym) \(a.role) \(a.name) met \(b.demonym) \(b.role) \(b.name) in \(s.city) \(when(s, &random))."
        case 1:
            return
                "\(a.demonym) \(a.role) \(a.name) held talks with \(b.name), \(b.country)'s \(b.role.lowercased()), in \(s.city) on \(s.monthName) \(s.day)."
        case 2:
            return
                "\(b.demonym) \(b.role) \(b.name) hosted \(a.demonym) \(a.role) \(a.name) \(at)in \(s.city) last week."
        case 3:
            return
                "\(a.demonym) \(a.role) \(a.name) will meet \(b.demonym) \(b.role) \(b.name) in \(s.city) on \(s.weekday)."
        case 4:
            return
                "\(a.demonym) \(a.role) \(a.name) spoke by phone with \(b.demonym) \(b.role) \(b.name) on \(s.weekday)."
        case 5:
            return
                "\(b.role) \(b.name) of \(b.country) received \(a.role) \(a.name) of \(a.country) \(at)in \(s.city) \(when(s, &random)), the first such visit in \(3 + random.int(20)) years."
        case 6:
            return
                "\(a.country)'s \(a.role.lowercased()), \(a.name), arrived in \(s.city) \(when(s, &random)) for two days of talks with \(b.demonym) \(b.role) \(b.name) on trade, security and energy."
        default:
            return
                "\(a.name) and \(b.name) held closed-door talks \(at)in \(s.city) \(when(s, &random)), officials from both governments said."
        }
    }

    /// The kinds of body sentence that name people, quote them or date things (see `sentence`).
    static let namedKinds = 19

    /// A shuffled deck of sentence kinds (each prose sentence once, each named kind twice), dealt in turn so
    /// that an article does not repeat a sentence until it has used the others.
    struct Deck {
        var cards: [Int] = []
        var next = 0
        mutating func deal(_ random: inout Random) -> Int {
            if next == cards.count {
                cards = Array(0..<(CorpusGenerator.prose.count + 2 * CorpusGenerator.namedKinds))
                for i in stride(from: cards.count - 1, to: 0, by: -1) { cards.swapAt(i, random.int(i + 1)) }
                next = 0
            }
            next += 1
            return cards[next - 1]
        }
    }

    /// One sentence of the body: ordinary prose, or names, titles, quotes and dates.
    func sentence(_ s: Story, _ deck: inout Deck, _ random: inout Random) -> String {
        let card = deck.deal(&random)
        if card < Self.prose.count { return Self.prose[card] }
        let (a, b) = (s.a, s.b)
        let x = random.pick(s.officials)
        let speaker = random.int(2) == 0 ? a : b
        let quote = random.pick(Self.quotes)
        switch (card - Self.prose.count) % Self.namedKinds {
        case 0: return "“\(quote),” \(speaker.short) told reporters at a joint news conference."
        case 1: return "\(speaker.short) said of the talks: “\(quote).”"
        case 2:
            return
                "Speaking after the talks, \(b.short) said \(b.country) was ready to \(random.pick(Self.aims)), and that \(a.short) had agreed to a working group to \(random.pick(Self.aims))."
        case 3:
            return
                "\(x.name), the \(x.role), said the agreements signed \(when(s, &random)) would help \(random.pick(Self.aims))."
        case 4:
            let people = s.officials.map { "\($0.name), \($0.role)" }
            return
                "The \(a.demonym) delegation included \(people.dropLast().joined(separator: "; ")) and \(people.last ?? "")."
        case 5:
            return
                "Earlier, \(x.name) held separate talks with \(b.demonym) counterparts about \(random.pick(Self.topics))."
        case 6:
            return
                "In a statement, \(s.organization) welcomed the meeting and urged both sides to \(random.pick(Self.aims))."
        case 7:
            return
                "The \(a.demonym) leader last visited \(b.country) in \(s.year - 1 - random.int(6)), when talks with \(s.other.demonym) \(s.other.role) \(s.other.name) were also on the agenda."
        case 8:
            return
                "\(a.short) and \(b.short) are expected to meet again at a summit of \(s.organization) in \(s.otherCity) in \(Self.months[random.int(12)])."
        case 9:
            return
                "According to \(s.agency), \(a.short) told \(b.short) that \(a.country) would \(random.pick(Self.aims))."
        case 10: return "Asked about \(random.pick(Self.topics)), \(b.short) replied: “\(quote).”"
        case 11:
            return
                "\(x.name) told \(s.agency) the talks had been \(random.pick(Self.adjectives)) and \(random.pick(Self.adjectives))."
        case 12:
            return
                "\(b.short) is due to travel to \(s.otherCity) on \(Self.weekdays[random.int(7)]) and to \(s.other.country) later in \(Self.months[random.int(12)])."
        case 13: return "«\(quote)», \(speaker.demonym) \(speaker.role) \(speaker.short) wrote afterwards."
        case 14:
            return
                "Trade between \(a.country) and \(b.country) reached $\(1 + random.int(40)).\(random.int(10)) billion in \(s.year - 1), up \(2 + random.int(30)) percent on the year before."
        case 15:
            let y = random.pick(s.officials)
            return
                "\(speaker.short) was accompanied by \(x.name) and \(y.name), who stayed on for a second day of meetings."
        case 16:
            return
                "The \(b.demonym) side was led by \(x.name), who told reporters that \(b.country) wanted to \(random.pick(Self.aims)) before \(Self.months[random.int(12)]) \(s.year + 1)."
        case 17: return "\(a.short) leaves \(s.city) for \(s.otherCity) \(when(s, &random))."
        default:
            return
                "On \(s.day) \(s.monthName) \(s.year) \(s.organization) had asked both governments to \(random.pick(Self.aims))."
        }
    }

    /// The text of article number `index`: a page as it is scraped, with its headline, credits, captions,
    /// body and the links around it.
    public func article(_ index: Int) -> String {
        var random = Random(state: seed &+ UInt64(index) &* 0x1000_0001)
        let a = random.pick(cast)
        var b = random.pick(cast)
        if b.name == a.name { b = cast[((cast.firstIndex { $0.name == a.name } ?? 0) + 1) % cast.count] }
        let city = random.pick(cities).name
        let month = 1 + random.int(12)
        var story = Story(
            a: a, b: b, other: random.pick(cast), city: city, otherCity: random.pick(cities).name,
            venue: venues[city].map { random.pick($0) }, organization: random.pick(organizations),
            agency: random.pick(Self.agencies), officials: [], year: 2015 + random.int(11), month: month,
            day: 1 + random.int(28), weekday: random.pick(Self.weekdays))
        for _ in 0..<(3 + random.int(3)) { story.officials.append(Self.official(&random)) }
        let s = story
        var lines: [String] = []
        switch random.int(4) {
        case 0: lines.append("Skip to content")
        case 1: lines += ["Home", "World", "Politics", "Business", "Opinion"]
        default: break
        }
        switch random.int(4) {
        case 0: lines.append("\(a.short) and \(b.short) Hold Talks in \(city) on Trade and Security")
        case 1: lines.append("\(a.demonym) leader meets \(b.role.lowercased()) \(b.short) in \(city)")
        case 2: lines.append("\(a.role) \(a.short) confers with \(b.short)")
        default: lines.append("\(a.country) and \(b.country) pledge closer ties as leaders meet")
        }
        switch random.int(6) {
        case 0: lines.append("Published: \(s.monthName) \(s.day), \(s.year)")
        case 1: lines.append("\(s.year)-\(month < 10 ? "0" : "")\(month)-\(s.day < 10 ? "0" : "")\(s.day)")
        case 2: lines.append("\(s.weekday.prefix(3)), \(s.day) \(s.monthName.prefix(3)) \(s.year) Source: \(s.agency)")
        case 3:
            lines.append("Updated \(8 + random.int(12)):\(10 + random.int(50)) GMT, \(s.day) \(s.monthName) \(s.year)")
        case 4: lines.append("By \(random.pick(Self.officialGiven)) \(random.pick(Self.officialFamily))")
        default: break
        }
        if random.int(2) == 0 { lines.append("• \(2 + random.int(8)) min read") }
        switch random.int(3) {
        case 0: lines.append("\(a.short) (left) and \(b.short) in \(city). Photo: pool")
        case 1:
            lines.append(
                "\(b.demonym) \(b.role) \(b.name) greets \(a.name) on arrival in \(city). (Photo: \(s.agency))")
        default: break
        }
        let dateline = random.int(2) == 0 ? "\(city.uppercased()), \(s.monthName) \(s.day) (\(s.agency)) – " : ""
        var deck = Deck()
        var paragraphs = [dateline + meeting(s, &random) + " " + sentence(s, &deck, &random)]
        let words = 300 + random.int(900)
        var count = 60
        while count < words {
            var paragraph = ""
            for _ in 0..<(1 + random.int(6)) {
                let next = sentence(s, &deck, &random)
                // a page that lost the space between two sentences, as scraped pages sometimes do
                paragraph += (paragraph.isEmpty ? "" : random.int(40) == 0 ? "" : " ") + next
                count += next.utf8.reduce(1) { $1 == 32 ? $0 + 1 : $0 }
            }
            paragraphs.append(paragraph)
        }
        // some pages come with one line per paragraph, with no blank line between them
        lines.append(paragraphs.joined(separator: random.int(4) == 0 ? "\n" : "\n\n"))
        lines += [
            "Related stories", "\(s.other.short) to visit \(s.otherCity) next month",
            random.pick(Self.relatedHeadlines),
        ]
        if random.int(2) == 0 { lines += ["Share this article", "Tags: \(a.country), \(b.country), Diplomacy"] }
        if random.int(3) == 0 { lines.append("© \(s.year) \(s.agency). All rights reserved.") }
        return lines.joined(separator: "\n\n") + "\n"
    }

    /// Writes `count` articles into `directory` (a#######.txt each), on every core; returns the bytes
    /// written. The files are the same whatever the number of cores: each depends on its index only.
    @discardableResult
    public func write(count: Int, to directory: URL) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let chunk = 500
        let chunks = (count + chunk - 1) / chunk
        let written = SlotArray<Result<Int, any Error>>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            written[part] = Result {
                var bytes = 0
                for index in part * chunk..<min(count, (part + 1) * chunk) {
                    let data = Data(article(index).utf8)
                    bytes += data.count
                    try data.write(to: directory.appendingPathComponent(String(format: "a%07d.txt", index)))
                }
                return bytes
            }
        }
        var total = 0
        for result in written.values { total += try result.get() }
        return total
    }
}
