/// The default theme, compiled in so Parley always has one. `themes/default.theme` holds the same
/// lines (a test keeps them equal).
enum BuiltinThemes {
    static let defaultTheme = """
        # Parley default (dark terminals)
        paneTitle            white        default
        paneTitleFocused     black        cyan      bold
        paneBorder           brightblack  default
        listItem             default      default
        listItemSelected     black        cyan
        listItemSelectedUnfocused default brightblack
        listItemUnread       brightwhite  default   bold
        listDate             cyan         default
        articleText          default      default
        articleHeading       brightwhite  default   bold
        articleMeta          brightblack  default
        articleCaption       brightblack  default   italic
        mentionPerson        green        default
        mentionLeader        brightgreen  default   bold
        mentionCountry       yellow       default
        mentionPlace         magenta      default
        mentionOrganization  blue         default
        mentionDate          cyan         default
        meetingEvidence      default      color236  underline
        searchMatch          black        yellow
        timelineDate         cyan         default
        timelinePlanned      yellow       default   italic
        tabBar               white        color236
        tabActive            black        cyan      bold
        statusBar            black        white
        keyHintKey           black        cyan      bold
        keyHintLabel         white        color236
        prompt               brightwhite  default   bold
        error                brightred    default   bold
        overlay              default      color236
        """
}
