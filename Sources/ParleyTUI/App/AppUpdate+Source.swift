import ParleyModel

/// `o` (open in the browser) and `y` (copy the link): on the article the person points at.
extension AppUpdate {
    /// The article `o` and `y` act on: the row under the list's cursor, else the open article.
    static func sourceAction(copy: Bool, state: inout AppState) -> [Effect] {
        if state.focus == .list, let row = state.list.selectedRow {
            return sourceAction(of: row.id, copy: copy, state: &state)
        }
        guard let opened = state.reader.article?.article else {
            state.message = "no article is open"
            return []
        }
        return sourceAction(of: opened.id, copy: copy, state: &state)
    }

    /// Opens or copies the source of article `id`: at once when it is the open article, else once the
    /// library has said where it came from.
    static func sourceAction(of id: String, copy: Bool, state: inout AppState) -> [Effect] {
        guard let opened = state.reader.article?.article, opened.id == id else {
            return [.findSource(articleId: id, copy: copy)]
        }
        // A saved web page opens at its address on the web; other articles at their source.
        return sourceLink(opened.canonicalURL ?? opened.source, copy: copy, state: &state)
    }

    /// Checks a source and hands it to the browser or the clipboard, or says why not.
    static func sourceLink(_ source: String, copy: Bool, state: inout AppState) -> [Effect] {
        switch SourceLink.check(source) {
        case .allowed(let link): return [copy ? .copyLink(link) : .openSource(link)]
        case .refused(let reason):
            state.message = reason
            state.isError = true
            return []
        }
    }
}
