import Foundation

/// The months as sites print them in other languages, read from `language/month-names.tsv` (made from
/// the Unicode CLDR by `Scripts/language/months.py`): a date stamp in a site's own language ("14 marca
/// 2019", "3. März 2021", "12 de febrero de 2019") dates its article as an English one would.
enum MonthNames {
    static let english = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    /// The words that join a day, a month and a year in some languages ("12 de febrero de 2019").
    static let joiners: Set<String> = ["de", "del", "do", "da", "di", "du", "den", "im", "w", "v", "a"]

    /// Reads the generated file's lines ("name<TAB>month"); comments and blank lines are skipped.
    static func parse(_ text: String, file: String = "month-names.tsv") throws(KnowledgeError) -> [String: Int] {
        var months: [String: Int] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
                throw .malformed(file: file, line: number + 1, reason: "expected 'name<TAB>month number'")
            }
            months[String(parts[0])] = month
        }
        return months
    }

    /// Loaded once; a file that cannot be read stops Parley with the reason, as the meeting lexicon does.
    static let bundled: [String: Int] = {
        do {
            guard let url = Bundle.module.url(forResource: "language/month-names", withExtension: "tsv"),
                let data = FileManager.default.contents(atPath: url.path)
            else { throw KnowledgeError.missingFile("language/month-names.tsv (resource bundle)") }
            return try parse(String(decoding: data, as: UTF8.self))
        } catch {
            fatalError("Parley's month names cannot be read: \(error)")
        }
    }()

    /// The line with each month named in another language written in English, a day's closing dot and
    /// the joining words dropped ("14 marca 2019" → "14 March 2019"); nil when it names no such month.
    static func inEnglish(_ line: String, months: [String: Int] = bundled) -> String? {
        let words = line.split(separator: " ")
        var named = false
        var out: [String] = []
        for word in words {
            let comma = word.hasSuffix(",")
            let core = word.trimmingCharacters(in: CharacterSet(charactersIn: ",."))
            if let month = months[core.lowercased().precomposedStringWithCanonicalMapping] {
                named = true
                out.append(english[month - 1] + (comma ? "," : ""))
            } else if joiners.contains(core.lowercased()) {
                continue
            } else if !core.isEmpty, core.allSatisfy(\.isNumber) {
                out.append(core + (comma ? "," : ""))  // "3." in German is the third
            } else {
                out.append(String(word))
            }
        }
        return named ? out.joined(separator: " ") : nil
    }
}
