import Foundation

/// The words of class and id names that mark a page's furniture or its article, in several languages, read
/// from `language/page-names.tsv` ("role<TAB>name<TAB>languages"): a new language is lines of data, not code.
struct PageNameVocabulary: Sendable, Equatable {
    /// What a name says about the element that carries it (the roles the file documents).
    enum Role: String, CaseIterable, Sendable {
        case certain, strong, weak, token, content, exception, lead
        case stateFirst = "state-first"
        case stateLast = "state-last"
    }

    private var names: [Role: [String]] = [:]

    /// The names of one role, in the file's order.
    subscript(role: Role) -> [String] { names[role] ?? [] }

    /// Reads the file's lines; comments and blank lines are skipped, a name is lower-case letters, digits
    /// and "-" between words.
    static func parse(_ text: String, file: String = "page-names.tsv") throws(KnowledgeError) -> PageNameVocabulary {
        var vocabulary = PageNameVocabulary()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3, let role = Role(rawValue: String(parts[0])) else {
                throw .malformed(file: file, line: number + 1, reason: "expected 'role<TAB>name<TAB>languages'")
            }
            let name = String(parts[1])
            let allowed = name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
            guard allowed, !name.isEmpty, !name.hasPrefix("-"), !name.hasSuffix("-") else {
                throw .malformed(file: file, line: number + 1, reason: "'\(name)' is not a lower-case name")
            }
            vocabulary.names[role, default: []].append(name)
        }
        return vocabulary
    }

    /// Loaded once; a file that cannot be read stops Parley with the reason, as the month names do.
    static let bundled: PageNameVocabulary = {
        do {
            guard let url = Bundle.module.url(forResource: "language/page-names", withExtension: "tsv"),
                let data = FileManager.default.contents(atPath: url.path)
            else { throw KnowledgeError.missingFile("language/page-names.tsv (resource bundle)") }
            return try parse(String(decoding: data, as: UTF8.self))
        } catch {
            fatalError("Parley's page names cannot be read: \(error)")
        }
    }()
}
