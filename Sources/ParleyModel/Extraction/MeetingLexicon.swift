import Foundation

/// The words of meetings and of what is not one, read from `language/meeting-phrases.tsv`: the
/// inflected forms `Scripts/language/generate.py` makes from the lexicon written once per lemma
/// (`Scripts/language/meetings.tsv`). Each phrase is a sequence of match keys with its role.
struct MeetingLexicon: Sendable {
    var triggers: [([String], MeetingCues.Shape)] = []
    var remote: Set<String> = []
    var hoped: [[String]] = []
    var undone: Set<String> = []
    var aggregate: Set<String> = []
    var planned: [[String]] = []

    /// Reads the generated file's lines; comments and blank lines are skipped, an unknown role is an error.
    init(reading text: String, file: String = "meeting-phrases.tsv") throws(KnowledgeError) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else {
                throw .malformed(file: file, line: number + 1, reason: "expected 'phrase<TAB>role'")
            }
            let words = parts[0].split(separator: " ").map(String.init)
            switch parts[1] {
            case "with": triggers.append((words, .with))
            case "transitive": triggers.append((words, .transitive))
            case "passive": triggers.append((words, .passive))
            case "together": triggers.append((words, .together))
            case "remote": remote.formUnion(words)
            case "hoped": hoped.append(words)
            case "undone": undone.formUnion(words)
            case "aggregate": aggregate.formUnion(words)
            case "planned": planned.append(words)
            default: throw .malformed(file: file, line: number + 1, reason: "unknown role '\(parts[1])'")
            }
        }
    }

    /// The lexicon shipped with Parley.
    static func loadBundled() throws(KnowledgeError) -> MeetingLexicon {
        guard let url = Bundle.module.url(forResource: "language/meeting-phrases", withExtension: "tsv"),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw .missingFile("language/meeting-phrases.tsv (resource bundle)") }
        return try MeetingLexicon(reading: String(decoding: data, as: UTF8.self))
    }

    /// Loaded once. A lexicon that cannot be read stops Parley with the reason: without it no meeting
    /// could be found, and an empty timeline would pass for a true one.
    static let bundled: MeetingLexicon = {
        do {
            return try loadBundled()
        } catch {
            fatalError("Parley's meeting lexicon cannot be read: \(error)")
        }
    }()
}
