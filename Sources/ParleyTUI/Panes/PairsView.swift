import ParleyModel
import ParleyTerminal

/// The pairs view's state: who met whom, ranked, and the row under the cursor.
public struct PairsViewState: Sendable, Equatable {
    /// The leader whose counterparts are ranked, or nil for every pair.
    public var leader: String?
    public var pairs: [LeaderPair]
    public var cursor = Cursor()

    public init(leader: String?, pairs: [LeaderPair]) {
        self.leader = leader
        self.pairs = pairs
    }
}

/// Who met whom: each pair with how often, from when to when, and where; with a leader filter, that
/// leader's counterparts, most met first.
enum PairsView {
    /// How many pairs show at once on a terminal of `size`: all but the two bars and the title.
    static func visibleRows(_ size: Size) -> Int { max(1, size.height - 3) }

    static func row(_ pair: LeaderPair, leader: String?, width: Int) -> String {
        let count = "\(pair.meetings)×".padding(toLength: 5, withPad: " ", startingAt: 0)
        let span: String
        switch (pair.first, pair.last) {
        case (let a?, let b?) where a == b: span = a.description
        case (let a?, let b?): span = "\(a) – \(b)"
        default: span = "undated"
        }
        let names = TimelineRow.names(pair.participants, filter: leader)
        let places = pair.places.prefix(3).joined(separator: ", ")
        let room = max(0, width - count.count - DisplayWidth.of(span) - 2)
        let who = TimelineRow.text(names: names, place: places.isEmpty ? nil : places, width: room)
        let gap = String(repeating: " ", count: max(1, room - DisplayWidth.of(who) + 2))
        return count + who + gap + span
    }

    static func draw(_ state: PairsViewState, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        let title =
            (state.leader.map { "Counterparts of \($0)" } ?? "Who met whom") + " (\(state.pairs.count)): "
            + "Enter shows their meetings"
        let content = PaneFrame.draw(
            DisplayText.sanitize(title), focused: true, rect: rect, theme: theme, into: &buffer)
        if state.pairs.isEmpty {
            buffer.put("No meetings found.", at: Point(x: content.x, y: content.y), style: theme[.articleMeta])
            return
        }
        for line in 0..<content.height {
            let index = state.cursor.scroll + line
            guard index < state.pairs.count else { break }
            let selected = index == state.cursor.selected
            let style = selected ? theme[.listItemSelected] : theme[.listItem]
            let text = row(state.pairs[index], leader: state.leader, width: content.width)
            PaneFrame.row(DisplayText.sanitize(text), at: content.y + line, in: content, style: style, into: &buffer)
        }
    }
}
