import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// The class and id words of `language/page-names.tsv`: several languages, read as data, and pages of my
/// own writing whose furniture is named in a language other than English.
@Suite struct PageNameVocabularyTests {
    @Test func bundledVocabularyNamesEveryRoleInSeveralLanguages() {
        let vocabulary = PageNameVocabulary.bundled
        for role in PageNameVocabulary.Role.allCases {
            #expect(!vocabulary[role].isEmpty, "no names for \(role)")
        }
        for word in ["kommentar", "comentario", "werbung", "partage", "condividi"] {
            #expect(HTMLBoilerplate.strongNames.contains(word), "\(word)")
        }
        for word in ["inhalt", "contenido", "contenuto", "tresc"] {
            #expect(vocabulary[.content].contains(word), "\(word)")
        }
    }

    @Test func malformedLineIsReportedWithItsLine() {
        let reason = "'Share Bar' is not a lower-case name"
        #expect(throws: KnowledgeError.malformed(file: "page-names.tsv", line: 2, reason: reason)) {
            try PageNameVocabulary.parse("# roles\nstrong\tShare Bar\ten\n")
        }
        #expect(throws: KnowledgeError.self) { try PageNameVocabulary.parse("furniture\tshare\ten\n") }
    }

    @Test func commentsNamedInSpanishAreLeftOut() throws {
        // the readers' comments are longer than the story, with more commas: only their name tells them apart
        let html = """
            <html><body>
            <div class="cuerpo-nota">
            <p>El puerto de Valparaíso ampliará el muelle norte, según anunció el lunes la empresa portuaria, \
            para recibir a los nuevos transbordadores.</p>
            <p>Las obras empezarán en abril y durarán, según el plan, unos dieciocho meses.</p>
            </div>
            <section class="comentarios">
            <p>Por fin, después de tantos años, alguien se acuerda del muelle, aunque, claro, habrá que ver si \
            cumplen los plazos, porque ya sabemos cómo terminan estas cosas, con retrasos, sobrecostos y excusas.</p>
            <p>Yo vivo cerca, y les digo que el ruido, el polvo y los camiones, sobre todo de noche, van a ser un \
            problema, pero bueno, el progreso, dicen, tiene su precio, y lo pagamos los vecinos.</p>
            </section>
            </body></html>
            """
        let text = try Fixtures.article(html, name: "pagina.html").text
        #expect(text.contains("El puerto de Valparaíso ampliará el muelle norte"))
        #expect(!text.contains("Por fin") && !text.contains("el progreso"))
    }
}
