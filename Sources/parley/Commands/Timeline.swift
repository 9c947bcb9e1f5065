import ArgumentParser
import ParleyModel

/// `parley timeline`: every meeting across the library, once, by date.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The timeline of meetings across every article, oldest first, undated last.")

    @OptionGroup var options: LibraryOptions
    @Option(help: "Only meetings of this person (any spelling, a prefix is enough).") var leader: String?
    @Option(help: "Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).") var from: String?
    @Option(help: "Only meetings on or before this date.") var to: String?
    @Flag(help: "Print JSON (the export format's timeline).") var json = false

    func run() throws {
        let store = try options.openOrSamples()
        let names = try leader.map { try LeaderQuery.resolve($0, in: store) }
        let start = try from.map(Self.date)
        let end = try to.map(Self.date)
        let entries: [TimelineEntry]
        do {
            entries = try store.timeline(participants: names, from: start, to: end)
        } catch {
            throw Fail.with(error.description)
        }
        if json {
            Output.printJSON(entries.map(ExportDocument.item))
            return
        }
        if let names { print("Meetings of \(names.joined(separator: ", "))") }
        for entry in entries { print(Self.line(entry)) }
        if entries.isEmpty { print("(no meetings)") }
    }

    static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { throw Fail.with(LibraryError.invalidDate(text).description) }
        return date
    }

    static func line(_ entry: TimelineEntry) -> String {
        let date = (entry.date?.description ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
        let status = entry.status == .planned ? " (planned)" : ""
        let place = entry.place.map { " in \($0)" } ?? ""
        let count = entry.articles.count
        return DisplayText.sanitize(
            "\(date)  \(entry.participants.joined(separator: " – "))\(place)\(status)  [\(count) article\(count == 1 ? "" : "s")]"
        )
    }
}

/// `parley meetings ID`: the meetings one article reports.
struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The meetings an article reports, with the sentence each was read from.")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "The article id.") var id: String

    func run() throws {
        let stored = try options.storedArticle(id)
        for meeting in stored.meetings {
            let date = meeting.date?.description ?? "undated"
            let place = [meeting.venue, meeting.place].compactMap { $0 }.joined(separator: ", ")
            print(
                DisplayText.sanitize(
                    "\(meeting.participants.joined(separator: " – ")) · \(date) (\(meeting.dateBasis)) · \(place.isEmpty ? "place unknown" : place) · \(meeting.status.rawValue)"
                ))
            print(DisplayText.sanitize("    “\(meeting.evidence)”"))
        }
        if stored.meetings.isEmpty { print("(no meetings found in \(id))") }
    }
}
