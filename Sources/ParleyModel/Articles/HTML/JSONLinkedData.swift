import Foundation

/// The schema.org objects of one `<script type="application/ld+json">` block.
struct JSONLinkedData {
    /// The fields Parley reads from an article object.
    struct ArticleFields: Equatable {
        var headline: String?
        var datePublished: String?
        var author: String?
        var publisher: String?
        var url: String?
    }

    private let objects: [[String: Any]]

    /// Nil when the block is not JSON.
    init?(json: String) {
        guard let data = json.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        var found: [[String: Any]] = []
        Self.collect(value, into: &found, depth: 0)
        objects = found
    }

    /// Objects at the top, in arrays, and in `@graph`, a few levels deep at most.
    private static func collect(_ value: Any, into found: inout [[String: Any]], depth: Int) {
        guard depth < 4 else { return }
        if let array = value as? [Any] {
            for item in array { collect(item, into: &found, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            found.append(object)
            if let graph = object["@graph"] { collect(graph, into: &found, depth: depth + 1) }
        }
    }

    /// The first object whose `@type` is one of `types` (lower-case), preferring one with a date.
    func article(types: [String]) -> ArticleFields? {
        let matching = objects.filter { object in
            Self.strings(object["@type"]).contains { types.contains($0.lowercased()) }
        }
        guard let object = matching.first(where: { $0["datePublished"] != nil }) ?? matching.first else { return nil }
        return ArticleFields(
            headline: object["headline"] as? String, datePublished: object["datePublished"] as? String,
            author: Self.names(object["author"]), publisher: Self.names(object["publisher"]),
            url: object["url"] as? String ?? Self.id(object["mainEntityOfPage"]))
    }

    private static func strings(_ value: Any?) -> [String] {
        if let text = value as? String { return [text] }
        return (value as? [Any])?.compactMap { $0 as? String } ?? []
    }

    /// "Mara Ellison", `{"name": …}` or a list of either, as one "A and B" credit.
    private static func names(_ value: Any?) -> String? {
        var names: [String] = []
        let items: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        for item in items.prefix(6) {
            if let text = item as? String {
                names.append(text)
            } else if let object = item as? [String: Any], let name = object["name"] as? String {
                names.append(name)
            }
        }
        let cleaned = names.map(TextCleaner.normalize).filter { !$0.isEmpty && HTMLMetadata.webAddress($0) == nil }
        switch cleaned.count {
        case 0: return nil
        case 1: return cleaned[0]
        default: return cleaned.dropLast().joined(separator: ", ") + " and " + cleaned[cleaned.count - 1]
        }
    }

    private static func id(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        return (value as? [String: Any])?["@id"] as? String
    }
}
