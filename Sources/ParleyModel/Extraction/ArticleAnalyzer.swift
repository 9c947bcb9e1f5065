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
        let entities = entityExtractor.entities(annotated)
        return ArticleAnalysis(
            entities: entities + titleOnlyEntities(of: article, besides: entities),
            meetings: meetingExtractor.meetings(in: annotated, article: article))
    }

    /// People, countries, places and organisations the headline names and the body does not
    /// ("Tokayev opens a museum" over a text that says only "the president"): they belong to the
    /// article, with no mention in the body to point at.
    func titleOnlyEntities(of article: Article, besides body: [Entity]) -> [Entity] {
        guard !article.title.isEmpty else { return [] }
        var headline = article
        headline.paragraphs = [Paragraph(.heading, article.title)]
        let inTitle = entityExtractor.entities(entityExtractor.annotate(headline, reference: article.published))
        let inBody = Set(body.map { "\($0.kind.rawValue)|\($0.name)" })
        // a headline's capitals say nothing about names: only the people Parley knows count there
        let known = entityExtractor.gazetteer.leadersByName
        return inTitle.filter {
            $0.kind != .date && !inBody.contains("\($0.kind.rawValue)|\($0.name)")
                && ($0.kind != .person || known[NameKey.of($0.name)] != nil)
        }.map {
            var entity = $0
            entity.mentions = []
            return entity
        }
    }
}
