extension KnowledgeBase {
    /// Parses one TSV file's text into this base. Lines starting with # and blank lines are skipped.
    mutating func read(_ text: String, file: String, as kind: String) throws(KnowledgeError) {
        let countryNames = Set(countries.map(\.name))
        // bytes, not characters: the files are ASCII-delimited, and grapheme breaking would double the time
        for (index, raw) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = raw.last == 0x0D ? raw.dropLast() : raw
            if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let columns = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
                Self.trimmed(Substring($0))
            }
            func fail(_ reason: String) -> KnowledgeError { .malformed(file: file, line: index + 1, reason: reason) }
            func column(_ i: Int) -> String { i < columns.count ? columns[i] : "" }
            func list(_ i: Int) -> [String] {
                column(i).utf8.split(separator: UInt8(ascii: ";")).map { Self.trimmed(Substring($0)) }
                    .filter { !$0.isEmpty }
            }
            let expected =
                [
                    "countries.tsv": 4, "cities.tsv": 3, "venues.tsv": 3, "titles.tsv": 3, "organizations.tsv": 3,
                    "leaders.tsv": 5, "given-names.tsv": 1, "towns.tsv": 5,
                ][kind] ?? 0
            guard columns.count <= expected, columns.count >= min(expected, 2) else {
                throw fail("expected \(expected) tab-separated columns, found \(columns.count)")
            }
            guard !column(0).isEmpty else { throw fail("the first column (a name) is empty") }
            switch kind {
            case "countries.tsv":
                countries.append(
                    Country(
                        name: column(0), aliases: list(1), demonyms: list(2),
                        capital: column(3).isEmpty ? nil : column(3)))
            case "cities.tsv":
                guard countryNames.contains(column(1)) else { throw fail("unknown country '\(column(1))'") }
                places.append(Place(name: column(0), kind: .city, aliases: list(2), city: nil, country: column(1)))
            case "venues.tsv":
                guard !column(1).isEmpty else { throw fail("a venue needs its city") }
                places.append(Place(name: column(0), kind: .venue, aliases: list(2), city: column(1), country: nil))
            case "titles.tsv":
                guard ["leader", "other"].contains(column(1)) else {
                    throw fail("the second column must be 'leader' or 'other', not '\(column(1))'")
                }
                guard !column(2).isEmpty else { throw fail("the title needs a canonical role") }
                titles.append(Title(phrase: column(0).lowercased(), isLeader: column(1) == "leader", role: column(2)))
            case "organizations.tsv":
                organizations.append(
                    Organization(name: column(0), aliases: list(1), country: column(2).isEmpty ? nil : column(2)))
            case "leaders.tsv":
                guard !column(1).isEmpty, !column(2).isEmpty else { throw fail("a leader needs a country and a role") }
                let names = list(3)
                guard let years = Self.years(column(4)) else {
                    throw fail("years must read like 1994-2022 or 2019-, not '\(column(4))'")
                }
                leaders.append(
                    Leader(
                        name: column(0), country: column(1), role: column(2),
                        aliases: names.filter { !$0.hasPrefix("~") },
                        contextAliases: names.filter { $0.hasPrefix("~") }.map { String($0.dropFirst()) },
                        firstYear: years.first, lastYear: years.last))
            case "towns.tsv":
                guard countryNames.contains(column(1)) else { throw fail("unknown country '\(column(1))'") }
                towns.append(
                    Town(name: column(0), country: column(1), aliases: list(2), isAmbiguous: !column(4).isEmpty))
            case "given-names.tsv":
                for name in list(0) { givenNames.insert(Gazetteer.key(name)) }
            default:
                throw fail("unknown knowledge file")
            }
        }
    }

    /// Without the spaces around it; Foundation's trimming costs more than the rest of the parse.
    static func trimmed(_ text: Substring) -> String {
        var slice = text.utf8[...]
        while slice.first == 0x20 { slice = slice.dropFirst() }
        while slice.last == 0x20 { slice = slice.dropLast() }
        return String(Substring(slice))
    }

    /// "1994-2022", "2019-" (still in office) or empty (unknown).
    static func years(_ text: String) -> (first: Int?, last: Int?)? {
        if text.isEmpty { return (nil, nil) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = Int(parts[0]), (1800...2100).contains(first) else { return nil }
        if parts[1].isEmpty { return (first, nil) }
        guard let last = Int(parts[1]), last >= first, last <= 2100 else { return nil }
        return (first, last)
    }
}
