import ParleyModel
import ParleyTestSupport
import Testing

/// Leaders of every continent, written the way news writes them (particles, regnal numbers, family
/// name first, initials, one name, missing accents), are the generated knowledge's leaders. The
/// sentence around each name is written for this test.
@Suite struct WorldLeadersTests {
    static let cases: [(written: String, canonical: String, country: String)] = [
        // Asia
        ("Lee Jae-myung", "Lee Jae-myung", "South Korea"), ("Phạm Minh Chính", "Pham Minh Chinh", "Vietnam"),
        ("S. Jaishankar", "Subrahmanyam Jaishankar", "India"), ("Prabowo", "Prabowo Subianto", "Indonesia"),
        ("Anwar Ibrahim", "Anwar Ibrahim", "Malaysia"), ("Shigeru Ishiba", "Shigeru Ishiba", "Japan"),
        ("Shehbaz Sharif", "Shehbaz Sharif", "Pakistan"),
        ("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "Kazakhstan"),
        ("Shavkat Mirziyoyev", "Shavkat Mirziyoyev", "Uzbekistan"), ("Nikol Pashinyan", "Nikol Pashinyan", "Armenia"),
        ("Ilham Aliyev", "Ilham Aliyev", "Azerbaijan"),
        // Middle East and North Africa
        ("King Abdullah II", "Abdullah II of Jordan", "Jordan"),
        ("Mohammed bin Salman", "Mohammed bin Salman", "Saudi Arabia"),
        ("Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi", "Egypt"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Turkey"),
        ("Abdelmadjid Tebboune", "Abdelmadjid Tebboune", "Algeria"),
        // Africa
        ("Bola Tinubu", "Bola Tinubu", "Nigeria"), ("William Ruto", "William Ruto", "Kenya"),
        ("Cyril Ramaphosa", "Cyril Ramaphosa", "South Africa"), ("Paul Kagame", "Paul Kagame", "Rwanda"),
        ("Hakainde Hichilema", "Hakainde Hichilema", "Zambia"),
        // Europe
        ("King Felipe VI", "Felipe VI", "Spain"),
        ("Ursula von der Leyen", "Ursula von der Leyen", "European Union"),
        ("Mette Frederiksen", "Mette Frederiksen", "Denmark"), ("Alexander Stubb", "Alexander Stubb", "Finland"),
        ("Donald Tusk", "Donald Tusk", "Poland"), ("Giorgia Meloni", "Giorgia Meloni", "Italy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Ukraine"), ("Viktor Orban", "Viktor Orbán", "Hungary"),
        // The Americas
        ("Lula", "Luiz Inácio Lula da Silva", "Brazil"), ("Javier Milei", "Javier Milei", "Argentina"),
        ("Claudia Sheinbaum", "Claudia Sheinbaum", "Mexico"), ("Mark Carney", "Mark Carney", "Canada"),
        ("Gustavo Petro", "Gustavo Petro", "Colombia"), ("Gabriel Boric", "Gabriel Boric", "Chile"),
        ("Yamandu Orsi", "Yamandú Orsi", "Uruguay"), ("Daniel Noboa", "Daniel Noboa", "Ecuador"),
        ("José Raúl Mulino", "José Raúl Mulino", "Panama"), ("Bernardo Arevalo", "Bernardo Arévalo", "Guatemala"),
        // Oceania
        ("Anthony Albanese", "Anthony Albanese", "Australia"),
        ("Christopher Luxon", "Christopher Luxon", "New Zealand"),
        ("Sitiveni Rabuka", "Sitiveni Rabuka", "Fiji"), ("James Marape", "James Marape", "Papua New Guinea"),
    ]

    @Test func theCasesSpanThirtyCountriesOnEveryContinent() {
        #expect(Set(Self.cases.map(\.country)).count >= 30)
    }

    @Test(arguments: cases)
    func aLeaderWrittenAsNewsWritesThemIsKnown(written: String, canonical: String, country: String) throws {
        let article = try Fixtures.article(
            "Fair opens\n\nOn Monday \(written) opened a trade fair and toured the stands for an hour.\n")
        let people = ArticleAnalyzer.shared.analyze(article).entities.filter { $0.kind == .person }
        let person = try #require(people.first, "\(written) was not found")
        #expect(person.name == canonical)
        #expect(person.country == country)
        #expect(person.leader)
        #expect(people.count == 1)
    }
}
