/// What one line of a scraped page looks like, judged by its shape and vocabulary, not by exact strings.
enum LineShape {
    /// Words that make up page widgets: navigation, sharing, comments, ratings, reading-time badges.
    static let widgetWords: Set<String> = [
        "top", "bottom", "page", "skip", "content", "contents", "scroll", "back", "members", "member", "public",
        "only", "comment", "comments", "leave", "reply", "rating", "ratings", "rated", "rate", "add", "stars", "star",
        "out", "no", "yet", "share", "shares", "print", "email", "subscribe", "subscribers", "sign", "log", "login",
        "menu", "search", "advertisement", "advert", "sponsored", "read", "reading", "more", "continue", "min",
        "mins", "minute", "minutes", "ago", "hour", "hours", "day", "days", "week", "weeks", "cookie", "cookies",
        "accept", "privacy", "policy", "newsletter", "follow", "like", "likes", "tweet", "facebook", "twitter",
        "whatsapp", "telegram", "linkedin", "copy", "link", "home", "news", "latest", "recent", "related",
        "trending", "popular", "also", "see", "previous", "next", "post", "posts", "article", "articles", "stories",
        "story", "video", "watch", "listen", "audio", "load", "view", "views", "all", "close", "open", "toggle",
        "navigation", "main", "recommended", "editor's", "picks", "tags", "tag", "topics", "category", "categories",
        "required", "fields", "marked", "published", "send", "feedback", "report", "ad", "premium", "free",
        "front", "mind", "must", "don't", "miss", "up", "in", "from", "to", "of", "the", "a", "an", "and", "your",
        "you", "may", "for", "this", "on", "our", "with", "yet", "be", "will", "not", "is", "are", "first", "now",
        "get", "delivered", "inbox", "alerts", "notifications", "updates", "download", "app", "unsubscribe",
        "anytime", "straight", "rights", "reserved", "terms", "contact", "us",
    ]
    /// Words that name a list of other stories or the comment section: a body ends where such a line starts.
    static let sectionWords: Set<String> = [
        "recent", "related", "more", "latest", "also", "comments", "comment", "trending", "popular", "stories",
        "recommended", "picks", "miss", "mind",
    ]
    static let stopWords: Set<String> = ["of", "the", "a", "an", "and", "to", "from", "in", "on", "for", "with"]
    /// Labels that introduce a credit or a date widget: "Writer: …", "Photo: …", "Published: …".
    static let creditLabels: Set<String> = [
        "writer", "author", "authors", "by", "photo", "photos", "image", "images", "picture", "credit", "credits",
        "source", "written by", "reporting by", "edited by", "photograph", "video", "illustration",
    ]
    static let dateLabels: Set<String> = [
        "published", "posted", "posted on", "updated", "last updated", "date", "published on", "first published",
        "updated on", "dated", "filed", "last modified", "modified", "publish date", "published date",
        "date published", "last updated on", "posted at", "published at", "updated at",
    ]
    static let captionMarkers: [String] = [
        "file photo", "(image source)", "(left)", "(right)", "(center)", "(centre)", "(l.)", "(r.)", "(c.)",
        "(l)", "(r)", "(l-r)", "(from left)", "pictured", "via reuters", "reuters/", "ap photo", "/afp", "afp/",
        "getty images", "photo:", "image:", "photograph:", "(photo", "(file photo", "xinhua/", "/xinhua",
    ]

    static let captionMarkerBytes = captionMarkers.map { Array($0.utf8) }

    static func words(_ line: String) -> [String] {
        // One pass over the scalars, ASCII first: this runs on every line of every page.
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { result.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in line.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || v == 0x27 {
                    current.append(scalar)
                } else if (0x41...0x5A).contains(v), let lower = Unicode.Scalar(v + 0x20) {
                    current.append(lower)
                } else {
                    flush()
                }
            } else if scalar == "’" {
                current.append("'")
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !current.isEmpty,
                [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
            {
                current.append(scalar)  // an accent written apart stays with its letter
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// Marks that end a sentence: Latin ones, the ideographic full stop and its full-width kin, the
    /// Devanagari danda, the Arabic question mark and full stop, the Ethiopic full stop.
    private static let sentenceEnds: Set<Character> = [
        ".", "!", "?", "…", ":", ";", "。", "！", "？", "．", "｡", "：", "；", "।", "॥", "؟", "۔", "።",
    ]
    /// The ones of those that end a sentence with no space after them, as Chinese and Japanese write.
    static func endsSentence(_ line: String) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.last, "\"”’')]*」』）》".contains(last) { trimmed.removeLast() }
        guard let last = trimmed.last else { return false }
        return sentenceEnds.contains(last)
    }

    static func sentenceCount(_ line: String) -> Int {
        // one pass over the scalars: every mark that ends a sentence is a single scalar
        var count = 0
        var previous: Unicode.Scalar = " "
        for scalar in line.unicodeScalars {
            if previous.value >= 0x80 {
                if closedSentenceEndScalars.contains(previous)
                    || (scalar == " " && openSentenceEndScalars.contains(previous))
                {
                    count += 1
                }
            } else if scalar == " ", previous == "." || previous == "!" || previous == "?" {
                count += 1
            }
            previous = scalar
        }
        return count + (endsSentence(line) ? 1 : 0)
    }

    private static let closedSentenceEndScalars: Set<Unicode.Scalar> = ["。", "！", "？", "｡"]
    /// Marks that end a sentence when a space follows them: ".", "!", "?", the danda and the Arabic "؟".
    private static let openSentenceEndScalars: Set<Unicode.Scalar> = [".", "!", "?", "।", "॥", "؟"]

    /// Words in a line, a run of an unspaced script counting one word per two letters (the length of a
    /// typical Chinese word), so a paragraph of Chinese is as many words as its English translation.
    static func wordCount(_ line: String) -> Int {
        let ws = words(line)
        guard UnspacedScript.occurs(in: line) else { return ws.count }
        return ws.reduce(0) { total, word in
            let unspaced = word.unicodeScalars.filter(UnspacedScript.contains).count
            return total + (unspaced == 0 ? 1 : (unspaced + 1) / 2)
        }
    }

    /// A line's length in characters, a letter of an unspaced script counting two: one holds about as
    /// much as two of an alphabet.
    static func weightedLength(_ line: String) -> Int {
        guard UnspacedScript.occurs(in: line) else { return line.count }
        return line.count + line.unicodeScalars.filter(UnspacedScript.contains).count
    }

    /// A short line made of widget words: "2 min read", "Rated 0 out of 5 stars.", "Scroll to Top".
    static func isWidget(_ line: String) -> Bool {
        guard line.utf8.count <= 160, line.count <= 80 else { return false }
        return isWidget(words: words(line))
    }

    private static func isWidget(words ws: [String]) -> Bool {
        guard !ws.isEmpty, ws.count <= 8 else { return false }
        let content = ws.filter { !stopWords.contains($0) }
        guard !content.isEmpty else { return true }
        let widget = content.filter { widgetWords.contains($0) || Int($0) != nil }.count
        return Double(widget) / Double(content.count) >= 0.6 && widget >= 1
    }

    /// A widget line that names a list of other stories or a comment section.
    static func isSectionMarker(_ line: String) -> Bool {
        guard line.utf8.count <= 160, line.count <= 80 else { return false }
        let ws = words(line)
        guard isWidget(words: ws) || (line.hasSuffix(":") && ws.count <= 4) else { return false }
        return ws.contains { sectionWords.contains($0) }
    }

    /// A run of ids or an image file name: "0004b631 56b9 4634", "2023 12 04T061815Z 1 LYNX… scaled".
    static func isMachineText(_ line: String) -> Bool {
        // ids, file names and address lines are short: a long run of words is prose however it ends
        if line.utf8.count > 400 { return false }
        // Prose ends a sentence and has spaces: the common case needs no splitting.
        if endsSentence(line), line.utf8.contains(UInt8(ascii: " ")), !line.utf8.allSatisfy({ $0 == 0x20 }) {
            return false
        }
        let parts = line.utf8.split(separator: UInt8(ascii: " ")).map(Substring.init)
        guard parts.count >= 2, !endsSentence(line) else {
            return parts.count == 1 && isCode(parts[0]) && parts[0].count >= 8
        }
        let codes = parts.filter { isCode($0) }.count
        let numbers = parts.filter { $0.allSatisfy(\.isNumber) }.count
        return codes >= 2 || (codes >= 1 && codes + numbers >= (parts.count + 1) / 2)
            || line.lowercased().hasSuffix(" scaled") || hasImageExtension(line)
    }

    private static func isCode(_ part: Substring) -> Bool {
        // a sentence of Chinese with a number in it is one "part" with letters and digits, not an id
        if UnspacedScript.occurs(in: String(part)) { return false }
        let letters = part.filter(\.isLetter).count
        let digits = part.filter(\.isNumber).count
        guard letters > 0, digits > 0 else { return false }
        let hex = part.allSatisfy { $0.isHexDigit }
        return hex || part.count >= 6 || (part.uppercased() == part && part.count >= 4)
    }

    private static func hasImageExtension(_ line: String) -> Bool {
        let lower = line.lowercased()
        return [".jpg", ".jpeg", ".png", ".webp", ".gif"].contains { lower.hasSuffix($0) }
    }

    /// "Writer: Name" and the like: the label and the value.
    static func credit(_ line: String) -> (label: String, value: String)? {
        guard line.utf8.count <= 200, let colon = line.firstIndex(of: ":") else { return nil }
        let label = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard creditLabels.contains(label) || dateLabels.contains(label) else { return nil }
        return (label, value)
    }

    /// "By Mara Ellison" (a short line of capitalised words after "By").
    static func byline(_ line: String) -> String? {
        let lower = line.lowercased()
        for prefix in ["by ", "written by ", "reporting by ", "words by "] where lower.hasPrefix(prefix) {
            let name = String(line.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            let parts = name.split(separator: " ")
            guard (1...6).contains(parts.count), !endsSentence(name) || name.hasSuffix("."),
                parts.allSatisfy({ $0.first?.isUppercase ?? false || ["and", "de", "van", "von", "al"].contains($0) })
            else { return nil }
            return name
        }
        return nil
    }

    static func isCaption(_ line: String) -> Bool {
        guard line.utf8.count <= 400 else { return false }  // captions are short; prose is not searched
        // one pass: at each byte, only the markers that start with it and the next byte are tried
        let lower = Array(line.lowercased().utf8)
        var i = 0
        while i + 1 < lower.count {
            if let markers = captionMarkersByStart[UInt16(lower[i]) << 8 | UInt16(lower[i + 1])] {
                for marker in markers where i + marker.count <= lower.count {
                    if lower[i..<i + marker.count].elementsEqual(marker) { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// The caption markers by their first two bytes.
    private static let captionMarkersByStart = Dictionary(grouping: captionMarkerBytes) {
        UInt16($0[0]) << 8 | UInt16($0[1])
    }

    /// A line that reads like a headline: short, no closing sentence punctuation.
    static func isHeadlineLike(_ line: String) -> Bool {
        line.count <= 160 && !endsSentence(line) && wordCount(line) <= 24
    }

    /// A paragraph of running prose.
    static func isProse(_ line: String) -> Bool {
        let length = weightedLength(line)
        return length >= 160 || (length >= 60 && sentenceCount(line) >= 1 && wordCount(line) >= 10)
    }
}
