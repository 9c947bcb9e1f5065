/// How `PeopleFinder` turns names into people, and later references into mentions of them.
extension PeopleFinder {
    mutating func mention(_ range: Range<Int>, of person: Int, role: Bool = false) {
        mentions.append(.init(tokens: range, person: person, isRoleReference: role))
    }

    /// The person index of a known leader, created on first mention; context fills role and country.
    mutating func knownPerson(_ leader: Int, context: Context?) -> Int {
        let known = knowledge.leaders[leader]
        if let index = people.firstIndex(where: { $0.known == leader }) {
            if let title = context?.title, people[index].role == nil { people[index].role = title.role }
            return index
        }
        var role = known.role
        var isLeader = true
        if let title = context?.title, title.isLeader, title.role != "Leader", title.role != "Counterpart" {
            role = title.role
        } else if let title = context?.title, !title.isLeader, yearsFromOffice(leader) > 1 {
            // "NATO chief Jens Stoltenberg" years after he led Norway: the office he holds now
            role = title.role
            isLeader = false
        }
        people.append(
            PersonDraft(name: known.name, role: role, country: known.country, isLeader: isLeader, known: leader))
        return people.count - 1
    }

    /// A person named by a run of name words with the context that showed it is a person.
    mutating func namedPerson(_ range: Range<Int>, context: Context?) -> Int {
        let name = personName(range)
        let key = NameKey.of(name)
        let surname = key.split(separator: " ").last.map(String.init) ?? key
        // "President Mnangagwa" after "Emmerson Mnangagwa": the person already introduced.
        if let index = people.lastIndex(where: {
            nameKeys($0.name).contains(surname) && (range.count == 1 || sameSurname($0.name, name))
        }) {
            fill(index, context)
            return index
        }
        // "Kwesi Adjei Mensah" for "Kwesi Mensah": a known leader's first and last name around middle names
        if range.count >= 3, let outer = Gazetteer.outerNames(name),
            let known = extractor.gazetteer.leadersByOuterNames[outer], known.count == 1
        {
            return knownPerson(known[0], context: context)
        }
        if range.count == 1,
            let leader = extractor.gazetteer.leadersByName[key]?.min(by: { yearsFromOffice($0) < yearsFromOffice($1) })
        {
            return knownPerson(leader, context: context)
        }
        let title = context?.title
        people.append(
            PersonDraft(
                name: name, role: title?.role == "Counterpart" ? nil : title?.role, country: context?.country,
                isLeader: title?.isLeader ?? false, known: nil))
        return people.count - 1
    }

    /// "President Bush" after "George W. Bush": of the known leaders a name may mean, the one
    /// the article already named.
    /// "Al-Saud" after "Mohammed bin Salman Al Saud": the family name that ends one of the names of a
    /// known leader already named.
    func introducedLeader(sharing range: Range<Int>) -> Int? {
        let key = NameKey.of(personName(range))
        let gazetteer = extractor.gazetteer
        let candidates = (gazetteer.leadersByName[key] ?? []) + (gazetteer.leadersByLastWords[key] ?? [])
        guard !candidates.isEmpty else { return nil }
        return people.firstIndex { $0.known.map(candidates.contains) ?? false }
    }

    /// "Mensah" after "Kwesi Mensah": a surname refers back to the person the article already named in
    /// full, before any known leader who shares it (whose sources may spell the given name otherwise).
    func introducedPerson(surname range: Range<Int>) -> Int? {
        guard range.count == 1 else { return nil }
        let key = keys[range.lowerBound]
        return people.lastIndex {
            $0.known == nil && nameKeys($0.name).count >= 2 && nameKeys($0.name).last == key
        }
    }

    mutating func fill(_ index: Int, _ context: Context?) {
        guard let context else { return }
        if people[index].role == nil, let title = context.title, title.role != "Counterpart" {
            people[index].role = title.role
            people[index].isLeader = people[index].isLeader || title.isLeader
        }
        if people[index].country == nil { people[index].country = context.country }
    }

    /// A name as written, with line-broken or doubled spaces folded and middle initials left out ("Kofi A.
    /// Mensah" is Kofi Mensah); leading initials stay ("K. B. Mensah").
    func personName(_ range: Range<Int>) -> String {
        var out = ""
        var i = range.lowerBound
        var sawWord = false
        while i < range.upperBound {
            let isInitial =
                tokens[i].text.unicodeScalars.count == 1 && tokens[i].isCapitalized && i + 2 < range.upperBound
                && tokens[i + 1].text == "." && !tokens[i + 1].spaceBefore
            if isInitial, sawWord {
                i += 2
                continue
            }
            if i > range.lowerBound, tokens[i].spaceBefore, !out.isEmpty { out += " " }
            out += tokens[i].text
            sawWord = sawWord || (tokens[i].kind == .word && !isInitial)
            i += 1
        }
        return out
    }

    func nameKeys(_ name: String) -> [String] { NameKey.of(name).split(separator: " ").map(String.init) }

    /// One name spelt two ways (Aleksandr/Alexander Lukashenko): see `NameSimilarity`.
    func sameSurname(_ a: String, _ b: String) -> Bool {
        NameSimilarity.sameSurname(nameKeys(a), nameKeys(b))
    }

    /// "the Chinese president", "his Belarusian counterpart", "the Chinese head of state": a title with
    /// no name after it, read as a reference to someone the article introduced.
    func roleReference(_ range: Range<Int>, title: KnowledgeBase.Title) -> (Range<Int>, KnowledgeBase.Title, String?)? {
        guard title.isLeader, range.upperBound >= tokens.count || !NameShape.isNameToken(tokens[range.upperBound])
        else {
            return nil
        }
        // "the presidents": a plural title stands for several people, never for one of them.
        if let last = Tokenizer.tokenize(title.phrase).last, last.key != keys[range.upperBound - 1] { return nil }
        var start = range.lowerBound
        var country: String?
        if let itemIndex = itemEndingAt[start], case .country(let c, true) = items[itemIndex].item {
            country = knowledge.countries[c].name
            start = items[itemIndex].range.lowerBound
        }
        guard start > 0, ["the", "his", "her", "their", "its"].contains(keys[start - 1]) else { return nil }
        if range.upperBound < tokens.count, keys[range.upperBound] == "of" { return nil }  // "the president of X"
        // "his Czech counterpart, Petr Fiala": the name follows, the title is no reference
        if range.upperBound + 1 < tokens.count, tokens[range.upperBound].text == ",",
            NameShape.isNameToken(tokens[range.upperBound + 1])
        {
            return nil
        }
        return (start..<range.upperBound, title, country)
    }

    // MARK: - Pass 3: what the first pass could not place

    mutating func resolveDeferred() {
        // people are not added here, so their name keys are worked out once
        let peopleKeys = people.map { nameKeys($0.name) }
        let candidates = Array(people.indices)
        for (range, leader) in deferred {
            if let leader, let index = people.firstIndex(where: { $0.known == leader }) {
                mention(range, of: index)
                continue
            }
            let words = nameKeys(personName(range))
            guard let surname = words.last else { continue }
            let match =
                candidates.last {
                    peopleKeys[$0].last == surname
                        && (words.count == 1 || NameSimilarity.sameSurname(peopleKeys[$0], words))
                }
                ?? (words.count == 1 ? candidates.last { peopleKeys[$0].contains(surname) } : nil)
                ?? introducedLeader(sharing: range)  // "Al-Saud" after "Mohammed bin Salman Al Saud"
            if let match { mention(range, of: match) }
        }
    }

    /// Folds people who are one person under two spellings or a shorter form into the fullest name.
    mutating func mergeVariants() {
        var target = Array(people.indices)
        for i in people.indices where people[i].known == nil {
            for j in people.indices where j != i && target[j] == j {
                let a = nameKeys(people[i].name)
                let b = nameKeys(people[j].name)
                let fuller = b.count > a.count || (b.count == a.count && people[j].known != nil && j < i)
                guard fuller, sameSurname(people[i].name, people[j].name) || (a.count == 1 && b.contains(a[0])) else {
                    continue
                }
                target[i] = j
                if people[j].role == nil { people[j].role = people[i].role }
                if people[j].country == nil { people[j].country = people[i].country }
                people[j].isLeader = people[j].isLeader || people[i].isLeader
                break
            }
        }
        for k in mentions.indices { mentions[k].person = target[mentions[k].person] }
    }

    mutating func resolveRoleReferences() {
        for (range, title, country) in roleReferences {
            let earlier = mentions.filter { $0.tokens.upperBound <= range.lowerBound && !$0.isRoleReference }
                .sorted { $0.tokens.lowerBound > $1.tokens.lowerBound }
            func fits(_ m: AnnotatedText.PersonMention, byRole: Bool) -> Bool {
                let person = people[m.person]
                guard person.isLeader else { return false }
                let roleFits = title.role == "Counterpart" || person.role == title.role
                if let country { return person.country == country && (roleFits || !byRole) }
                return roleFits
            }
            // "the Moldovan prime minister" is the prime minister, not the deputy named since
            guard
                var match = earlier.first(where: { fits($0, byRole: true) })
                    ?? earlier.first(where: {
                        fits($0, byRole: false)
                    })
            else { continue }
            // "Prime Minister A met Prime Minister B. The PM then …": of two who fit in one sentence, the
            // first named (its subject) is the one the story follows
            if title.role != "Counterpart", let sentence = text.sentence(of: match.tokens.lowerBound),
                let first = earlier.last(where: {
                    text.sentence(of: $0.tokens.lowerBound) == sentence && fits($0, byRole: true)
                })
            {
                match = first
            }
            mention(range, of: match.person, role: true)
        }
    }
}
