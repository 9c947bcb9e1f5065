/// The four panes; the focused one takes keys.
public enum Pane: Int, CaseIterable, Sendable {
    case list, article, entities, timeline

    public var title: String {
        switch self {
        case .list: "Articles"
        case .article: "Article"
        case .entities: "Entities"
        case .timeline: "Timeline"
        }
    }
}
