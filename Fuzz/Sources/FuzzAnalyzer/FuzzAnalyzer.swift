import Foundation
import ParleyModel

/// The bundled gazetteer is loaded once; building it per input would drown the fuzzer.
let analyzer = ArticleAnalyzer.shared
/// The publication date given to half the inputs.
let published = PublicationDate(date: CalendarDate(year: 2024, month: 5, day: 9), basis: "fuzz harness")

/// Reads the input as a plain-text article (the readers' own harness covers reading) and runs every
/// extractor over it. An odd first byte ("1" in the seeds) gives it a publication date to resolve
/// relative dates against; an even one ("0") leaves it without.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let withReference = start[0] & 1 == 1
    let data = Data(bytes: start + 1, count: count - 1)
    guard let article = try? ArticleReading.read(data: data, url: URL(fileURLWithPath: "/fuzz/input.txt")) else {
        return 0
    }
    let reference = withReference ? published : nil
    let analysis = analyzer.analyze(article, reference: reference)
    _ = analysis.entities.count + analysis.meetings.count
    return 0
}
