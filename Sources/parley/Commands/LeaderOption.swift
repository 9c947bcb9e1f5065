import ArgumentParser
import ParleyModel

/// Turns a `--leader` query into the one person it names, or explains the ambiguity.
enum LeaderQuery {
    static func resolve(_ query: String, in store: LibraryStore) throws -> [String] {
        let matches: [LeaderMatch]
        do {
            matches = try store.leaders(matching: query)
        } catch {
            throw Fail.library(error)
        }
        if matches.isEmpty { throw Fail.with("no person in the library matches '\(query)'", .noMatch) }
        if matches.count == 1 { return [matches[0].name] }
        let key = NameKey.of(query)
        if let exact = matches.first(where: { NameKey.of($0.name) == key }) { return [exact.name] }
        let list = matches.map { "  \($0.name) (\($0.articleCount) article\($0.articleCount == 1 ? "" : "s"))" }
        throw Fail.with("'\(query)' matches several people; say which:\n" + list.joined(separator: "\n"), .usage)
    }
}
