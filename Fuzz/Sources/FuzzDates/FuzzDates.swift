import ParleyModel

/// Reference dates to resolve against: a plain weekday, a leap day, a year end, a month-only date and
/// none at all, so each resolver branch sees both a known and an unknown calendar.
let references: [CalendarDate?] = [
    CalendarDate(year: 2024, month: 5, day: 9),
    CalendarDate(year: 2024, month: 2, day: 29),
    CalendarDate(year: 1999, month: 12, day: 31),
    CalendarDate(year: 2021, month: 7),
    nil,
]

/// Tokenizes the input, scans it for date phrases and resolves every phrase found, backwards and
/// forwards in time, against each reference.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let tokens = Tokenizer.tokenize(text)
    for mention in DateScanner.scan(tokens) {
        precondition(mention.start <= mention.end, "a date mention ends before it starts")
        for reference in references {
            let resolver = DateResolver(reference: reference)
            _ = resolver.resolve(mention.expression, future: false)
            _ = resolver.resolve(mention.expression, future: true)
        }
    }
    return 0
}
