import ParleyModel

/// Puts every input inside a Markdown front-matter fence, so the fuzzer spends its time on key and
/// value lines, the closing fence and what the assembler makes of `title`, `published`, `author`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = "---\n" + String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let article = MarkdownReader().read(text, id: "fuzz", source: "/fuzz/input.md")
    _ = article.title.utf8.count + article.paragraphs.count + (article.published == nil ? 0 : 1)
    return 0
}
