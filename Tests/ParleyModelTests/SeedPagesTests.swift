import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// The real scraped pages in ../shared/seeds: skipped with a message where that folder is absent.
@Suite struct SeedPagesTests {
    static let seeds = Fixtures.seedsDirectory

    func articles() throws -> [Article] {
        guard let seeds = Self.seeds else {
            print("skipping: ../shared/seeds is not beside the package")
            return []
        }
        let files = try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        return try files.map { try ArticleReading.read(url: $0) }
    }

    @Test(.enabled(if: seeds != nil, "../shared/seeds is absent"))
    func headlinesAreThePagesOwn() throws {
        let titles = try articles().map(\.title)
        #expect(titles.count == 5)
        #expect(titles.first == "Lukashenko Holds Bilateral Meetings with Foreign Leaders in Beijing")
        #expect(titles.last == "Heads of state of Belarus and China praise closer cooperation")
        for title in titles {
            #expect(!["top of page", "Skip to content"].contains(title))
            #expect(title.count > 30)
        }
    }

    @Test(.enabled(if: seeds != nil, "../shared/seeds is absent"))
    func cleanedBodiesCarryNoFurniture() throws {
        let furniture = [
            "top of page", "Writer:", "min read", "days ago", "Rated 0 out of 5", "Leave a Comment", "Add a rating",
            "Scroll to Top", "Members Public", "Recent News", "More from", "Front of mind", "Skip to content",
            "Read also", "Netanyahu", "Pope", "Namibian", "0004b631", "LYNXMPEJB304W", "Photo:Reuters", "By Cora",
        ]
        for article in try articles() {
            for line in furniture {
                #expect(!article.text.contains(line), "\(article.id) still shows \(line)")
            }
            #expect(article.paragraphs.contains { $0.kind == .body })
        }
    }
}
