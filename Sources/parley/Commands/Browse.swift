import ArgumentParser
import ParleyModel

/// `parley` with no command: the reader (for now, the article list).
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Browse the library (the default command).")

    @OptionGroup var options: LibraryOptions

    func run() throws {
        let store = try options.openOrSamples()
        Output.printTable(try List.rows(store))
    }
}
