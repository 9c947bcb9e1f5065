import ParleyModel

extension AppUpdate {
    /// Keys while the meeting view is open: move between its sources, open one at its sentence, go back
    /// to the timeline where it was. Nil leaves the command to the panes (help, theme, quit).
    static func meetingCommand(_ command: Command, state: inout AppState) -> [Effect]? {
        guard var meeting = state.meeting else { return nil }
        let count = meeting.detail.sources.count
        switch command {
        case .nextSource, .moveDown: meeting.selected = min(max(0, count - 1), meeting.selected + 1)
        case .previousSource, .moveUp: meeting.selected = max(0, meeting.selected - 1)
        case .moveToTop: meeting.selected = 0
        case .moveToBottom: meeting.selected = max(0, count - 1)
        case .back:
            state.meeting = nil
            state.focus = .timeline
            return []
        case .openSource, .copySourceLink:
            guard meeting.selected < count else { return [] }
            let id = meeting.detail.sources[meeting.selected].articleId
            return sourceAction(of: id, copy: command == .copySourceLink, state: &state)
        case .open:
            guard meeting.selected < count else { return [] }
            let source = meeting.detail.sources[meeting.selected]
            state.returnTo = ReturnPoint(meeting: meeting, chart: state.chart, articleId: source.articleId)
            state.meeting = nil
            state.chart = nil
            let report = source.report
            return [
                .loadArticle(id: source.articleId, evidence: report.evidenceStart..<report.evidenceEnd),
                .markRead(source.articleId),
            ]
        default:
            return nil
        }
        state.meeting = meeting
        return []
    }
}
