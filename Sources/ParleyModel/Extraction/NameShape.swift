/// Word lists that tell a person's name from other capitalised words.
enum NameShape {
    /// Capitalised words that start sentences or name things, never part of a person's name.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "for", "with", "during", "after", "before", "according", "while",
        "however", "but", "and", "or", "as", "by", "from", "to", "this", "that", "these", "those", "his", "her",
        "their", "its", "it", "he", "she", "they", "we", "i", "you", "our", "mr", "mrs", "ms", "dr", "sir", "madam",
        "both", "despite", "since", "beyond", "moreover", "meanwhile", "also", "later", "earlier", "then", "when",
        "where", "what", "who", "why", "how", "western", "eastern", "northern", "southern", "state", "global",
        "photo", "file", "image", "read", "more", "yet", "still", "now", "today", "yesterday", "tomorrow", "last",
        "next", "first", "second", "third", "new", "old", "former", "late", "acting", "interim", "then-president",
        "his", "if", "although", "though", "because", "so", "thus", "here", "there", "all", "many", "some", "several",
        "one", "two", "three", "each", "every", "other", "another", "such", "no", "not", "only", "even", "just",
        "dear", "excellency", "honourable", "honorable", "comrade", "president", "minister", "leader", "sources",
        "officials", "analysts", "experts", "critics", "observers", "he’s", "she’s", "it’s", "chinese", "russian",
        "soviet", "communist", "socialist", "democratic", "republican", "liberal", "conservative", "labour", "royal",
        "imperial", "federal", "national", "international", "world", "war", "peace", "day", "week", "month", "year",
        "spring", "summer", "autumn", "winter", "north", "south", "east", "west", "africa", "asia", "europe",
        "america", "americas", "oceania", "antarctica", "middle", "far", "near", "latin", "pacific", "atlantic",
        "arctic", "indian", "ocean", "sea", "gulf", "river", "mount", "lake", "island", "islands",
    ]

    /// Nouns that end the names of institutions, events and things, not people.
    static let institutionWords: Set<String> = [
        "park", "initiative", "party", "council", "ministry", "agency", "union", "bank", "fund", "forum", "summit",
        "organization", "organisation", "group", "times", "news", "post", "channel", "telegram", "hall", "palace",
        "house", "square", "street", "road", "airport", "university", "institute", "center", "centre", "committee",
        "commission", "court", "assembly", "parliament", "congress", "senate", "office", "department", "service",
        "guard", "army", "navy", "force", "forces", "command", "company", "corporation", "inc", "ltd", "zone",
        "region", "province", "republic", "kingdom", "empire", "federation", "strait", "canal", "olympics", "cup",
        "games", "festival", "award", "prize", "plan", "treaty", "accord", "agreement", "act", "law", "policy",
        "doctrine", "project", "program", "programme", "strategy", "network", "media", "television", "radio",
        "press", "daily", "journal", "review", "herald", "tribune", "gazette", "observer", "monitor", "report",
        "index", "exchange", "market", "industrial", "economic", "business", "society", "foundation", "association",
        "alliance", "coalition", "movement", "front", "bloc", "corridor", "pipeline", "stream", "port", "station",
        "base", "staff", "desk", "team", "bulletin", "ledger", "weekly", "magazine", "online", "tv", "live",
        "guesthouse", "hotel", "stadium", "museum", "church", "mosque", "temple", "cathedral", "embassy",
        "consulate", "ministry’s", "tower", "bridge", "hospital", "school", "college", "academy", "club", "league",
        "championship", "conference", "expo", "fair", "show", "parade", "ceremony", "anniversary", "declaration",
    ]

    /// Honorifics written before a name but not part of it ("Tan Sri Aziz Rahman" is Aziz Rahman), as
    /// token keys; longest first. "HE" counts only in capitals (see `honorificLength`).
    static let honorifics: [[String]] = [
        ["datuk", "seri"], ["dato", "seri"], ["dato", "sri"], ["tan", "sri"], ["his", "majesty"], ["her", "majesty"],
        ["his", "highness"], ["her", "highness"], ["his", "excellency"], ["her", "excellency"], ["datuk"], ["dato"],
        ["tun"], ["sheikh"], ["shaikh"], ["sayyid"], ["ustaz"], ["haji"], ["hajj"], ["hon"], ["dr"], ["he"],
        ["prof"], ["professor"], ["ratu"],
    ]

    /// The first word of every honorific, to rule most words out at once.
    static let honorificStarts = Set(honorifics.compactMap(\.first))

    /// Last words of a venue's name: "Jubilee House", "Kotoka Airport", "National Theatre".
    static let venueHeads: Set<String> = [
        "palace", "airport", "airbase", "hotel", "house", "theater", "theatre", "academy", "institution", "hall",
        "castle", "residence", "guesthouse", "stadium", "centre", "center", "museum", "memorial", "mausoleum",
        "plant", "villa", "lodge", "pavilion", "auditorium", "complex", "embassy", "cathedral", "mosque", "temple",
        "fort", "shrine", "masjid", "church", "chapel", "basilica", "square", "monument", "bhavan", "bhawan",
    ]
    /// Venue nouns a name may carry in lower case ("the Simón Bolívar airport"), after a name of two words or more.
    static let lowerCaseVenueHeads: Set<String> = ["airport", "temple", "palace", "stadium"]
    /// First words of a venue's name in languages that put the noun first: "Hotel Continental", "Palacio Legislativo",
    /// "Casa de Nariño".
    static let venueHeadsFirst: Set<String> = [
        "hotel", "kompleks", "palacio", "palazzo", "palais", "schloss", "villa", "casa", "salón", "plaza", "palácio",
        "teatro", "museo", "castillo",
    ]
    /// Small words inside a venue's name that starts with its noun: "Palacio de las Convenciones".
    static let venueJoiners: Set<String> = ["de", "del", "la", "las", "los", "da", "do", "dos", "des", "di"]

    /// Words naming a ministry's portfolio or a body: "Minister for Defence Affairs", "Investment Authority".
    static let portfolioWords: Set<String> = [
        "affairs", "defence", "defense", "finance", "interior", "justice", "trade", "industry", "investment",
        "authority", "relations", "cooperation", "security", "development", "economy", "energy", "agriculture",
        "transport", "tourism", "health", "education", "culture", "labour", "labor", "environment",
    ]

    /// Small words inside names: "da Costa", "van den Berg", "bin Rashid".
    static let particles: Set<String> = [
        "bin", "bint", "ibn", "al", "el", "da", "de", "di", "do", "dos", "das", "du", "van", "von", "der", "den",
        "la", "le", "y", "ul", "ben", "abu",
    ]

    /// Verbs that show the capitalised words before (or after) them are a person speaking.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "noted", "stated", "announced", "wrote", "declared", "insisted", "argued",
        "stressed", "emphasized", "emphasised", "urged", "warned", "recalled", "replied", "explained", "asked",
        "confirmed", "acknowledged", "admitted", "claimed", "tweeted", "posted",
    ]

    /// A token that can be part of a person's name.
    static func isNameToken(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized else { return false }
        let lower = token.key
        if notNames.contains(lower) || institutionWords.contains(lower) || portfolioWords.contains(lower) {
            return false
        }
        if DateScanner.months[lower] != nil && token.text.unicodeScalars.count > 3 { return false }
        if DateScanner.weekdays[lower] != nil { return false }
        let bytes = token.text.utf8
        if bytes.count > 2, bytes.allSatisfy({ $0 < 0x80 && !($0 >= 97 && $0 <= 122) }) {
            return false  // ALL CAPS: an acronym or shouting, not a name
        }
        return true
    }
}
