import ArgumentParser
import ParleyModel

/// `parley date ID YYYY-MM-DD`: a person's correction of a publication date.
struct SetDate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "date",
        abstract: "Set or correct an article's publication date (kept when the file is added again).")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "The article id.") var id: String
    @Argument(help: "YYYY-MM-DD, YYYY-MM or YYYY; 'clear' removes your date.") var date: String

    func run() throws {
        let value = date == "clear" ? nil : CalendarDate(iso: date)
        if value == nil, date != "clear" { throw Fail.library(.invalidDate(date)) }
        let store = try options.openForWriting()
        do {
            try store.correctPublicationDate(id: id, to: value)
        } catch {
            throw Fail.library(error)
        }
        Output.line(value.map { "\(id): published \($0) (set by you)" } ?? "\(id): your date removed")
    }
}
