import Foundation

/// Writes a deterministic corpus of scraped-style diplomacy articles for benchmarks: a cast of a few
/// hundred leaders from every continent (known ones under varying spellings, invented ones with titles
/// and demonyms), meetings stated in different ways, page furniture, captions and filler prose.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    let knowledge: KnowledgeBase
    let cast: [(name: String, country: String, role: String, demonym: String)]
    let cities: [(name: String, country: String)]

    public init(seed: UInt64, knowledge: KnowledgeBase = .bundled) {
        self.seed = seed
        self.knowledge = knowledge
        let demonym = Dictionary(knowledge.countries.map { ($0.name, $0.demonyms.first ?? $0.name) }) { a, _ in a }
        var cast = knowledge.leaders.map { ($0.name, $0.country, $0.role, demonym[$0.country] ?? $0.country) }
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
            let role = ["President", "Prime Minister", "Foreign Minister", "Chancellor", "King"][i % 5]
            cast.append(
                (
                    "\(first[i % first.count]) \(last[(i / first.count + i) % last.count])", country.name, role,
                    country.demonyms[0]
                ))
        }
        self.cast = cast
        cities = countries.compactMap { c in c.capital.map { ($0, c.name) } }
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

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let filler = [
        "Officials from both delegations described the discussions as frank and constructive, and said working groups would continue to meet.",
        "Trade between the two countries has grown steadily over the past decade, driven by energy, agriculture and machinery.",
        "Analysts said the visit reflected a wider effort to diversify partnerships at a time of uncertainty in the global economy.",
        "The talks also touched on regional security, migration and the reform of international financial institutions.",
        "Opposition politicians at home criticised the trip, arguing that the government had secured few concrete commitments.",
        "A joint statement issued after the meeting promised closer cooperation on infrastructure, education and public health.",
        "Diplomats noted that the two governments have held regular consultations since relations were upgraded several years ago.",
        "Business leaders travelling with the delegation signed memoranda on renewable energy, logistics and digital services.",
    ]

    /// The text of article number `index`.
    public func article(_ index: Int) -> String {
        var random = Random(state: seed &+ UInt64(index) &* 0x1000_0001)
        let a = random.pick(cast)
        var b = random.pick(cast)
        if b.name == a.name { b = cast[((cast.firstIndex { $0.name == a.name } ?? 0) + 1) % cast.count] }
        let city = random.pick(cities)
        let year = 2015 + random.int(11)
        let month = 1 + random.int(12)
        let day = 1 + random.int(28)
        let weekday = random.pick(Self.weekdays)
        var lines: [String] = []
        if random.int(3) == 0 { lines.append("Skip to content") }
        lines.append("\(a.name) and \(b.name) Hold Talks in \(city.name) on Trade and Security")
        switch random.int(3) {
        case 0: lines.append("Published: \(Self.months[month - 1]) \(day), \(year)")
        case 1: lines.append(String(format: "%04d-%02d-%02d", year, month, day))
        default: break
        }
        if random.int(2) == 0 { lines.append("• \(2 + random.int(8)) min read") }
        if random.int(2) == 0 { lines.append("\(a.name) (left) and \(b.name) in \(city.name). Photo: pool") }
        let meeting: String
        switch random.int(5) {
        case 0:
            meeting =
                "\(a.demonym) \(a.role) \(a.name) met \(b.demonym) \(b.role) \(b.name) in \(city.name) on \(weekday)."
        case 1:
            meeting =
                "\(a.demonym) \(a.role) \(a.name) held talks with \(b.name), \(b.country)'s \(b.role.lowercased()), in \(city.name) on \(Self.months[month - 1]) \(day)."
        case 2:
            meeting =
                "\(b.demonym) \(b.role) \(b.name) hosted \(a.demonym) \(a.role) \(a.name) in \(city.name) last week."
        case 3:
            meeting =
                "\(a.demonym) \(a.role) \(a.name) will meet \(b.demonym) \(b.role) \(b.name) in \(city.name) on \(weekday)."
        default:
            meeting =
                "\(a.demonym) \(a.role) \(a.name) spoke by phone with \(b.demonym) \(b.role) \(b.name) on \(weekday)."
        }
        var paragraphs = [meeting + " " + random.pick(Self.filler)]
        let words = 300 + random.int(1200)
        var count = 60
        while count < words {
            var paragraph = ""
            for _ in 0..<(3 + random.int(3)) {
                let sentence = random.pick(Self.filler)
                paragraph += (paragraph.isEmpty ? "" : " ") + sentence
                count += sentence.split(separator: " ").count
            }
            if random.int(4) == 0 {
                paragraph += " \(a.name.split(separator: " ").last ?? "") said the talks went well."
            }
            paragraphs.append(paragraph)
        }
        lines += paragraphs
        lines += [
            "Related stories", "Markets steady ahead of central bank decision",
            "Storm season arrives early in the south",
        ]
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
