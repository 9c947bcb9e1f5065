import ParleyModel
import ParleyTerminal

/// The meeting view's state: the meeting and the chosen source (the view scrolls to keep it in sight).
public struct MeetingViewState: Sendable, Equatable {
    public var detail: MeetingDetail
    public var selected = 0

    public init(detail: MeetingDetail) { self.detail = detail }
}

/// One meeting at a glance: who (office, country), where, when and on what words, held or planned, and
/// every source with the sentence it was read from; the chosen source is marked ▸.
enum MeetingView {
    struct Line: Equatable {
        var text: String
        var role: StyleRole
        /// The source this line belongs to, for the selection's highlight.
        var source: Int?
    }

    static func lines(_ state: MeetingViewState, width: Int) -> [Line] {
        let detail = state.detail
        let entry = detail.entry
        var lines: [Line] = []
        let nameWidth = min(28, detail.participants.map { DisplayWidth.of($0.name) }.max() ?? 0)
        for person in detail.participants {
            let about = [person.role, person.country].compactMap { $0 }.joined(separator: ", ")
            let name = person.name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(person.name)))
            lines.append(Line(text: name + "  " + about, role: .articleHeading, source: nil))
        }
        let place = [detail.venue, entry.place].compactMap { $0 }.joined(separator: ", ")
        lines.append(Line(text: "Where   " + (place.isEmpty ? "not said" : place), role: .articleText, source: nil))
        let date = entry.date.map { "\($0) (\(entry.precision.rawValue))" } ?? "undated"
        lines.append(Line(text: "When    \(date) · \(entry.dateBasis)", role: .articleText, source: nil))
        lines.append(Line(text: "Status  \(entry.status.rawValue)", role: .articleText, source: nil))
        lines.append(Line(text: "", role: .articleText, source: nil))
        let count = detail.sources.count
        lines.append(
            Line(text: "Sources (\(count)): Enter opens one, j/k choose", role: .articleMeta, source: nil))
        for (index, source) in detail.sources.enumerated() {
            let mark = index == state.selected ? "▸ " : "  "
            let published = source.published?.description ?? "undated"
            lines.append(Line(text: mark + "\(published)  \(source.title)", role: .listItem, source: index))
            let basis = "date: \(source.report.dateBasis)"
            for part in TextWrapper.wrap("“\(source.report.evidence)” (\(basis))", width: max(1, width - 4)) {
                lines.append(Line(text: "    " + part.text, role: .meetingEvidence, source: index))
            }
        }
        return lines.map { Line(text: DisplayText.sanitize($0.text), role: $0.role, source: $0.source) }
    }

    static func draw(_ state: MeetingViewState, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        let entry = state.detail.entry
        let title = "Meeting: " + entry.participants.joined(separator: " – ")
        let content = PaneFrame.draw(
            DisplayText.sanitize(title), focused: true, rect: rect, theme: theme, into: &buffer)
        let all = lines(state, width: content.width)
        // the chosen source's first line is always in view
        let first = all.firstIndex { $0.source == state.selected } ?? 0
        let scroll = max(0, first - content.height + 1)
        for (row, line) in all.dropFirst(max(0, scroll)).prefix(content.height).enumerated() {
            let selected = line.source == state.selected && line.role == .listItem
            let style = selected ? theme[.listItemSelected] : theme[line.role]
            let y = content.y + row
            if selected {
                PaneFrame.row(line.text, at: y, in: content, style: style, into: &buffer)
            } else {
                buffer.put(
                    DisplayWidth.truncate(line.text, to: content.width), at: Point(x: content.x, y: y), style: style,
                    limit: content.maxX)
            }
        }
    }
}
