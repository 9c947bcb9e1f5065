/// The context that tells who a name is: a title before it ("Jordan's King"), an apposition after it
/// (", the Kenyan president"), the country either names.
extension PeopleFinder {
    /// Of the leaders a name needing context may stand for, the one of the country its title names:
    /// "Norway's King Harald" is the Norwegian one of all the leaders who answer to "Harald".
    func contextLeader(_ leader: Int, named range: Range<Int>, fitting context: Context) -> Int? {
        guard let country = context.country else { return leader }
        if knowledge.leaders[leader].country == country { return leader }
        let key = NameKey.of(text.string(range))
        return extractor.gazetteer.leadersByName[key]?.filter { knowledge.leaders[$0].country == country }
            .min { yearsFromOffice($0) < yearsFromOffice($1) }
    }

    struct Context {
        var title: KnowledgeBase.Title?
        var country: String?
    }

    /// "Belarusian President", "Zimbabwe's President", "Kremlin leader", "China's leader,", "Prime Minister of
    /// India" just before a name.
    func titleContext(before start: Int) -> Context? {
        var end = honorificStartEndingAt[start] ?? start
        if end > 0, tokens[end - 1].text == "," { end -= 1 }
        var country: String?
        if end > 0, let ofIndex = itemEndingAt[end], case .country(let c, _) = items[ofIndex].item,
            items[ofIndex].range.lowerBound > 0, keys[items[ofIndex].range.lowerBound - 1] == "of"
        {
            country = knowledge.countries[c].name
            end = items[ofIndex].range.lowerBound - 1
        }
        guard let titleIndex = itemEndingAt[end], case .title(let title) = items[titleIndex].item else { return nil }
        if end < start, tokens[start - 1].text == ",", country == nil, !isPossessed(items[titleIndex].range.lowerBound)
        {
            return nil  // "the leader, Xi" only after a possessive: "China's leader, Xi", "his counterpart, Lula"
        }
        return Context(title: title, country: country ?? countryBefore(items[titleIndex].range.lowerBound))
    }

    /// A possessive or a demonym stands before the title at `start`: "China's leader", "his Colombian
    /// counterpart", "Algerian Prime Minister".
    func isPossessed(_ start: Int) -> Bool {
        var k = start
        if k > 0, let itemIndex = itemEndingAt[k], case .country(_, let demonym) = items[itemIndex].item {
            if demonym { return true }
            k = items[itemIndex].range.lowerBound
        }
        guard k > 0 else { return false }
        return tokens[k - 1].kind == .possessive || ["his", "her", "their", "its"].contains(keys[k - 1])
    }

    /// The country named just before `index`: a demonym, "Country's", or a national body ("Kremlin").
    func countryBefore(_ index: Int) -> String? {
        var end = index
        if end > 0, tokens[end - 1].kind == .possessive { end -= 1 }
        guard let itemIndex = itemEndingAt[end] else { return nil }
        switch items[itemIndex].item {
        case .country(let c, _): return knowledge.countries[c].name
        case .organization(let o): return knowledge.organizations[o].country
        case .place(_, let city, _):
            return knowledge.countries.first { $0.capital == city }?.name
        default: return nil
        }
    }

    /// "President Luis Ortega of Ecuador": the country named by "of" right after a titled name.
    func countryOf(after end: Int) -> String? {
        guard end + 1 < tokens.count, keys[end] == "of", let itemIndex = itemStartingAt[end + 1],
            case .country(let c, demonym: false) = items[itemIndex].item
        else { return nil }
        return knowledge.countries[c].name
    }

    /// ", Zimbabwe's president", ", the president of Zimbabwe" after a name.
    func appositionContext(after end: Int) -> Context? {
        guard end < tokens.count, tokens[end].text == "," else { return nil }
        var i = end + 1
        if i < tokens.count, ["the", "a", "an"].contains(keys[i]) { i += 1 }
        var country: String?
        if let itemIndex = itemStartingAt[i], case .country(let c, _) = items[itemIndex].item {
            country = knowledge.countries[c].name
            i = items[itemIndex].range.upperBound
            if i < tokens.count, tokens[i].kind == .possessive { i += 1 }
        }
        guard let titleIndex = itemStartingAt[i], case .title(let title) = items[titleIndex].item else { return nil }
        i = items[titleIndex].range.upperBound
        // "told The Courier, President Ruto's aides said": the title goes with the name after it
        if i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized { return nil }
        if country == nil, i + 1 < tokens.count, keys[i] == "of", let itemIndex = itemStartingAt[i + 1],
            case .country(let c, _) = items[itemIndex].item
        {
            country = knowledge.countries[c].name
        }
        return Context(title: title, country: country)
    }
}
