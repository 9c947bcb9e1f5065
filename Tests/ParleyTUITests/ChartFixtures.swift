/// A small library for the chart: one leader's counterparts over two years, one planned visit, one
/// meeting reported twice, and a pair without that leader.
enum ChartFixtures {
    static let meetings: [(published: String, first: String, second: String, place: String)] = [
        ("March 7, 2023", "Chinese President Xi Jinping", "Belarusian President Alexander Lukashenko", "Beijing"),
        ("July 4, 2023", "Chinese President Xi Jinping", "Belarusian President Alexander Lukashenko", "Minsk"),
        ("February 6, 2024", "Chinese President Xi Jinping", "Belarusian President Alexander Lukashenko", "Beijing"),
        ("March 21, 2023", "Chinese President Xi Jinping", "Russian President Vladimir Putin", "Moscow"),
        ("October 17, 2023", "Chinese President Xi Jinping", "Russian President Vladimir Putin", "Beijing"),
        ("May 14, 2024", "Chinese President Xi Jinping", "Russian President Vladimir Putin", "Beijing"),
        ("April 11, 2023", "Chinese President Xi Jinping", "Brazilian President Luiz Inácio Lula da Silva", "Beijing"),
        ("May 2, 2024", "Kenyan President William Ruto", "Ethiopian Prime Minister Abiy Ahmed", "Nairobi"),
    ]

    static let files: [String: String] = {
        var files: [String: String] = [:]
        for (index, meeting) in meetings.enumerated() {
            files["talks-\(index + 1).txt"] = """
                Talks number \(index + 1)

                Published: \(meeting.published)

                \(meeting.first) met \(meeting.second) in \(meeting.place) on Tuesday. The two leaders spoke about \
                trade and a new rail line.
                """
        }
        files["second-report.txt"] = """
            Minsk and Beijing sign a rail deal

            Published: March 7, 2023

            Belarusian President Alexander Lukashenko held talks with Chinese President Xi Jinping in Beijing on \
            Tuesday, and the two signed a plan for freight trains.
            """
        files["visit-ahead.txt"] = """
            Visit ahead

            Published: June 3, 2024

            Chinese President Xi Jinping will meet Russian President Vladimir Putin in Astana next month, \
            officials said.
            """
        return files
    }()
}
