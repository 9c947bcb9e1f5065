/// Separates a scraped page's article from its furniture: headline, credits, captions, body, and the
/// date evidence the furniture carries.
public struct TextCleaner: Sendable {
    /// What the cleaner made of a page.
    public struct Page: Sendable, Equatable {
        public var title: String?
        public var subtitle: String?
        public var byline: String?
        public var paragraphs: [Paragraph] = []
        /// Date evidence in the page chrome, most telling first.
        public var datelines: [(date: CalendarDate, basis: String)] = []
        public var imageDates: [(date: CalendarDate, basis: String)] = []
        /// The date a saved excerpt carries on its first line ("date 2024-02-15 …"): weaker than the
        /// article's own dateline, stronger than a date line above the headline.
        public var leadDate: (date: CalendarDate, basis: String)?
        /// Unlabelled date lines above the headline: often the site's current date, so the weakest evidence.
        public var headerDates: [(date: CalendarDate, basis: String)] = []
        /// Such lines that name the weekday ("Sunday, December 22, 2024"): how sites print today's date.
        public var todayDates: [(date: CalendarDate, basis: String)] = []
        /// "2 days ago" widgets: they need a capture time to mean anything.
        public var relativeAge: DateExpression?

        public static func == (lhs: Page, rhs: Page) -> Bool {
            lhs.title == rhs.title && lhs.subtitle == rhs.subtitle && lhs.byline == rhs.byline
                && lhs.paragraphs == rhs.paragraphs
        }
    }

    public init() {}

    /// Cleans blocks of text (one paragraph or page line each). `knownTitle` comes from metadata.
    public func clean(blocks rawBlocks: [String], knownTitle: String? = nil) -> Page {
        var page = Page()
        var blocks = rawBlocks.map(Self.normalize).filter { !$0.isEmpty }
        var index = 0
        var pendingWriter: String?

        // 0. A saved excerpt's leading "date YYYY-MM-DD" line: the date, then whatever text follows it.
        if let first = blocks.first, let lead = Self.leadDateLine(first) {
            if let date = lead.date, date.precision == DatePrecision.day {
                page.leadDate = (date, "date line '\(Self.clip(first, 16))'")
            }
            if lead.rest.isEmpty { blocks.removeFirst() } else { blocks[0] = lead.rest }
        }

        // 1. Chrome before the headline; the headline itself, when the first line of text reads like one.
        page.title = knownTitle
        // One- and two-word lines before the headline are a site's sections ("World", "Politics"): kept
        // only when nothing longer comes before the prose.
        var shortLine: (title: String, next: Int)?
        while page.title == nil, index < blocks.count {
            let line = blocks[index]
            let datelinesBefore = page.datelines.count
            if absorbChrome(line, into: &page, writer: &pendingWriter) {
                // An unlabelled date above the headline is as likely the site's "today" as the story's;
                // one that names its weekday ("Sunday, 29/3/2020") is how sites print today: weaker still.
                if page.datelines.count > datelinesBefore, LineShape.credit(Self.stripBullet(line)) == nil {
                    if Self.namesWeekday(line) {
                        page.todayDates += page.datelines[datelinesBefore...]
                    } else {
                        page.headerDates += page.datelines[datelinesBefore...]
                    }
                    page.datelines.removeSubrange(datelinesBefore...)
                }
                index += 1
                continue
            }
            let title = Self.stripBullet(line)
            // The page starts with its body (a lede, a caption, a dateline): it has no headline.
            guard Self.readsAsHeadline(title) else { break }
            index += 1
            let titleWords =
                UnspacedScript.occurs(in: title) ? LineShape.wordCount(title) : title.split(separator: " ").count
            if titleWords < 3, !LineShape.isProse(title) {
                if shortLine == nil { shortLine = (title, index) }
                continue
            }
            page.title = title
        }
        if page.title == nil, let shortLine {
            // Prose came before any longer headline: the short line was the headline after all.
            page.title = shortLine.title
            index = shortLine.next
        }

        // 2. Lead zone: credits, subtitle and captions until the first paragraph of prose.
        var bodyStarted = false
        var kept: [Paragraph] = []
        var justAfterTitle = knownTitle == nil
        while index < blocks.count {
            let line = blocks[index]
            let stripped = Self.stripBullet(line)
            if stripped == page.title || stripped == pendingWriter || kept.last?.text == stripped
                || kept.contains(where: { $0.kind == .caption && $0.text == stripped })
            {
                index += 1
                continue
            }
            if bodyStarted, LineShape.isSectionMarker(stripped) { break }
            if absorbChrome(line, into: &page, writer: &pendingWriter) {
                index += 1
                continue
            }
            if LineShape.isCaption(stripped) {
                kept.append(Paragraph(.caption, stripped))
            } else if !bodyStarted, !(LineShape.isProse(stripped) && stripped.count >= 200),
                !(LineShape.isProse(stripped) && !(index + 1 < blocks.count && LineShape.isCaption(blocks[index + 1])))
            {
                if justAfterTitle, page.subtitle == nil, LineShape.isHeadlineLike(stripped), stripped.count <= 140 {
                    page.subtitle = stripped
                } else {
                    kept.append(Paragraph(.caption, stripped))
                }
            } else {
                bodyStarted = true
                kept.append(
                    Paragraph(
                        LineShape.isProse(stripped) || LineShape.endsSentence(stripped) ? .body : .heading, stripped))
            }
            justAfterTitle = false
            index += 1
        }
        if page.byline == nil { page.byline = pendingWriter }
        if !bodyStarted {  // a short article: what read as captions is its body
            kept = kept.map { LineShape.isCaption($0.text) ? $0 : Paragraph(.body, $0.text) }
        }
        page.paragraphs = Self.dropTrailingSidebar(kept, page: &page)
        return page
    }

    /// Furniture the page carries around the article; returns true when `line` was such chrome.
    func absorbChrome(_ line: String, into page: inout Page, writer: inout String?) -> Bool {
        let stripped = Self.stripBullet(line)
        if LineShape.isJunk(stripped) { return true }
        // "| SUVA, Sept 22": the end of a site's header run on into the story's dateline
        if LineShape.startsWithSeparator(stripped), let date = Self.datelineDate(LineShape.withoutSeparator(stripped)) {
            page.datelines.append((date, "dateline '\(Self.clip(stripped))'"))
            return true
        }
        if let credit = LineShape.credit(stripped) {
            if LineShape.dateLabels.contains(credit.label) {
                if let date = Self.absoluteDate(in: credit.value) {
                    page.datelines.append((date, "dateline '\(Self.clip(stripped))'"))
                }
            } else if ["writer", "author", "authors", "written by", "reporting by", "by"].contains(credit.label) {
                // "By: , July 17, 2016": no writer named, only the date
                if let date = Self.datelineDate(credit.value.trimmingCharacters(in: [",", " "])) {
                    page.datelines.append((date, "dateline '\(Self.clip(stripped))'"))
                } else {
                    writer = credit.value.isEmpty ? nil : credit.value
                }
            }
            return true
        }
        if let name = LineShape.byline(stripped) {
            page.byline = name
            return true
        }
        if Self.isAddress(stripped) {
            // "https://…/world/2024/03/05/talks/": sites date their pages in the address
            if let date = Self.fileNameDate(stripped, separators: ["/", "-", "_"]) {
                page.datelines.append((date, "page address \(Self.clip(stripped, 30))"))
            }
            return true
        }
        if LineShape.isMachineText(stripped) {
            if let date = Self.fileNameDate(stripped) {
                page.imageDates.append((date, "image file name \(Self.clip(stripped, 18))"))
            }
            return true
        }
        if let date = Self.datelineDate(stripped) {
            page.datelines.append((date, "dateline '\(Self.clip(stripped))'"))
            return true
        }
        if LineShape.isWidget(stripped) {
            let tokens = Tokenizer.tokenize(stripped)
            if let mention = DateScanner.scan(tokens).first, mention.expression.isRelative {
                page.relativeAge = page.relativeAge ?? mention.expression
            }
            return true
        }
        return false
    }

    /// A headline: short, no closing sentence punctuation, not cut off mid-clause, not starting in lower case.
    static func readsAsHeadline(_ line: String) -> Bool {
        guard LineShape.isHeadlineLike(line), line.count <= 150, let first = line.first, !first.isLowercase,
            let last = line.last, !",;-–—(".contains(last), !LineShape.startsWithSeparator(line),
            !LineShape.isJunk(line)
        else { return false }
        return !LineShape.isCaption(line)
    }

    /// "date 2024-02-15 Text…": the date (nil when not a real date) and the text after it.
    static func leadDateLine(_ line: String) -> (date: CalendarDate?, rest: String)? {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0].lowercased() == "date", let first = parts[1].first, first.isNumber,
            parts[1].allSatisfy({ $0.isNumber || $0 == "-" })
        else { return nil }
        return (CalendarDate(iso: String(parts[1])), parts.count > 2 ? String(parts[2]) : "")
    }

    /// Drops a run of headline-like lines (other stories) after the last paragraph of prose.
    static func dropTrailingSidebar(_ paragraphs: [Paragraph], page: inout Page) -> [Paragraph] {
        var end = paragraphs.count
        while end > 0 {
            let p = paragraphs[end - 1]
            if p.kind == .heading || (p.kind == .caption && LineShape.isHeadlineLike(p.text)) {
                end -= 1
            } else {
                break
            }
        }
        return Array(paragraphs[..<end])
    }

    /// "Last Updated: Sunday, June 25, 2017 - 10:15" or a line that holds little but a date; also with a
    /// place before it ("Rome, 12 February 2024") or short credits beside it ("Sept 4, 2023 | Staff").
    static func datelineDate(_ line: String) -> CalendarDate? {
        // a date precise to the month has a number (a day or a year): most lines have none
        guard line.utf8.count <= 320, line.count <= 80, line.utf8.contains(where: { (0x30...0x39).contains($0) })
        else { return nil }
        let line = withoutCredits(line)
        if let date = datelineSegment(line) { return date }
        // a stamp in the site's own language: "14 marca 2019", "3. März 2021"
        if let english = MonthNames.inEnglish(line), let date = datelineSegment(english) { return date }
        let segments = line.replacingOccurrences(of: " - ", with: " | ").split(whereSeparator: { "|·•—–".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard segments.count >= 2, segments.allSatisfy({ $0.split(separator: " ").count <= 5 }) else { return nil }
        return segments.lazy.compactMap { datelineSegment($0) }.first
    }

    /// A dateline without what the site prints beside the date: a source in parentheses before it
    /// ("(Daily App) 14:48, July 11, 2023") or a labelled credit after it ("Mon, 16 May 2005 Source: GNA").
    /// " Source:", " Photo:": a credit label as it follows a dateline.
    private static let creditSuffixes = LineShape.creditLabels.filter { $0.count > 2 }.map {
        " \($0.prefix(1).uppercased() + $0.dropFirst()):"
    }

    static func withoutCredits(_ line: String) -> String {
        var text = Substring(line)
        if text.hasPrefix("("), let close = text.firstIndex(of: ")") {
            text = text[text.index(after: close)...]
        }
        for label in creditSuffixes where text.contains(label) {
            if let range = text.range(of: label) { text = text[..<range.lowerBound] }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// One piece of a dateline: a date, with only date words or a leading "Place," beside it.
    private static func datelineSegment(_ line: String) -> CalendarDate? {
        let tokens = Tokenizer.tokenize(line)
        let mentions = DateScanner.scan(tokens)
        guard let first = mentions.first(where: { !$0.expression.isRelative }),
            case .calendar(let date) = first.expression, date.precision >= .month
        else { return nil }
        let covered = Set(mentions.flatMap { Array($0.tokens) })
        let rest = tokens.indices.filter { !covered.contains($0) && tokens[$0].kind == .word }

        // "Rome, …" / "NEW DELHI, …": up to three capitalised words before a comma that opens the line.
        let placeEnd = tokens.firstIndex { $0.text == "," }.flatMap { comma in
            comma <= 3 && comma < first.tokens.lowerBound
                && tokens[..<comma].allSatisfy({ $0.kind == .word && $0.isCapitalized }) ? comma : nil
        }
        return rest.allSatisfy({ isStampWord(tokens[$0]) || $0 < (placeEnd ?? 0) }) ? date : nil
    }

    /// Words a date stamp carries beside its date: labels, times and zones ("11:56 IST", "9:44pm",
    /// "22h24"), a short weekday, and the widgets printed on the same line ("Send Print").
    static let stampWords: Set<String> = weekdayAbbreviations.union([
        "am", "pm", "on", "at", "updated", "published", "posted", "modified", "last", "this", "article", "is",
        "from", "first", "h", "hrs",
    ])

    static func isStampWord(_ token: Token) -> Bool {
        if stampWords.contains(token.key) || LineShape.widgetWords.contains(token.key) { return true }
        if let first = token.text.unicodeScalars.first, Tokenizer.isDigit(first) { return true }
        // a time zone: "GMT", "IST", "ET", "CEST"
        return (2...4).contains(token.text.count) && token.text.allSatisfy { $0.isUppercase }
    }

    /// "Sunday, …", "Wed. Sep 18th, 2024": a line that names a day of the week.
    static func namesWeekday(_ line: String) -> Bool {
        Tokenizer.tokenize(line).contains {
            $0.kind == .word && (DateScanner.weekdays[$0.key] != nil || weekdayAbbreviations.contains($0.key))
        }
    }

    static let weekdayAbbreviations: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    static func absoluteDate(in text: String) -> CalendarDate? {
        for mention in DateScanner.scan(Tokenizer.tokenize(text)) {
            if case .calendar(let date) = mention.expression { return date }
        }
        return nil
    }

    /// A web address on a line of its own.
    static func isAddress(_ line: String) -> Bool {
        !line.contains(" ") && (line.hasPrefix("http://") || line.hasPrefix("https://") || line.hasPrefix("www."))
    }

    /// "2023 12 04T061815Z …" or "photo_2023-12-04.jpg": a date written into a file name (or, with "/"
    /// among the `separators`, into a web address).
    static func fileNameDate(_ line: String, separators: Set<Unicode.Scalar> = [" ", "-", "_"]) -> CalendarDate? {
        let scalars = Array(line.unicodeScalars)
        var i = 0
        while i + 10 <= scalars.count {
            let window = scalars[i..<i + 10]
            let digits = window.enumerated().allSatisfy { offset, c in
                [4, 7].contains(offset) ? separators.contains(c) : Tokenizer.isDigit(c)
            }
            let before = i == 0 || !Tokenizer.isDigit(scalars[i - 1])
            if digits, before {
                let text = String(String.UnicodeScalarView(window))
                let iso = text.map { $0 == " " || $0 == "_" || $0 == "/" ? "-" : $0 }
                if let date = CalendarDate(iso: String(iso)) { return date }
            }
            i += 1
        }
        return nil
    }

    static func normalize(_ line: String) -> String {
        if isNormal(line) { return line }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\u{00A0}" || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// No space to fold: no tab, CR, LF or no-break space, no doubled, leading or trailing space.
    private static func isNormal(_ line: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in line.utf8 {
            if byte == 0x09 || byte == 0x0D || byte == 0x0A || (byte == 0xA0 && previous == 0xC2) { return false }
            if byte == 0x20, previous == 0x20 { return false }
            previous = byte
        }
        return previous != 0x20 || line.isEmpty
    }

    static func stripBullet(_ line: String) -> String {
        var text = Substring(line)
        while let first = text.first, "•·▪►–—*".contains(first) || (first == "-" && text.dropFirst().first == " ") {
            text = text.dropFirst().drop { $0 == " " }
        }
        return String(text)
    }

    static func clip(_ text: String, _ limit: Int = 40) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
