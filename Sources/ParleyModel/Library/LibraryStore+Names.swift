import GRDB

extension LibraryStore {
    /// One person, one name across the library: a person the knowledge base does not know, spelt in a
    /// new article the way another spelling already in the library is ("Dmitry Olenkov" after "Dmitri
    /// Olenkov"), takes the library's name when the surnames match, the first names are alike and the
    /// countries do not disagree. The article's own spelling stays in its mentions (and in leader search).
    static func unifyNames(_ analysis: ArticleAnalysis, in db: Database) throws -> ArticleAnalysis {
        var renamed: [String: String] = [:]
        for entity in analysis.entities where entity.kind == .person && renamed[entity.name] == nil {
            guard !KnowledgeBase.bundled.isKnownLeader(entity.name),
                let name = try libraryName(for: entity, in: db), name != entity.name
            else { continue }
            renamed[entity.name] = name
        }
        guard !renamed.isEmpty else { return analysis }
        var result = analysis
        for index in result.entities.indices where result.entities[index].kind == .person {
            result.entities[index].name = renamed[result.entities[index].name] ?? result.entities[index].name
        }
        for index in result.meetings.indices {
            result.meetings[index].participants = result.meetings[index].participants.map { renamed[$0] ?? $0 }
        }
        return result
    }

    /// The name the library already has for `entity`'s person, the most reported one when several fit.
    private static func libraryName(for entity: Entity, in db: Database) throws -> String? {
        let words = NameKey.of(entity.name).split(separator: " ").map(String.init)
        guard words.count >= 2, let surname = words.last else { return nil }
        let stem = String(surname.prefix(5))
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT DISTINCT w.name, c.articles FROM person_word w JOIN person_count c ON c.name = w.name
                    WHERE w.word >= ? AND w.word < ? AND c.articles > 0 ORDER BY c.articles DESC, w.name
                    """), arguments: [stem, stem + "\u{10FFFF}"])
        for row in rows {
            let name: String = row["name"]
            guard name != entity.name else { return nil }  // already one of the library's names
            let other = NameKey.of(name).split(separator: " ").map(String.init)
            guard other.count >= 2, NameSimilarity.sameSurname(words, other) else { continue }
            let countries = try String.fetchAll(
                db.cachedStatement(
                    sql:
                        "SELECT DISTINCT country FROM entity WHERE kind = 'person' AND name = ? AND country IS NOT NULL"
                ),
                arguments: [name])
            if let country = entity.country, !countries.isEmpty, !countries.contains(country) { continue }
            return name
        }
        return nil
    }
}
