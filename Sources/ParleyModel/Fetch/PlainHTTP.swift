import Foundation

/// One plain-http GET on a socket of its own, read as it arrives: the connection is closed the moment
/// the body passes the size limit or the server goes silent, so a huge or endless body costs no more
/// than the limit, in memory and in transfer.
///
/// Written because URLSession on this toolchain cannot stop a body it has started: measured on a 50 MB
/// body, a task cancelled (or suspended) at 20 MB went on receiving all of it, and `parley fetch`
/// peaked at 204 MB instead of 43 MB. https still goes through URLSession (see `HTTPFetcher`).
struct PlainHTTP {
    var limits: HTTPFetcher.Limits

    /// The status, headers (names in lower case) and decoded body of one request; no redirect followed.
    func get(_ url: URL, headers: [String: String]) throws(FetchError) -> (Int, [String: String], Data) {
        guard let host = url.host, !host.isEmpty else { throw .invalidAddress(url.absoluteString) }
        let port = url.port ?? 80
        let deadline = Date().addingTimeInterval(limits.timeout * 5)
        let socket = try connect(host: host, port: port)
        defer { close(socket) }
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        var request = "GET \(path) HTTP/1.1\r\nHost: \(port == 80 ? host : "\(host):\(port)")\r\n"
        request += "Accept-Encoding: gzip\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request += "\(name): \(value)\r\n" }
        try send(Array((request + "\r\n").utf8), on: socket)

        var reader = SocketReader(socket: socket, timeout: limits.timeout, deadline: deadline)
        let (status, fields) = try reader.head()
        var body: [UInt8] = []
        let noBody = status == 204 || status == 304 || (100..<200).contains(status)
        if !noBody {
            if fields["transfer-encoding"]?.lowercased().contains("chunked") == true {
                body = try reader.chunked(limit: limits.maxBytes)
            } else if let length = fields["content-length"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                guard length <= limits.maxBytes else { throw .tooLarge(limit: limits.maxBytes) }
                body = try reader.exactly(length)
            } else {
                body = try reader.toEnd(limit: limits.maxBytes)
            }
        }
        if fields["content-encoding"]?.lowercased().contains("gzip") == true {
            body = try Self.gunzip(body, limit: limits.maxBytes)
        }
        return (status, fields, Data(body))
    }

    private func connect(host: String, port: Int) throws(FetchError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &found)
        guard resolved == 0, let first = found else {
            throw .network("cannot find the server \(host): \(String(cString: gai_strerror(resolved)))")
        }
        defer { freeaddrinfo(first) }
        var reason = "cannot connect to \(host)"
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            candidate = info.pointee.ai_next
            let socket = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            guard socket >= 0 else { continue }
            // connect without blocking, so the timeout holds for a host that never answers
            let flags = fcntl(socket, F_GETFL)
            _ = fcntl(socket, F_SETFL, flags | O_NONBLOCK)
            if Glibc.connect(socket, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 || errno == EINPROGRESS {
                var poller = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
                var error: Int32 = 0
                var length = socklen_t(MemoryLayout<Int32>.size)
                if poll(&poller, 1, Int32(limits.timeout * 1000)) == 1,
                    getsockopt(socket, SOL_SOCKET, SO_ERROR, &error, &length) == 0, error == 0
                {
                    _ = fcntl(socket, F_SETFL, flags)
                    return socket
                }
                reason = error != 0 ? "cannot connect to \(host): \(String(cString: strerror(error)))" : reason
            }
            close(socket)
        }
        throw .network(reason)
    }

    private func send(_ bytes: [UInt8], on socket: Int32) throws(FetchError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw .network("the connection was closed while sending the request") }
            offset += written
        }
    }

    /// gzip undone, stopping at `limit` bytes of output (a small compressed body can inflate enormously).
    static func gunzip(_ input: [UInt8], limit: Int) throws(FetchError) -> [UInt8] {
        do {
            return [UInt8](try GzipInflater.inflate(Data(input), limit: limit))
        } catch .tooLarge {
            throw .tooLarge(limit: limit)
        } catch {
            throw .network("the gzip body is damaged")
        }
    }
}

/// Reads a response from a socket, each wait bounded by the timeout and all of it by a deadline.
private struct SocketReader {
    let socket: Int32
    let timeout: Double
    let deadline: Date
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    init(socket: Int32, timeout: Double, deadline: Date) {
        self.socket = socket
        self.timeout = timeout
        self.deadline = deadline
    }

    /// Reads more bytes into the buffer; false at the end of the stream.
    private mutating func fill() throws(FetchError) -> Bool {
        if ended { return false }
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        let wait = min(timeout, deadline.timeIntervalSinceNow)
        guard wait > 0 else { throw .timedOut(seconds: timeout) }
        var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(wait * 1000))
        if ready < 0, errno == EINTR { return try fill() }
        guard ready > 0 else { throw .timedOut(seconds: timeout) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = recv(socket, &chunk, chunk.count, 0)
        if count < 0, errno == EINTR { return try fill() }
        guard count >= 0 else { throw .network("the connection broke: \(String(cString: strerror(errno)))") }
        if count == 0 {
            ended = true
            return false
        }
        buffer += chunk[0..<count]
        return true
    }

    private var available: Int { buffer.count - start }

    /// The bytes up to (not including) CRLF, the CRLF consumed.
    private mutating func line(limit: Int = 64 * 1024) throws(FetchError) -> String {
        while true {
            if let end = buffer[start...].firstRange(of: [13, 10]) {
                let text = String(decoding: buffer[start..<end.lowerBound], as: UTF8.self)
                start = end.upperBound
                return text
            }
            guard available <= limit else { throw .network("a header line is too long") }
            guard try fill() else { throw .network("the connection closed in the middle of the response") }
        }
    }

    mutating func head() throws(FetchError) -> (Int, [String: String]) {
        let statusLine = try line()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            throw .network("the server did not answer in HTTP")
        }
        var fields: [String: String] = [:]
        var size = 0
        while true {
            let field = try line()
            if field.isEmpty { break }
            size += field.utf8.count
            guard size < 256 * 1024 else { throw .network("the response headers are too long") }
            guard let colon = field.firstIndex(of: ":") else { continue }
            fields[field[..<colon].lowercased()] = field[field.index(after: colon)...]
                .trimmingCharacters(in: .whitespaces)
        }
        return (status, fields)
    }

    mutating func exactly(_ count: Int) throws(FetchError) -> [UInt8] {
        while available < count {
            guard try fill() else { throw .network("the connection closed before the whole body came") }
        }
        defer { start += count }
        return Array(buffer[start..<start + count])
    }

    mutating func toEnd(limit: Int) throws(FetchError) -> [UInt8] {
        var body: [UInt8] = []
        repeat {
            body += buffer[start...]
            start = buffer.count
            guard body.count <= limit else { throw .tooLarge(limit: limit) }
        } while try fill()
        return body
    }

    mutating func chunked(limit: Int) throws(FetchError) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let sizeLine = try line()
            let hex = sizeLine.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(hex, radix: 16), size >= 0 else { throw .network("a damaged chunked body") }
            if size == 0 { return body }
            guard body.count + size <= limit else { throw .tooLarge(limit: limit) }
            body += try exactly(size)
            _ = try line()
        }
    }
}
