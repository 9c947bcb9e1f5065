import Foundation
import Synchronization

/// An HTTP/1.1 server on 127.0.0.1 at a port the kernel picks, for tests of fetching: each request is
/// answered by the handler the test gives, on a thread of its own, and logged.
///
/// It listens before `init` returns, so a client may connect at once (the kernel queues the connection
/// until the accept loop takes it): nothing waits for the server to be ready.
public final class LoopbackServer: Sendable {
    /// One request as the server read it.
    public struct Request: Sendable {
        public var method: String
        public var path: String
        /// Header names in lower case.
        public var headers: [String: String]
    }

    /// What to send back.
    public enum Reply: Sendable {
        case response(status: Int, headers: [String: String] = [:], body: Data = Data())
        /// Headers and then nothing, until the server stops: a server that is too slow.
        case stall
        /// The body in chunked transfer coding, `size` bytes a chunk.
        case chunked(headers: [String: String], body: Data, size: Int)
        /// A body of `bytes` generated as it is sent, never held whole; without a declared length when
        /// `declared` is false (the connection's end ends it).
        case endless(bytes: Int, declared: Bool)
    }

    /// A logged exchange: the request and the status answered.
    public struct Exchange: Sendable {
        public var request: Request
        public var status: Int
    }

    public let port: UInt16
    private let listener: Int32
    private let handler: @Sendable (Request) -> Reply
    private let exchanges = Mutex<[Exchange]>([])
    private let connections = Mutex<Set<Int32>>([])
    private let stopped = Mutex(false)
    private let stopping = DispatchSemaphore(value: 0)
    private let endlessSent = Mutex<[Int]>([])
    private let endlessEnded = DispatchSemaphore(value: 0)

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every exchange so far, in the order the answers were sent.
    public var log: [Exchange] { exchanges.withLock { $0 } }

    /// Waits (up to `timeout` seconds) until `count` endless replies have ended, the client having
    /// hung up or the body having been sent whole, and returns how many body bytes each one sent.
    public func endlessReplies(_ count: Int, timeout: Double = 30) -> [Int] {
        for _ in 0..<count where endlessEnded.wait(timeout: .now() + timeout) == .timedOut { break }
        return endlessSent.withLock { $0 }
    }

    public init(handler: @escaping @Sendable (Request) -> Reply) throws {
        self.handler = handler
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(socket, 256) == 0 else {
            close(socket)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        listener = socket
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Stops accepting, releases stalled replies and closes every connection.
    public func stop() {
        let first = stopped.withLock { stopped -> Bool in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for _ in 0..<64 { stopping.signal() }
        for connection in connections.withLock({ $0 }) { shutdown(connection, Int32(SHUT_RDWR)) }
    }

    deinit { stop() }

    private var isStopped: Bool { stopped.withLock { $0 } }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            var yes: Int32 = 1
            setsockopt(connection, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            connections.withLock { _ = $0.insert(connection) }
            let thread = Thread { [self] in
                serve(connection)
                connections.withLock { _ = $0.remove(connection) }
                close(connection)
            }
            thread.start()
        }
    }

    /// Answers requests on one connection until the client closes it (keep-alive, as clients expect).
    private func serve(_ connection: Int32) {
        var buffer: [UInt8] = []
        while !isStopped {
            guard let request = readRequest(connection, buffer: &buffer) else { return }
            let reply = handler(request)
            switch reply {
            case .response(let status, let headers, let body):
                var all = headers
                all["Content-Length"] = String(body.count)
                record(request, status)
                guard send(connection, head(status, all) + Array(body)) else { return }
                if request.method == "HEAD" { continue }
            case .chunked(let headers, let body, let size):
                var all = headers
                all["Transfer-Encoding"] = "chunked"
                record(request, 200)
                var bytes = head(200, all)
                for start in stride(from: 0, to: body.count, by: max(1, size)) {
                    let piece = body[body.startIndex + start..<body.startIndex + min(body.count, start + size)]
                    bytes += Array("\(String(piece.count, radix: 16));ext=1\r\n".utf8) + piece + [13, 10]
                }
                bytes += Array("0\r\n\r\n".utf8)
                guard send(connection, bytes) else { return }
            case .stall:
                record(request, 0)
                _ = send(connection, head(200, ["Content-Type": "application/rss+xml", "Content-Length": "100"]))
                stopping.wait()
                return
            case .endless(let bytes, let declared):
                record(request, 200)
                var headers = ["Content-Type": "application/rss+xml", "Connection": "close"]
                if declared { headers["Content-Length"] = String(bytes) }
                guard send(connection, head(200, headers)) else { return }
                let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 64 * 1024)
                var sent = 0
                while sent < bytes, !isStopped {
                    let count = min(chunk.count, bytes - sent)
                    guard send(connection, Array(chunk[0..<count])) else { break }
                    sent += count
                }
                endlessSent.withLock { $0.append(sent) }
                endlessEnded.signal()
                return
            }
        }
    }

    private func record(_ request: Request, _ status: Int) {
        exchanges.withLock { $0.append(Exchange(request: request, status: status)) }
    }

    private func head(_ status: Int, _ headers: [String: String]) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(HTTPStatus.reason(status))\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }

    private func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Reads up to the blank line after the headers (requests here have no body).
    private func readRequest(_ connection: Int32, buffer: inout [UInt8]) -> Request? {
        let end: [UInt8] = [13, 10, 13, 10]
        while true {
            if let range = buffer.firstRange(of: end) {
                let head = String(decoding: buffer[..<range.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<range.upperBound)
                var lines = head.components(separatedBy: "\r\n")
                let requestLine = lines.removeFirst().split(separator: " ")
                guard requestLine.count >= 2 else { return nil }
                var headers: [String: String] = [:]
                for line in lines {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                        .trimmingCharacters(in: .whitespaces)
                }
                return Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(connection, &chunk, chunk.count, 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            buffer += chunk[0..<count]
        }
    }
}

/// Reason phrases for the statuses the tests use.
enum HTTPStatus {
    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
