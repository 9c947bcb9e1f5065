/// Runs every extractor over an article: entities first, then the meetings they take part in.
public struct ArticleAnalyzer: Sendable {
    public static let shared = ArticleAnalyzer()

    public var entityExtractor: EntityExtractor
    public var meetingExtractor: MeetingExtractor

    public init(gazetteer: Gazetteer = .bundled) {
        entityExtractor = EntityExtractor(gazetteer: gazetteer)
        meetingExtractor = MeetingExtractor(knowledge: gazetteer.knowledge)
    }

    /// Entities and meetings of `article`; relative dates resolve against `reference` when given.
    public func analyze(_ article: Article, reference: PublicationDate? = nil) -> ArticleAnalysis {
        let annotated = entityExtractor.annotate(article, reference: reference)
        return ArticleAnalysis(
            entities: entityExtractor.entities(annotated),
            meetings: meetingExtractor.meetings(in: annotated, article: article))
    }
}
