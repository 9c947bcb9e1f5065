/// Where a run of words that makes one name ends: a person's name, the honorific before it, a venue.
extension PeopleFinder {
    /// The end of a venue's name starting at `start`: capitalised words (joined by "of" or a hyphen)
    /// whose last is a venue noun, or a venue noun first and a name after it. Nil when there is none.
    func venueEnd(from start: Int) -> Int? {
        guard tokens[start].kind == .word, tokens[start].isCapitalized, !NameShape.notNames.contains(keys[start])
        else { return nil }
        var j = start
        var lastWord = start
        while j < tokens.count, j - start < 8 {
            if tokens[j].kind == .word, tokens[j].isCapitalized,
                j == start || tokens[j].spaceBefore || keys[j - 1] == "-"
            {
                lastWord = j
                j += 1
            } else if keys[j] == "of" || keys[j] == "-", j + 1 < tokens.count, tokens[j + 1].isCapitalized {
                j += 1
            } else if NameShape.venueHeadsFirst.contains(keys[start]), NameShape.venueJoiners.contains(keys[j]),
                !tokens[j].isCapitalized, j + 1 < tokens.count, tokens[j + 1].kind == .word
            {
                j += 1  // "Palacio de las Convenciones", "Casa de Nariño"
            } else {
                break
            }
        }
        // "the Simón Bolívar airport": a name of two words or more, then a venue noun in lower case; not a
        // place's name ("the Buenos Aires airport" is the city's)
        if lastWord > start, j < tokens.count, NameShape.lowerCaseVenueHeads.contains(tokens[j].text),
            tokens[j].spaceBefore, extractor.gazetteer.longestMatch(in: keys, tokens: tokens, from: start)?.end != j
        {
            return j + 1
        }
        guard lastWord > start else { return nil }
        // "Stuart Hall", "Shirley Temple": a given name and a surname that is also a building
        if lastWord == start + 1, knowledge.givenNames.contains(keys[start]),
            ["hall", "house", "temple", "lodge", "castle", "center", "plant"].contains(keys[lastWord])
        {
            return nil
        }
        if NameShape.venueHeads.contains(keys[lastWord]) { return lastWord + 1 }
        if NameShape.venueHeadsFirst.contains(keys[start]) { return lastWord + 1 }
        return nil
    }

    /// The number of tokens of an honorific at `index` when a name follows it, else nil.
    func honorificLength(at index: Int) -> Int? {
        guard NameShape.honorificStarts.contains(keys[index]) else { return nil }
        for phrase in NameShape.honorifics where index + phrase.count < tokens.count {
            guard phrase.indices.allSatisfy({ keys[index + $0] == phrase[$0] }) else { continue }
            if phrase == ["he"], tokens[index].text != "HE" { continue }
            var next = index + phrase.count
            if tokens[next].text == ".", !tokens[next].spaceBefore { next += 1 }  // "Dr."
            guard next < tokens.count, NameShape.isNameToken(tokens[next]) else { return nil }
            return next - index
        }
        return nil
    }

    /// The end of a run of name words from `start`: particles and hyphens may join them.
    func nameEnd(from start: Int) -> Int {
        var j = start + 1
        while j < tokens.count, j - start < 8 {
            let token = tokens[j]
            let afterInitial =
                tokens[j - 1].text == "." && j >= 2 && tokens[j - 2].text.unicodeScalars.count == 1
                && tokens[j - 2].isCapitalized
            if NameShape.isNameToken(token), token.spaceBefore || tokens[j - 1].text == "-" || afterInitial {
                if extractor.gazetteer.longestMatch(in: keys, tokens: tokens, from: j) != nil, !isLeaderAt(j) { break }
                j += 1
            } else if token.kind == .word, NameShape.particles.contains(token.key), j + 1 < tokens.count,
                NameShape.isNameToken(tokens[j + 1])
            {
                j += 1
            } else if token.kind == .word, NameShape.particles.contains(token.key), j + 2 < tokens.count,
                tokens[j + 1].text == "-", !tokens[j + 1].spaceBefore, !tokens[j + 2].spaceBefore,
                NameShape.isNameToken(tokens[j + 2])
            {
                j += 3  // "Omar al-Hassan", "Abdel Karim el-Masri"
            } else if token.text == ".", !token.spaceBefore, tokens[j - 1].text.unicodeScalars.count == 1,
                tokens[j - 1].isCapitalized, j + 1 < tokens.count, NameShape.isNameToken(tokens[j + 1])
            {
                j += 1  // an initial: "Kofi A. Mensah", "K. B. Mensah"
            } else if token.kind == .punctuation, token.text == "-", !token.spaceBefore, j + 1 < tokens.count,
                tokens[j + 1].kind == .word, !tokens[j + 1].spaceBefore
            {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    /// A known leader's name or surname starts at `index`: inside a run of name words it is part of the
    /// name ("Luis Ortega" is not cut before "Ortega" because another Ortega is a known leader).
    func isLeaderAt(_ index: Int) -> Bool {
        guard let match = extractor.gazetteer.longestMatch(in: keys, tokens: tokens, from: index) else { return false }
        return match.values.contains {
            switch $0 {
            case .leader, .leaderInContext: true
            default: false
            }
        }
    }
}
