/// Finds the people, countries, places, organisations and dates of an article's body and captions.
///
/// One tokenizer pass, one gazetteer pass (longest known phrase at each token), then rules for people:
/// `[demonym] [title] Name`, `Country's title Name`, `Name, Country's title`, `Name said`, known leaders,
/// and within-article references ("Xi", "President Xi", "the Chinese president").
public struct EntityExtractor: Sendable {
    public var gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .bundled) {
        self.gazetteer = gazetteer
    }

    var knowledge: KnowledgeBase { gazetteer.knowledge }

    /// Annotates `article`; relative dates resolve against `reference` (else its publication date).
    public func annotate(_ article: Article, reference: PublicationDate? = nil) -> AnnotatedText {
        let scalars = Array(article.text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars: scalars)
        let keys = tokens.map(\.key)
        let anchor = reference ?? article.published
        var annotated = AnnotatedText(
            text: scalars, tokens: tokens, keys: keys, sentences: Sentences.split(tokens), people: [],
            personMentions: [], names: [], dates: [], reference: anchor?.date,
            referenceBasis: reference?.basis ?? (anchor?.basis == "set by you" ? "date you set" : "publication date"))
        var people = PeopleFinder(extractor: self, text: annotated)
        people.run()
        annotated.people = people.people
        annotated.personMentions = people.mentions
        annotated.names = people.names
        let resolver = DateResolver(reference: anchor?.date, referenceBasis: annotated.referenceBasis)
        annotated.dates = DateScanner.scan(tokens).map { mention in
            let future = isFuture(tokens: tokens, keys: keys, before: mention.tokens.lowerBound)
            return AnnotatedText.DateNote(
                mention: mention, resolved: resolver.resolve(mention.expression, future: future))
        }
        return annotated
    }

    /// "will meet on Monday", "is due to … next week": a date phrase about what is ahead.
    func isFuture(tokens: [Token], keys: [String], before index: Int) -> Bool {
        var i = index - 1
        var steps = 0
        while i >= 0, steps < 30, tokens[i].kind != .lineBreak {
            if ["will", "shall", "due", "expected", "scheduled", "planned", "plans", "upcoming", "set", "next"]
                .contains(keys[i])
            {
                return true
            }
            if tokens[i].kind == .punctuation, [".", ";", "!", "?"].contains(tokens[i].text) { break }
            if ["said", "met", "held", "was", "were", "had", "did"].contains(keys[i]) { return false }
            i -= 1
            steps += 1
        }
        return opensAClauseAboutWhatIsAhead(tokens: tokens, keys: keys, at: index)
    }

    /// "On Tuesday evening, he is scheduled to meet …": a date that opens its sentence, then the verb
    /// that says the rest is still to come.
    func opensAClauseAboutWhatIsAhead(tokens: [Token], keys: [String], at index: Int) -> Bool {
        var start = index - 1
        while start >= 0, index - start <= 2, tokens[start].kind == .word { start -= 1 }
        guard start < 0 || tokens[start].kind == .lineBreak || [".", "!", "?"].contains(tokens[start].text) else {
            return false
        }
        var i = index + 1
        while i < tokens.count, i - index < 12, tokens[i].kind != .lineBreak {
            if ["will", "scheduled", "due", "expected", "plans"].contains(keys[i]) { return true }
            if [".", ";", "!", "?"].contains(tokens[i].text) || ["said", "met", "held", "was", "had"].contains(keys[i])
            {
                return false
            }
            i += 1
        }
        return false
    }

    /// The article's entities: people (with every mention), then countries, places, organisations, dates.
    public func entities(_ annotated: AnnotatedText) -> [Entity] {
        func mention(_ range: Range<Int>) -> Mention {
            let first = annotated.tokens[range.lowerBound]
            let last = annotated.tokens[range.upperBound - 1]
            return Mention(text: annotated.string(range), start: first.start, end: last.end)
        }
        var result: [Entity] = []
        let byPerson = Dictionary(grouping: annotated.personMentions, by: \.person)
        for (index, person) in annotated.people.enumerated() {
            let mentions = (byPerson[index] ?? []).map { mention($0.tokens) }
            guard !mentions.isEmpty else { continue }
            result.append(
                Entity(
                    name: person.name, kind: .person, leader: person.isLeader, role: person.role,
                    country: person.country,
                    mentions: mentions))
        }
        var order: [String] = []
        var grouped: [String: Entity] = [:]
        for name in annotated.names {
            let key = "\(name.kind.rawValue)|\(name.name)"
            if grouped[key] == nil {
                order.append(key)
                grouped[key] = Entity(name: name.name, kind: name.kind)
            }
            grouped[key]?.mentions.append(mention(name.tokens))
        }
        for note in annotated.dates {
            let name = note.resolved.date?.description ?? note.mention.text
            let key = "date|\(name)"
            if grouped[key] == nil {
                order.append(key)
                grouped[key] = Entity(name: name, kind: .date, role: note.resolved.precision.rawValue)
            }
            grouped[key]?.mentions.append(
                Mention(text: note.mention.text, start: note.mention.start, end: note.mention.end))
        }
        let kinds: [EntityKind] = [.country, .place, .organization, .date]
        for kind in kinds {
            result += order.compactMap { grouped[$0] }.filter { $0.kind == kind }
        }
        return result
    }
}
