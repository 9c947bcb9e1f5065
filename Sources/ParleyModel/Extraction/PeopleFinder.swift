/// The person rules of `EntityExtractor`, with the gazetteer pass they build on.
struct PeopleFinder {
    /// A gazetteer hit or a run of capitalised name words.
    enum Item {
        case leader(Int)
        case contextLeader(Int)
        case title(KnowledgeBase.Title)
        case country(Int, demonym: Bool)
        case place(String, city: String?, venue: Bool)
        case organization(Int)
        case name
    }

    struct Located {
        var range: Range<Int>
        var item: Item
    }

    let extractor: EntityExtractor
    let text: AnnotatedText
    var items: [Located] = []
    var itemEndingAt: [Int: Int] = [:]
    var itemStartingAt: [Int: Int] = [:]
    /// Honorifics skipped before a name, by the token where the name starts: a title may stand before them.
    var honorificStartEndingAt: [Int: Int] = [:]
    var people: [PersonDraft] = []
    var mentions: [AnnotatedText.PersonMention] = []
    var names: [AnnotatedText.NameMention] = []
    /// Names seen without enough context yet: resolved against the people the article introduces.
    var deferred: [(range: Range<Int>, leader: Int?)] = []
    var roleReferences: [(range: Range<Int>, title: KnowledgeBase.Title, country: String?)] = []

    /// Per sentence, whether it is written in title case (see `isTitleCaseSentence`): worked out once,
    /// so a long paragraph costs its length, not its length for every name in it.
    let titleCaseSentences: [Bool]
    /// The words the article writes in lower case somewhere, worked out the first time they are needed.
    let lowerCaseWords: LowerCaseWords

    init(extractor: EntityExtractor, text: AnnotatedText) {
        self.extractor = extractor
        self.text = text
        titleCaseSentences = text.sentences.map { Self.isTitleCase($0, tokens: text.tokens, keys: text.keys) }
        lowerCaseWords = LowerCaseWords(text)
    }

    /// A memo of the words an article writes in lower case: most articles never ask.
    final class LowerCaseWords: @unchecked Sendable {
        private let text: AnnotatedText
        private lazy var words: Set<String> = {
            var lower: Set<String> = []
            for (i, token) in text.tokens.enumerated() {
                if let first = token.text.utf8.first, first >= 97, first <= 122 { lower.insert(text.keys[i]) }
            }
            return lower
        }()

        init(_ text: AnnotatedText) { self.text = text }

        func contains(_ key: String) -> Bool { words.contains(key) }
    }

    var knowledge: KnowledgeBase { extractor.knowledge }
    var tokens: [Token] { text.tokens }
    var keys: [String] { text.keys }

    mutating func run() {
        scan()
        for index in items.indices { resolve(index) }
        resolveDeferred()
        mergeVariants()
        resolveRoleReferences()
    }

    // MARK: - Pass 1: gazetteer hits and name runs

    private mutating func add(_ range: Range<Int>, _ item: Item) {
        items.append(Located(range: range, item: item))
        itemEndingAt[range.upperBound] = items.count - 1
        itemStartingAt[range.lowerBound] = items.count - 1
    }

    private mutating func scan() {
        var i = 0
        let n = tokens.count
        while i < n {
            let token = tokens[i]
            guard token.kind == .word || token.kind == .number else {
                i += 1
                continue
            }
            let known = extractor.gazetteer.longestMatch(in: keys, tokens: tokens, from: i)
            if let end = venueEnd(from: i), end > known?.end ?? i {
                // "Jubilee House", "Jomo Kenyatta International Airport": a place, not a person
                add(i..<end, .place(text.string(i..<end), city: nil, venue: true))
                i = end
                continue
            }
            if let match = known, let item = choose(match.values, capitalized: token.isCapitalized),
                !continuesAsAnotherName(item, start: i, end: match.end)
            {
                add(i..<match.end, item)
                i = match.end
                continue
            }
            if token.isCapitalized, i > 0, Self.townCues.contains(keys[i - 1]) || keys[i - 1] == "the",
                let town = extractor.gazetteer.longestTownMatch(in: keys, tokens: tokens, from: i),
                town.end >= known?.end ?? i,
                let item = choose(town.values, capitalized: token.isCapitalized, town: townContext(i, end: town.end))
            {
                add(i..<town.end, item)
                i = town.end
                continue
            }
            if let skip = honorificLength(at: i) {
                honorificStartEndingAt[i + skip] = i
                i += skip  // "Tan Sri", "Sheikh", "HE": the name starts after them
                continue
            }
            if NameShape.isNameToken(token) {
                let end = nameEnd(from: i)
                add(i..<end, .name)
                i = end
                continue
            }
            i += 1
        }
    }

    /// "Kim Min-seok" is not "Kim": a one-word leader alias followed by more name words is someone else.
    private func continuesAsAnotherName(_ item: Item, start: Int, end: Int) -> Bool {
        switch item {
        case .contextLeader, .leader: guard end - start == 1 else { return false }
        default: return false
        }
        guard end < tokens.count else { return false }
        let next = tokens[end]
        if next.text == "-", !next.spaceBefore { return true }
        // "Ramaphosa Opens Trade Fair": in a headline every word has a capital
        if isTitleCaseSentence(start) { return false }
        // "Khalid bin Rashid": a particle and another name word go on with the name
        if next.spaceBefore, NameShape.particles.contains(next.key), end + 1 < tokens.count,
            NameShape.isNameToken(tokens[end + 1])
        {
            return true
        }
        return next.spaceBefore && NameShape.isNameToken(next)
            && extractor.gazetteer.longestMatch(in: keys, tokens: tokens, from: end) == nil
    }

    /// Which of a phrase's meanings applies; proper names need a capital letter.
    /// How a town would read at `start..<end`: not at all, or as a place where the text puts one there
    /// ("in X", "at X", "arrived in X"); a town that is also a word or a name only after "in", "at" or
    /// "near" and with no name word after it ("in Reading", not "to Mila Jovovich").
    enum TownContext { case none, plain, strong }

    /// The words a town may follow (before "the"): a cheap test before looking towns up at all.
    static let townCues: Set<String> = [
        "in", "at", "near", "to", "from", "outside", "inside", "reached", "visited", "visiting", "of",
    ]

    func townContext(_ start: Int, end: Int) -> TownContext {
        // "in March", "on Sunday": a month or a weekday before any town of that name
        guard start > 0, tokens[start].isCapitalized, DateScanner.months[keys[start]] == nil,
            DateScanner.weekdays[keys[start]] == nil
        else { return .none }
        var before = start - 1
        if keys[before] == "the", before > 0 { before -= 1 }
        let next = end < tokens.count ? tokens[end] : nil
        let nameFollows = next.map { $0.spaceBefore && NameShape.isNameToken($0) } ?? false
        if ["in", "at", "near"].contains(keys[before]) { return nameFollows ? .plain : .strong }
        if ["to", "from", "outside", "inside", "reached", "visited", "visiting"].contains(keys[before]) {
            return .plain
        }
        // "the town of X", "the resort of X"
        if keys[before] == "of", before > 0, MeetingCues.placeNouns.contains(keys[before - 1]) { return .strong }
        return .none
    }

    private func choose(_ values: [Gazetteer.Value], capitalized: Bool, town context: TownContext = .none) -> Item? {
        var title: KnowledgeBase.Title?
        var best: (rank: Int, fit: Int, item: Item)?
        func offer(_ rank: Int, _ item: Item, fit: Int = 0) {
            if let best, (best.rank, best.fit) <= (rank, fit) { return }
            best = (rank, fit, item)
        }
        for value in values {
            switch value {
            case .leader(let i) where capitalized: offer(0, .leader(i), fit: yearsFromOffice(i))
            case .country(let i) where capitalized: offer(1, .country(i, demonym: false))
            case .capital(let i) where capitalized:
                let name = knowledge.countries[i].capital ?? ""
                offer(2, .place(name, city: name, venue: false))
            case .place(let i) where capitalized:
                let place = knowledge.places[i]
                offer(2, .place(place.name, city: place.city ?? place.name, venue: place.kind == .venue))
            case .town(let i) where context != .none:
                let town = knowledge.towns[i]
                if town.isAmbiguous, context != .strong { break }
                offer(2, .place(town.name, city: town.name, venue: false), fit: 1)
            case .organization(let i) where capitalized: offer(3, .organization(i))
            case .demonym(let i) where capitalized: offer(4, .country(i, demonym: true))
            case .leaderInContext(let i) where capitalized: offer(5, .contextLeader(i), fit: yearsFromOffice(i))
            case .title(let i): title = knowledge.titles[i]
            default: break
            }
        }
        if let title, (best?.rank ?? Int.max) >= 5 { return .title(title) }
        return best?.item
    }

    /// How far the article's year lies from a leader's years in office (0: in office then). Of two
    /// leaders one name could mean ("Bush"), the one in office when the article was written; with
    /// no date, the most recent one.
    func yearsFromOffice(_ leader: Int) -> Int {
        let known = knowledge.leaders[leader]
        guard let first = known.firstYear else { return 1_000 }
        guard let year = text.reference?.year else { return known.lastYear.map { 2_100 - $0 } ?? 0 }
        if year < first { return first - year }
        if let last = known.lastYear, year > last { return year - last }
        return 0
    }

    // MARK: - Pass 2: people from their context

    private mutating func resolve(_ index: Int) {
        let located = items[index]
        let range = located.range
        switch located.item {
        case .leader, .contextLeader:
            let context = titleContext(before: range.lowerBound)
            if let person = introducedLeader(sharing: range) ?? introducedPerson(surname: range),
                // "President Mensah" after "Spokesperson Ama Mensah" is not her
                people[person].isLeader || context?.title?.isLeader != true
            {
                fill(person, context)
                mention(range, of: person)
                return
            }
        default: break
        }
        switch located.item {
        case .leader(let leader):
            let context = titleContext(before: range.lowerBound) ?? appositionContext(after: range.upperBound)
            let person = knownPerson(leader, context: context)
            mention(range, of: person)
        case .contextLeader(let leader):
            if let context = titleContext(before: range.lowerBound),
                let fitting = contextLeader(leader, named: range, fitting: context)
            {
                mention(range, of: knownPerson(fitting, context: context))
            } else {
                deferred.append((range, leader))
            }
        case .name:
            if isTitleCaseSentence(range.lowerBound) {
                deferred.append((range, nil))  // a headline-style line: capitals say nothing about names
            } else if var context = titleContext(before: range.lowerBound) ?? appositionContext(after: range.upperBound)
            {
                if context.country == nil { context.country = countryOf(after: range.upperBound) }
                mention(range, of: namedPerson(range, context: context))
            } else if isSpeaker(range) || startsWithAGivenName(range) {
                mention(range, of: namedPerson(range, context: nil))
            } else {
                deferred.append((range, nil))
            }
        case .title(let title):
            if let reference = roleReference(range, title: title) { roleReferences.append(reference) }
        case .country(let i, let demonym):
            names.append(.init(tokens: range, kind: .country, name: knowledge.countries[i].name, isDemonym: demonym))
        case .place(let name, let city, let venue):
            names.append(.init(tokens: range, kind: .place, name: name, city: city, isVenue: venue))
        case .organization(let i):
            names.append(.init(tokens: range, kind: .organization, name: knowledge.organizations[i].name))
        }
    }

    /// Words a title-case headline leaves in lower case.
    static let headlineSmallWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from",
        "vs", "via", "per", "into", "onto", "over", "amid",
    ]

    /// Every word of the sentence holding `index` but the small ones ("and", "in") is capitalised, as in a
    /// headline. "President A met President B in Lima." is a sentence: its verb is in lower case.
    func isTitleCaseSentence(_ index: Int) -> Bool {
        guard let sentence = text.sentence(of: index) else { return false }
        return titleCaseSentences[sentence]
    }

    private static func isTitleCase(_ range: Range<Int>, tokens: [Token], keys: [String]) -> Bool {
        var count = 0
        for i in range where tokens[i].kind == .word && !headlineSmallWords.contains(keys[i]) {
            if !tokens[i].isCapitalized { return false }  // most sentences stop at their verb
            count += 1
        }
        return count >= 4
    }

    /// "Jake Sullivan and Wang Yi also attended": two or more name words, the first a common given name
    /// (or a family name that comes first).
    func startsWithAGivenName(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, knowledge.givenNames.contains(keys[range.lowerBound]) else { return false }
        // "Frank Talks Continue": words the article also writes in lower case are words, not surnames
        return !range.dropFirst().contains { isWrittenInLowerCase(keys[$0]) }
    }

    /// The article writes `key` in lower case somewhere.
    func isWrittenInLowerCase(_ key: String) -> Bool {
        lowerCaseWords.contains(key)
    }

    func isSpeaker(_ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        if range.upperBound < tokens.count, NameShape.speechVerbs.contains(keys[range.upperBound]) { return true }
        let before = range.lowerBound - 1
        return before >= 1 && NameShape.speechVerbs.contains(keys[before])
            && ["\"", "”", ",", "’", "'"].contains(tokens[before - 1].text)
    }
}
