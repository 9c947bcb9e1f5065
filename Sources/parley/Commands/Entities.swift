import ArgumentParser
import ParleyModel

/// `parley entities ID`: an article's entities grouped by type.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List an article's people, countries, places, organisations and dates.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON (the export format's entities).") var json = false
    @Argument(help: "The article id.") var id: String

    func run() throws {
        let stored = try options.storedArticle(id)
        if json {
            Output.printJSON(stored.entities.map(ExportDocument.item))
            try Output.nothingMatched(stored.entities.isEmpty)
            return
        }
        for kind in EntityKind.allCases {
            let group = stored.entities.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            Output.line("\(kind.heading) (\(group.count))")
            for entity in group {
                var detail: [String] = []
                if kind == .person {
                    if let role = entity.role { detail.append(role) }
                    if let country = entity.country { detail.append(country) }
                    if entity.leader { detail.append("leader") }
                } else if kind == .date, let precision = entity.role {
                    detail.append(precision)
                }
                let extra = detail.isEmpty ? "" : "  [\(detail.joined(separator: ", "))]"
                Output.line("  \(entity.name)  " + entity.mentionLabel + extra)
            }
        }
        try Output.nothingMatched(stored.entities.isEmpty)
    }
}
