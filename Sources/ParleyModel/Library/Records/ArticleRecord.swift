import GRDB

/// A row of the `article` table: the cleaned article plus its terminal-safe display form.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "article"

    var id: String
    var path: String
    var source: String
    var contentHash: String
    var title: String
    var subtitle: String?
    var byline: String?
    var sourceName: String?
    var body: String
    var paragraphKinds: String
    var displayTitle: String
    var displayBody: String
    var published: String?
    var publishedBasis: String?
    var captured: String?
    var referenceDate: String? = nil
    var referenceBasis: String? = nil
    var warnings: String
    var ingestedAt: Double
    var canonicalURL: String? = nil
}
