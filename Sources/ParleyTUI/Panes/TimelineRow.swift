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

    /// Participants and place in at most `width` columns.
    static func text(names: [String], place: String?, width: Int) -> String {
        let suffix = place.map { " · " + $0 } ?? ""
        // the full names fit most of the time: the shorter forms are made only when they do not
        let full = names.joined(separator: " – ")
        if DisplayWidth.of(full + suffix) <= width { return full + suffix }
        let forms = [names, names.map(ShortName.of), names.map(ShortName.initials)]
        for form in forms.dropFirst() {
            let joined = form.joined(separator: " – ")
            if DisplayWidth.of(joined + suffix) <= width { return joined + suffix }
        }
        // the names fit only without the whole place: cut the place, keep at least a letter of it
        for form in forms {
            let joined = form.joined(separator: " – ")
            let room = width - DisplayWidth.of(joined) - 3
            if let place, room >= 2 { return joined + " · " + DisplayWidth.truncate(place, to: room) }
            if DisplayWidth.of(joined) <= width { return joined }
        }
        return DisplayWidth.truncate(forms[2].joined(separator: " – "), to: width)
    }
}

/// Short forms of a leader's name, from the knowledge base's aliases.
enum ShortName {
    /// One word of the name that news uses alone (the shortest such alias: "Kim" for Kim Jong Un, "Lula"
    /// for Luiz Inácio Lula da Silva), else the last word.
    static func of(_ name: String) -> String {
        if let alias = table[name] { return alias }
        // the surname is the last word that is not a generational suffix ("Jr.", "III")
        let words = name.split(separator: " ")
        return String(words.last { !generational.contains($0.lowercased()) } ?? words.last ?? Substring(name))
    }

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
