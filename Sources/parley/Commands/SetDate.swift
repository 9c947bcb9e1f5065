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
        let store = try options.open()
        do {
            if date == "clear" {
                try store.setPublicationDate(id: id, to: nil)
                print("\(id): your date removed")
                return
            }
            guard let value = CalendarDate(iso: date) else { throw LibraryError.invalidDate(date) }
            try store.setPublicationDate(id: id, to: value)
            try store.reanalyze(id: id)
            print("\(id): published \(value) (set by you)")
        } catch let error as LibraryError {
            throw Fail.with(error.description)
        }
    }
}
