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
        let meetings = meetingExtractor.meetings(in: annotated, article: article)
        let people = entities.filter { $0.kind == .person }
        return ArticleAnalysis(
            entities: entities + titleOnlyEntities(of: article, besides: entities, people: people),
            meetings: meetings + titleOnlyMeetings(of: article, besides: meetings, people: people, reference: reference))
    }

    /// A name the headline gives, as the body names that person: "Ahern" over a story about "Bertie
    /// Ahern" is him, whoever else the knowledge base knows by that surname.
    func bodyName(_ name: String, among people: [Entity]) -> String {
        guard let surname = NameKey.of(name).split(separator: " ").last else { return name }
        return people.first { NameKey.of($0.name).split(separator: " ").last == surname }?.name ?? name
    }

    /// The article's headline as an article of its own, to read it like the body.
    func headline(of article: Article) -> Article? {
        guard !article.title.isEmpty else { return nil }
        var headline = article
        headline.paragraphs = [Paragraph(.body, article.title)]
        return headline
    }

    /// Meetings the headline reports between people the body never shows meeting ("Ruto Hosts Abiy in
    /// Nairobi" over a body about the trade deal): the headline is their evidence, with no body range.
    func titleOnlyMeetings(
        of article: Article, besides body: [Meeting], people: [Entity], reference: PublicationDate?
    ) -> [Meeting] {
        guard let headline = headline(of: article) else { return [] }
        let annotated = entityExtractor.annotate(headline, reference: reference)
        let seen = Set(body.map { Set($0.participants) })
        return meetingExtractor.meetings(in: annotated, article: headline)
            .filter { !seen.contains(Set($0.participants.map { bodyName($0, among: people) })) }
            .map {
                var meeting = $0
                meeting.participants = $0.participants.map { bodyName($0, among: people) }
                meeting.evidenceStart = 0
                meeting.evidenceEnd = 0
                return meeting
            }
    }

    /// People, countries, places and organisations the headline names and the body does not
    /// ("Tokayev opens a museum" over a text that says only "the president"): they belong to the
    /// article, with no mention in the body to point at.
    func titleOnlyEntities(of article: Article, besides body: [Entity], people: [Entity]) -> [Entity] {
        guard let headline = headline(of: article) else { return [] }
        let inTitle = entityExtractor.entities(entityExtractor.annotate(headline, reference: article.published))
        let inBody = Set(body.map { "\($0.kind.rawValue)|\($0.name)" })
        // a headline's capitals say nothing about names: only the people Parley knows count there
        let known = entityExtractor.gazetteer.leadersByName
        return inTitle.filter {
            let name = $0.kind == .person ? bodyName($0.name, among: people) : $0.name
            return $0.kind != .date && !inBody.contains("\($0.kind.rawValue)|\(name)")
                && ($0.kind != .person || known[NameKey.of($0.name)] != nil)
        }.map {
            var entity = $0
            entity.mentions = []
            return entity
        }
    }
}
