import Foundation

extension Ingester {
    /// Adds web pages (`parley add https://…`): each is fetched, read as HTML through the same
    /// conversion as feed entries, and stored under its address, so adding it again updates it in place.
    public func ingest(addresses: [String], http: HTTPFetcher, into report: inout IngestReport) throws(LibraryError) {
        var batch: [PreparedArticle] = []
        for address in addresses {
            let page: HTTPResponse
            do {
                page = try http.get(address)
            } catch {
                report.failures.append("\(address): \(error.description)")
                continue
            }
            let hash = page.body.withUnsafeBytes { ContentHash.of($0) }
            let article = HTMLArticleReader().read(
                html: page.body, id: ArticleSlug.of(page.url, fallback: "page"), source: page.url)
            guard !article.paragraphs.isEmpty else {
                report.failures.append("\(address): the page has no text to read")
                continue
            }
            batch.append(
                PreparedArticle(article: article, analysis: analyzer.analyze(article), path: address, contentHash: hash)
            )
        }
        for outcome in try store.save(batch) {
            switch outcome {
            case .added(let id): report.added.append(id)
            case .updated(let id): report.updated.append(id)
            case .unchanged(let id): report.unchanged.append(id)
            }
        }
        try store.refreshIfStale(analyzer: analyzer)
    }
}
