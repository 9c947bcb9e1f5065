/// Everything Parley can style; views ask for roles, themes give them colours. Never a raw colour in a view.
public enum StyleRole: String, CaseIterable, Sendable {
    case paneTitle, paneTitleFocused, paneBorder
    case listItem, listItemSelected, listItemSelectedUnfocused, listItemUnread, listDate
    case articleText, articleHeading, articleMeta, articleCaption
    case mentionPerson, mentionLeader, mentionCountry, mentionPlace, mentionOrganization, mentionDate
    case meetingEvidence, searchMatch
    case timelineDate, timelinePlanned
    case tabBar, tabActive
    case statusBar, keyHintKey, keyHintLabel, prompt, error, overlay
}
