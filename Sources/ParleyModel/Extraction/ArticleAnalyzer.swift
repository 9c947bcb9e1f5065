/// Runs every extractor over an article: entities first, then the meetings they take part in.
public struct ArticleAnalyzer: Sendable {
    public static let shared = ArticleAnalyzer()

    public var entityExtractor: EntityExtractor

    public init(gazetteer: Gazetteer = .bundled) {
        entityExtractor = EntityExtractor(gazetteer: gazetteer)
    }

    /// Entities and meetings of `article`; relative dates resolve against `reference` when given.
    public func analyze(_ article: Article, reference: PublicationDate? = nil) -> ArticleAnalysis {
        let annotated = entityExtractor.annotate(article, reference: reference)
        return ArticleAnalysis(entities: entityExtractor.entities(annotated), meetings: [])
    }
}
