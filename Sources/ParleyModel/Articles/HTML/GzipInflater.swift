import CZlib
import Foundation

/// Inflates a gzip file (a page saved as `.html.gz`) with zlib, refusing output past a limit so a small
/// file cannot unpack into an unbounded one.
enum GzipInflater {
    /// Why a file did not inflate: not gzip (or cut short), or past the limit.
    enum Failure: Error, Equatable {
        case notGzip
        case tooLarge(limit: Int)
    }

    /// The inflated bytes of `data`; every gzip member in turn, as `gunzip` reads them.
    static func inflate(_ data: Data, limit: Int) throws(Failure) -> Data {
        guard data.starts(with: [0x1F, 0x8B]) else { throw .notGzip }
        var stream = z_stream()
        // 15 window bits + 16: a gzip header and trailer, not a bare zlib stream
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .notGzip
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var failure: Failure?
        data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            guard let base = input.baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(input.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit {
                    failure = .tooLarge(limit: limit)
                    return
                }
                output.append(contentsOf: chunk[..<produced])
                if status == Z_STREAM_END {
                    // another member follows, or the file ends here
                    guard stream.avail_in > 0, inflateReset(&stream) == Z_OK else { return }
                    continue
                }
                if status != Z_OK {
                    failure = .notGzip
                    return
                }
                if stream.avail_in == 0, produced == 0 {
                    failure = .notGzip  // cut short: the stream never ended
                    return
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
