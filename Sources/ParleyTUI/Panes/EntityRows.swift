import ParleyModel

/// The entities pane's rows for an article: a heading per kind, then its entities.
public enum EntityRow: Sendable, Equatable {
    case heading(EntityKind, count: Int)
    case entity(Entity)

    public static func rows(for stored: StoredArticle?) -> [EntityRow] {
        guard let stored else { return [] }
        var rows: [EntityRow] = []
        for kind in EntityKind.allCases {
            let group = stored.entities.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            rows.append(.heading(kind, count: group.count))
            rows += group.map { .entity($0) }
        }
        return rows
    }
}
