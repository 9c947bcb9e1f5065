import ParleyModel

/// A few people, places and articles, so that reports of one pair, one place and one article meet often.
let people = ["Ama Mensah", "Kofi Boateng", "Lena Vogel", "Ravi Iyer", "Mei Lin"]
let places: [String?] = [nil, "Accra", "Berlin", "Delhi"]

/// Reads the input as meeting reports, eight bytes each: the pair (or trio), the date and how precise it
/// is, held or planned, the place, the article, current or background. Builds the timeline and checks
/// what a reader relies on: every report is in exactly one entry, each entry's articles are sorted and
/// its own, entries come in timeline order, and the same reports always give the same timeline.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimeline(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    var reports: [TimelineReport] = []
    var offset = 0
    while offset + 8 <= bytes.count {
        let b = Array(bytes[offset..<offset + 8])
        offset += 8
        var participants = [people[Int(b[0]) % people.count], people[Int(b[0] / 5 + 1) % people.count]]
        if b[7] & 0x80 != 0 { participants.append(people[Int(b[7]) % people.count]) }
        participants = Array(Set(participants))
        guard participants.count >= 2 else { continue }
        let year = 2000 + Int(b[1] % 30)
        let date: CalendarDate? =
            switch b[2] % 4 {
            case 0: nil
            case 1: CalendarDate(year: year)
            case 2: CalendarDate(year: year, month: Int(b[3] % 12) + 1)
            default: CalendarDate(year: year, month: Int(b[3] % 12) + 1, day: Int(b[4] % 28) + 1)
            }
        let meeting = Meeting(
            participants: participants, place: places[Int(b[5]) % places.count], date: date,
            status: b[2] & 0x10 == 0 ? .held : .planned, evidence: "fuzz", evidenceStart: 0, evidenceEnd: 4,
            isCurrent: b[6] & 1 == 1, weekday: b[6] & 2 == 0 ? nil : Int(b[4] % 7) + 1)
        reports.append(TimelineReport(articleId: "a\(b[6] % 16)", meeting: meeting, isCurrent: b[6] & 4 != 0))
    }
    let entries = TimelineBuilder.build(reports)
    precondition(entries.reduce(0) { $0 + $1.evidence.count } == reports.count, "a report was lost or doubled")
    for entry in entries {
        precondition(entry.articles == Array(Set(entry.evidence.map(\.articleId))).sorted(), "articles not its own")
    }
    for (a, b) in zip(entries, entries.dropFirst()) {
        switch (a.date, b.date) {
        case (let x?, let y?): precondition(!(y < x), "entries out of date order")
        case (nil, _?): preconditionFailure("an undated entry before a dated one")
        default: break
        }
    }
    precondition(TimelineBuilder.build(reports) == entries, "the same reports gave another timeline")
    return 0
}
