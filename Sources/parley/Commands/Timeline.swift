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
    @Option(help: "Only meetings held in this place (as the timeline names it: \"Beijing\").") var place: String?
    @Option(help: "Only meetings with every one of these words in a participant's name, the place or the date.")
    var matching: String?
    @Flag(help: "Print JSON (the export format's timeline).") var json = false

    func run() throws {
        let start = try from.map(Self.date)
        let end = try to.map(Self.date)
        // '--from 2023-05 --to 2023' is May to December: reversed only when the start is past all of the end
        if let start, let end, start.earliestDay > end.latestDay {
            throw Fail.with("--from \(start) is after --to \(end): nothing can lie between them", .usage)
        }
        let store = try options.openForReading()
        let names = try leader.map { try LeaderQuery.resolve($0, in: store) }
        let entries: [TimelineEntry]
        do {
            entries = try store.timeline(participants: names, from: start, to: end, place: place, text: matching)
        } catch {
            throw Fail.library(error)
        }
        if json {
            Output.printJSON(entries.map(ExportDocument.item))
        } else {
            if let names { Output.line("Meetings of \(names.joined(separator: ", "))") }
            for entry in entries { Output.line(Self.line(entry)) }
            if entries.isEmpty { Console.note("no meetings") }
        }
        try Output.nothingMatched(entries.isEmpty)
    }

    static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { throw Fail.library(LibraryError.invalidDate(text)) }
        return date
    }

    static func line(_ entry: TimelineEntry) -> String {
        let date = (entry.date?.description ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
        let status = entry.status == .planned ? " (planned)" : ""
        let place = entry.place.map { " in \($0)" } ?? ""
        let count = entry.articles.count
        return
            ("\(date)  \(entry.participants.joined(separator: " – "))\(place)\(status)  [\(count) article\(count == 1 ? "" : "s")]")
    }
}

/// `parley meetings ID`: the meetings one article reports.
struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The meetings an article reports, with the sentence each was read from.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Print JSON (the export format's meetings).") var json = false
    @Argument(help: "The article id.") var id: String

    func run() throws {
        let stored = try options.storedArticle(id)
        defer { if stored.meetings.isEmpty { Console.note("no meetings found in \(id)") } }
        if json {
            Output.printJSON(stored.meetings.map(ExportDocument.item))
            try Output.nothingMatched(stored.meetings.isEmpty)
            return
        }
        for meeting in stored.meetings {
            let date = meeting.date?.description ?? "undated"
            let place = [meeting.venue, meeting.place].compactMap { $0 }.joined(separator: ", ")
            Output.line(
                ("\(meeting.participants.joined(separator: " – ")) · \(date) (\(meeting.dateBasis)) · \(place.isEmpty ? "place unknown" : place) · \(meeting.status.rawValue)")
            )
            Output.line("    “\(meeting.evidence)”")
        }
        try Output.nothingMatched(stored.meetings.isEmpty)
    }
}
