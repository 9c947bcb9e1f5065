import ParleyModel
import ParleyTerminal

/// The open article's entities grouped by kind, with mention counts and roles.
enum EntitiesView {
    static func role(for entity: Entity) -> StyleRole {
        switch entity.kind {
        case .person: entity.leader ? .mentionLeader : .mentionPerson
        case .country: .mentionCountry
        case .place: .mentionPlace
        case .organization: .mentionOrganization
        case .date, .event: .mentionDate
        }
    }

    static func draw(_ state: AppState, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        let rows = EntityRow.rows(for: state.reader.article)
        let content = PaneFrame.draw(
            "Entities", focused: state.focus == .entities, rect: rect, theme: theme, into: &buffer)
        if rows.isEmpty {
            buffer.put(
                "No article open.", at: Point(x: content.x, y: content.y), style: theme[.articleMeta],
                limit: content.maxX)
            return
        }
        for line in 0..<content.height {
            let index = state.entities.scroll + line
            guard index < rows.count else { break }
            let y = content.y + line
            let selected = index == state.entities.selected
            switch rows[index] {
            case .heading(let kind, let count):
                PaneFrame.row(
                    "\(kind.heading) (\(count))", at: y, in: content,
                    style: selected
                        ? PaneFrame.selectedStyle(focused: state.focus == .entities, theme: theme)
                        : theme[.articleHeading], into: &buffer)
            case .entity(let entity):
                var detail: [String] = []
                if let role = entity.role { detail.append(role) }
                if let country = entity.country { detail.append(country) }
                let text =
                    "  \(DisplayText.sanitize(entity.name)) " + entity.mentionLabel
                    + (detail.isEmpty ? "" : "  " + detail.joined(separator: ", "))
                var style =
                    selected
                    ? PaneFrame.selectedStyle(focused: state.focus == .entities, theme: theme)
                    : theme[role(for: entity)]
                if entity.name == state.leaderFilter { style.attributes.insert(.underline) }
                PaneFrame.row(text, at: y, in: content, style: style, into: &buffer)
            }
        }
    }
}
