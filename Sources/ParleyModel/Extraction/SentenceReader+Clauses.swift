/// Cutting a sentence that reports several meetings into clauses of one meeting word each.
extension SentenceReader {
    /// A meeting word found in the text: where, and how it relates its people.
    typealias Trigger = (words: Range<Int>, shape: MeetingCues.Shape)

    /// The meeting word starting at token `i`, longest first, if one does and fits in `range`.
    func trigger(at i: Int, in range: Range<Int>) -> Trigger? {
        guard tokens[i].kind == .word, let candidates = MeetingExtractor.triggersByFirstWord[keys[i]] else {
            return nil
        }
        for (words, shape) in candidates {
            if let end = match(words, at: i, before: range.upperBound) { return (i..<end, shape) }
        }
        return nil
    }

    /// Where `words` end when they stand at token `start`; "*" takes up to two filler words
    /// ("held their annual summit", "held bilateral talks with").
    private func match(_ words: [String], at start: Int, before limit: Int) -> Int? {
        var j = start
        for (w, word) in words.enumerated() {
            if word == "*" {
                var skipped = 0
                while skipped < 2, j < limit, MeetingCues.fillers.contains(keys[j]),
                    w + 1 >= words.count || keys[j] != words[w + 1]
                {
                    j += 1
                    skipped += 1
                }
                continue
            }
            guard j < limit, keys[j] == word else { return nil }
            j += 1
        }
        return j
    }

    /// The sentence cut before each meeting word after the first, at the last clause boundary between
    /// the two: "A met B in Nairobi on Monday | and will meet C in Abuja on Friday". A "where" or "when"
    /// clause takes the place or date just before it: "flew | to Hanoi, where he met C".
    ///
    /// One meeting word, or none, leaves the sentence whole. Each clause comes with its first meeting word.
    func clauses(in range: Range<Int>) -> [(range: Range<Int>, trigger: Trigger?)] {
        var found: [Trigger] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let match = trigger(at: i, in: range) {
                found.append(match)
                i = match.words.upperBound
            } else {
                i += 1
            }
        }
        let triggers = found.map(\.words)
        guard let first = triggers.first else { return [(range, nil)] }
        // a call or a letter after the first meeting word is a clause of its own: "A met B on Monday and
        // spoke by phone with C on Tuesday" still reports the meeting with B
        let calls = (first.upperBound..<range.upperBound).filter { position in
            MeetingCues.remote.contains(keys[position]) && !triggers.contains { $0.contains(position) }
        }
        let anchors = (triggers + calls.map { $0..<$0 + 1 }).sorted { $0.lowerBound < $1.lowerBound }
        guard anchors.count > 1 else { return [(range, found.first)] }
        var cuts: [Int] = []
        for (previous, next) in zip(anchors, anchors.dropFirst()) {
            let gap = previous.upperBound..<next.lowerBound
            guard var cut = gap.last(where: { MeetingCues.clauseBoundaries.contains(keys[$0]) }) else { continue }
            // "a day after A hosted B": the count goes with the clause it dates
            if ["after", "before"].contains(keys[cut]), cut - 2 >= previous.upperBound,
                ["day", "days"].contains(keys[cut - 1])
            {
                cut -= 2
            }
            if keys[cut] == "where" || keys[cut] == "when" {
                let floor = max(previous.upperBound, cut - 5)
                if let preposition = (floor..<cut).last(where: { MeetingCues.clauseSettings.contains(keys[$0]) }) {
                    cut = preposition
                }
            }
            if cut > (cuts.last ?? range.lowerBound) { cuts.append(cut) }
        }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for cut in cuts {
            parts.append(start..<cut)
            start = cut
        }
        parts.append(start..<range.upperBound)
        return parts.map { part in (part, found.first { part.contains($0.words.lowerBound) }) }
    }
}
