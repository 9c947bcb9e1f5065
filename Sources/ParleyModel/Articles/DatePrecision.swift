/// How much of a date the evidence supports: never more than the text says.
public enum DatePrecision: String, Sendable, Codable, Comparable, CaseIterable {
    case unknown, year, month, day

    private var rank: Int {
        switch self {
        case .unknown: 0
        case .year: 1
        case .month: 2
        case .day: 3
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}
