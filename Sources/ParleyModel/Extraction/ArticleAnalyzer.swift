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
        var analysis = ArticleAnalysis(
            entities: entityExtractor.entities(annotated),
            meetings: meetingExtractor.meetings(in: annotated, article: article))
        if !article.title.isEmpty { addTitle(of: article, to: &analysis, reference: reference) }
        return analysis
    }

    /// What the headline names or reports and the body does not ("Boric opens a museum" over a text
    /// that says only "the president"): known people, countries, places and organisations, with no
    /// body mention to point at, and meetings whose evidence is the headline, with no body range.
    func addTitle(of article: Article, to analysis: inout ArticleAnalysis, reference: PublicationDate?) {
        var headline = article
        headline.paragraphs = [Paragraph(.body, article.title)]
        let annotated = entityExtractor.annotate(headline, reference: reference)
        let people = analysis.entities.filter { $0.kind == .person }
        let inBody = Set(analysis.entities.map { "\($0.kind.rawValue)|\($0.name)" })
        // a headline's capitals say nothing about names: only the people Parley knows count there
        let known = entityExtractor.gazetteer.leadersByName
        for entity in entityExtractor.entities(annotated) where entity.kind != .date {
            let name = entity.kind == .person ? bodyName(entity.name, among: people) : entity.name
            guard !inBody.contains("\(entity.kind.rawValue)|\(name)"),
                entity.kind != .person || known[NameKey.of(entity.name)] != nil
            else { continue }
            var titleOnly = entity
            titleOnly.mentions = []
            analysis.entities.append(titleOnly)
        }
        let seen = Set(analysis.meetings.map { Set($0.participants) })
        for found in meetingExtractor.meetings(in: annotated, article: headline) {
            var meeting = found
            meeting.participants = found.participants.map { bodyName($0, among: people) }
            guard !seen.contains(Set(meeting.participants)) else { continue }
            meeting.evidenceStart = 0
            meeting.evidenceEnd = 0
            analysis.meetings.append(meeting)
        }
    }

    /// A name the headline gives, as the body names that person: "Mensah" over a story about "Kwesi
    /// Mensah" is him, whoever else the knowledge base knows by that surname.
    func bodyName(_ name: String, among people: [Entity]) -> String {
        guard let surname = NameKey.of(name).split(separator: " ").last else { return name }
        return people.first { NameKey.of($0.name).split(separator: " ").last == surname }?.name ?? name
    }
}
