import Foundation
import ParleyModel

/// Feeds raw bytes through the whole reading path, as the ingester does after loading a file: UTF-8
/// decoding (with repair), byte-order mark, then the reader the extension picks. The first byte
/// chooses the extension, so plain text, Markdown and a refused extension are all reached: in the seed
/// files a leading "A" reads the rest as .txt, "B" as .md, "C" as .text, "D" as .markdown, "E" as .html.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let extensions = ["txt", "md", "text", "markdown", "html"]
    let ext = extensions[Int(start[0]) % extensions.count]
    let data = Data(bytes: start + 1, count: count - 1)
    let url = URL(fileURLWithPath: "/fuzz/input.\(ext)")
    if let article = try? ArticleReading.read(data: data, url: url) {
        // Touch what the assembler built, so nothing is optimised away.
        _ = article.title.utf8.count + article.paragraphs.count + article.warnings.count
    }
    return 0
}
