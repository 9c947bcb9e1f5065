import ParleyModel
import ParleyTerminal

/// The words of one timeline row, fitted to its columns: with a leader filter the counterparts alone
/// (the filtered leader is in the pane's title); names shorten before anything is cut (the name news
/// uses alone, "Ramaphosa", "Lula"; then initials), and the place is cut before any name.
enum TimelineRow {
    /// Who to name: every participant, or the filtered leader's counterparts.
    static func names(_ participants: [String], filter: String?) -> [String] {
        guard let filter, participants.count > 1, participants.contains(filter) else { return participants }
        return participants.filter { $0 != filter }
    }

    /// Participants and place in at most `width` columns: the full names with the place; else the names
    /// news uses alone (surnames) with the place, a cut place or none; only then initials, the longest
    /// names first.
    static func text(names: [String], place: String?, width: Int) -> String {
        let suffix = place.map { " · " + $0 } ?? ""
        // the full names fit most of the time: the shorter forms are made only when they do not
        let full = names.joined(separator: " – ")
        if DisplayWidth.of(full + suffix) <= width { return full + suffix }
        for form in shorterForms(names) {
            let joined = form.joined(separator: " – ")
            if DisplayWidth.of(joined + suffix) <= width { return joined + suffix }
            // the names fit only without the whole place: cut the place, keep at least two letters of it
            let room = width - DisplayWidth.of(joined) - 3
            if let place, room >= 2 { return joined + " · " + DisplayWidth.truncate(place, to: room) }
            if DisplayWidth.of(joined) <= width { return joined }
        }
        return DisplayWidth.truncate(names.map(ShortName.initials).joined(separator: " – "), to: width)
    }

    /// The names shortened step by step: every one to the name news uses alone, then the longest of those
    /// to initials one at a time, until all are initials.
    static func shorterForms(_ names: [String]) -> [[String]] {
        var form = names.map(ShortName.of)
        var forms = [form]
        let order = form.indices.sorted { DisplayWidth.of(form[$0]) > DisplayWidth.of(form[$1]) }
        for index in order {
            form[index] = ShortName.initials(names[index])
            forms.append(form)
        }
        return forms
    }

    /// Labels for rows of participants, one each, `width` wide at most: two different sets of
    /// participants never share one (a shared short form gives way to fuller names, then to a number).
    static func distinctLabels(_ rows: [[String]], width: Int) -> [String] {
        var labels = rows.map { text(names: $0, place: nil, width: width) }
        var owners: [String: Set<[String]>] = [:]
        for (label, row) in zip(labels, rows) { owners[label, default: []].insert(row) }
        var taken = Set(labels)
        var counter = 1
        for index in labels.indices where (owners[labels[index]]?.count ?? 0) > 1 {
            let fuller = DisplayWidth.truncate(rows[index].joined(separator: " – "), to: width)
            if !taken.contains(fuller) {
                labels[index] = fuller
            } else {
                let mark = " #\(counter)"
                labels[index] = DisplayWidth.truncate(labels[index], to: max(1, width - mark.count)) + mark
                counter += 1
            }
            taken.insert(labels[index])
        }
        return labels
    }
}

/// Short forms of a leader's name, from the knowledge base's aliases.
enum ShortName {
    /// One word of the name that news uses alone (the shortest such alias: "Kim" for Kim Jong Un, "Lula"
    /// for Luiz Inácio Lula da Silva), else the last word.
    static func of(_ name: String) -> String {
        if let alias = table[name] { return alias }
        // a monarch's "of Jordan" names the country, not the person
        var words = name.split(separator: " ")
        if let of = words.firstIndex(of: "of"), of > 0 { words = Array(words[..<of]) }
        // Chinese and Korean names put the family name first: "Li Wei" is Li
        if (2...3).contains(words.count), let first = words.first, familyNameFirst.contains(first.lowercased()) {
            return String(first)
        }
        // the surname is the last word that is not a generational suffix ("Jr.", "III")
        return String(words.last { !generational.contains($0.lowercased()) } ?? words.last ?? Substring(name))
    }

    /// Common Chinese and Korean family names, which come first in the name as news writes it.
    static let familyNameFirst: Set<String> = [
        "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
        "gao", "lin", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "tang", "feng", "dong", "xiao",
        "cao", "yuan", "deng", "xi", "wen", "jiang", "mao", "qin", "kim", "park", "moon", "yoon", "roh", "chun",
        "choi", "lee",
    ]

    /// Words after a surname that tell generations apart, not people.
    static let generational: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "jnr", "snr"]

    /// The last resort before cutting: the name's initials ("C.R." for Cyril Ramaphosa).
    static func initials(_ name: String) -> String {
        name.split(separator: " ").filter { !generational.contains($0.lowercased()) }
            .compactMap { $0.first.map { "\($0)." } }.joined()
    }

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for leader in KnowledgeBase.bundled.leaders {
            let words = Set(leader.name.split(separator: " ").map(String.init))
            let single = (leader.aliases + leader.contextAliases)
                .filter { !$0.contains(" ") && words.contains($0) }
            if let shortest = single.min(by: { $0.count < $1.count }) { table[leader.name] = shortest }
        }
        return table
    }()
}
