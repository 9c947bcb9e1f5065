import CLibXML2

/// libxml2's one-time set-up, shared by the HTML and feed readers.
enum XMLParsing {
    /// Initialises libxml2 once per process; its parsers are then safe to use from several threads.
    static let ready: Void = { xmlInitParser() }()
}
