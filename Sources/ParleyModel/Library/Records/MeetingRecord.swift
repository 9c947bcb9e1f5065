import GRDB

/// A row of the `meeting` table: one meeting as one article reports it.
struct MeetingRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "meeting"

    var id: Int64?
    var articleId: String
    /// Canonical participant names joined by "|", sorted.
    var participants: String
    var place: String?
    var venue: String?
    var date: String?
    var precision: String
    var dateBasis: String
    var status: String
    var evidence: String
    var evidenceStart: Int
    var evidenceEnd: Int
    var isCurrent: Bool
    var weekday: Int?
    var ordinal: Int?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
