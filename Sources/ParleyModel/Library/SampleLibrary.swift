import Foundation

/// The articles shipped inside Parley, so a newcomer sees something before adding their own.
public enum SampleLibrary {
    /// The folder holding the sample articles, if the resource bundle is present.
    public static var directory: URL? {
        Bundle.module.url(forResource: "samples", withExtension: nil)
    }

    /// An in-memory library holding the samples.
    public static func open(analyzer: ArticleAnalyzer = .shared) throws(LibraryError) -> LibraryStore {
        let store = try LibraryStore()
        if let directory {
            _ = try Ingester(store: store, analyzer: analyzer).ingest(paths: [directory.path])
        }
        return store
    }
}
