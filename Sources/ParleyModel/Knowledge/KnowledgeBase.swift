import Foundation

/// What Parley knows of the world: countries, places, titles, organisations and known leaders, read
/// from the TSV files in Resources/knowledge (each file documents its columns in its header).
public struct KnowledgeBase: Sendable {
    public struct Country: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var demonyms: [String]
        public var capital: String?
    }

    public struct Place: Sendable, Equatable {
        public enum Kind: String, Sendable { case city, venue }
        public var name: String
        public var kind: Kind
        public var aliases: [String]
        /// For a venue, its city; for a city, nil.
        public var city: String?
        public var country: String?
    }

    /// A town below the cities' cut: a place only where the text uses it as one ("in X", "arrived at X").
    public struct Town: Sendable, Equatable {
        public var name: String
        public var country: String
        public var aliases: [String]
        /// Also a common word or a person's name ("Reading", "Mila"): it needs a stronger context.
        public var isAmbiguous: Bool
    }

    public struct Title: Sendable, Equatable {
        public var phrase: String
        public var isLeader: Bool
        public var role: String
    }

    public struct Organization: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var country: String?
    }

    public struct Leader: Sendable, Equatable {
        public var name: String
        public var country: String
        public var role: String
        /// Spellings that name the leader anywhere.
        public var aliases: [String]
        /// Common words or names that name the leader only after a title or once the full name appeared.
        public var contextAliases: [String]
        /// First and last year in office as the sources give them; `lastYear` is nil while in office.
        public var firstYear: Int? = nil
        public var lastYear: Int? = nil
    }

    public var countries: [Country] = []
    public var places: [Place] = []
    public var towns: [Town] = []
    public var titles: [Title] = []
    public var organizations: [Organization] = []
    public var leaders: [Leader] = []
    /// Common given names, as match keys: a run of name words starting with one is a person's name.
    public var givenNames: Set<String> = []

    public init() {}

    /// Whether `name` is a known leader's canonical name.
    public func isKnownLeader(_ name: String) -> Bool {
        leaders.contains { $0.name == name }
    }

    /// Every other spelling of a known leader's canonical name (none for unknown names).
    public func aliases(of name: String) -> [String] {
        guard let leader = leaders.first(where: { $0.name == name }) else { return [] }
        return leader.aliases + leader.contextAliases
    }

    /// The files a knowledge directory holds, in load order.
    public static let fileNames = [
        "countries.tsv", "cities.tsv", "venues.tsv", "titles.tsv", "organizations.tsv", "leaders.tsv",
        "given-names.tsv", "towns.tsv",
    ]

    /// Loads every file of a knowledge directory; the first malformed line stops it with its file and line.
    public static func load(directory: URL) throws(KnowledgeError) -> KnowledgeBase {
        var base = KnowledgeBase()
        for name in fileNames {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { throw .missingFile(url.path) }
            try base.read(String(decoding: data, as: UTF8.self), file: url.path, as: name)
        }
        return base
    }

    /// The knowledge shipped with Parley.
    public static func loadBundled() throws(KnowledgeError) -> KnowledgeBase {
        guard let directory = Bundle.module.url(forResource: "knowledge", withExtension: nil) else {
            throw .missingFile("knowledge (resource bundle)")
        }
        return try load(directory: directory)
    }

    /// The shipped knowledge, loaded once; an empty base if it is damaged (`loadBundled` says why).
    public static let bundled: KnowledgeBase = (try? loadBundled()) ?? KnowledgeBase()
}

/// A knowledge file that cannot be used, with where the problem is.
public enum KnowledgeError: Error, Equatable, CustomStringConvertible {
    case missingFile(String)
    case malformed(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingFile(let path): "knowledge file \(path) is missing"
        case .malformed(let file, let line, let reason): "\(file):\(line): \(reason)"
        }
    }
}
