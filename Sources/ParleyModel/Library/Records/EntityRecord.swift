import GRDB

/// A row of the `entity` table: one entity of one article.
struct EntityRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "entity"

    var id: Int64?
    var articleId: String
    var name: String
    var kind: String
    var leader: Bool
    var role: String?
    var country: String?
    var mentionCount: Int

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of the `mention` table: one surface form of an entity, with scalar offsets.
struct MentionRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "mention"

    var entityId: Int64
    var articleId: String
    var text: String
    var start: Int
    var end: Int
}
