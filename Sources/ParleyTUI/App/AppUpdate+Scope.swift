import ParleyModel

extension AppUpdate {
    /// Where an entity leads in the timeline: a date to the meetings of that day or month, a place to the
    /// meetings held there, a country to the meetings of its leaders (found as the timeline loads).
    static func timelineScope(for entity: Entity) -> TimelineScope? {
        switch entity.kind {
        case .date: CalendarDate(iso: entity.name).map(TimelineScope.date)
        case .place: .place(entity.name)
        case .country: TimelineScope(label: "leaders of \(entity.name)", country: entity.name)
        default: nil
        }
    }

    /// Shows that part of the timeline (of the filtered leader's meetings, when a filter is on), from its
    /// start, with the timeline focused.
    static func showTimeline(_ scope: TimelineScope, state: inout AppState) -> [Effect] {
        state.timelineScope = scope
        state.timelineCursor = Cursor()
        state.focus = .timeline
        return [.loadTimeline(offset: 0, limit: pageSize, leader: state.leaderFilter, scope: scope)]
    }
}
