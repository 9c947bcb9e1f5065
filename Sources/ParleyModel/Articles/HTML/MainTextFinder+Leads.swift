/// An article's lead (standfirst, summary, "chapo") often stands in its header, apart from the box that
/// holds the body: it is read with the body when it comes just before it in the same article.
extension MainTextFinder {
    /// Lead boxes before `roots` inside the same article: named as a lead, a paragraph of prose rather than
    /// a line or links, not furniture. The article is the nearest `<article>` or `<main>` around the first root, else the box
    /// two levels above it.
    func leads(before roots: [Int]) -> [Int] {
        guard let first = roots.min(), first > 0 else { return [] }
        let elements = document.elements
        var scope = elements[first].parent
        while scope > 0, !Self.declaresMain(elements[scope]) {
            scope = elements[scope].parent
        }
        if scope <= 0 {
            scope = first
            for _ in 0..<2 where elements[scope].parent > 0 && elements[elements[scope].parent].tag != "body" {
                scope = elements[scope].parent
            }
        }
        guard scope + 1 < first else { return [] }
        var found: [Int] = []
        for index in (scope + 1)..<first where names[index].lead && !removed[index] {
            guard !isDescendant(first, of: index), !found.contains(where: { isDescendant(index, of: $0) }) else {
                continue
            }
            let prose = characters[index] - linkCharacters[index]
            guard prose >= Self.leadParagraph, linkDensity(index) < 0.3 else { continue }
            found.append(index)
            if found.count == 2 { break }
        }
        return found
    }
}
