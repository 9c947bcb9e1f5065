import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// GETs over http and https for `fetch` and `add URL`, with the limits a stranger's server calls for.
///
/// Plain http goes through `PlainHTTP`, a socket read as it arrives and closed at the size limit or
/// the timeout; https through URLSession (libcurl underneath on Linux), an ephemeral session with no
/// cache and no cookies. Both count the limit after gzip is undone, so a small compressed bomb is cut
/// too, and redirects are followed by `get` itself, up to `maxRedirects` and to http(s) only. The
/// caller's thread waits for each response; several threads may fetch at once.
public final class HTTPFetcher: Sendable {
    /// The limits of one fetch.
    public struct Limits: Sendable {
        /// Seconds without progress before a request is given up, and a fifth of the whole request's budget.
        public var timeout: Double = 30
        public var maxBytes = 20 * 1_048_576
        public var maxRedirects = 5

        public init(timeout: Double = 30, maxBytes: Int = 20 * 1_048_576, maxRedirects: Int = 5) {
            self.timeout = timeout
            self.maxBytes = maxBytes
            self.maxRedirects = maxRedirects
        }
    }

    public let limits: Limits
    private let session: URLSession
    private let tasks: TaskDelegate

    public init(limits: Limits = Limits()) {
        self.limits = limits
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.timeoutIntervalForRequest = limits.timeout
        configuration.timeoutIntervalForResource = limits.timeout * 5
        tasks = TaskDelegate(limits: limits)
        session = URLSession(configuration: configuration, delegate: tasks, delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// GETs `address`, sending the validators a conditional request needs; a 304 comes back as a response,
    /// every other status outside 200–299 as an error. Redirects are followed here, up to the limit and
    /// only to http and https, whichever client each hop needs.
    public func get(_ address: String, etag: String? = nil, lastModified: String? = nil) throws(FetchError)
        -> HTTPResponse
    {
        var url = try Self.webURL(address)
        var headers = ["User-Agent": "Parley/0.1 (feed reader)"]
        if let etag { headers["If-None-Match"] = etag }
        if let lastModified { headers["If-Modified-Since"] = lastModified }
        var redirects = 0
        while true {
            let (status, fields, body) =
                url.scheme?.lowercased() == "http"
                ? try PlainHTTP(limits: limits).get(url, headers: headers) : try secureGet(url, headers: headers)
            if [301, 302, 303, 307, 308].contains(status), let location = fields["location"] {
                redirects += 1
                guard redirects <= limits.maxRedirects else { throw .tooManyRedirects(limit: limits.maxRedirects) }
                guard let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                    throw .network("a redirect to an unreadable address")
                }
                let scheme = next.scheme?.lowercased() ?? ""
                guard scheme == "http" || scheme == "https" else { throw .redirectScheme(scheme) }
                url = next
                continue
            }
            let response = HTTPResponse(status: status, headers: fields, body: body, url: url.absoluteString)
            if status == 304 || (200..<300).contains(status) { return response }
            if status == 429 || (status == 503 && response.retryAfter != nil) {
                throw .rateLimited(status: status, until: response.retryAfter ?? Date().addingTimeInterval(3600))
            }
            throw .status(status)
        }
    }

    /// One https request through URLSession, which holds the TLS this package has no other way to speak;
    /// redirects come back to `get`. Its body limit answers at once but, as `PlainHTTP` explains, cannot
    /// stop the transfer.
    private func secureGet(_ url: URL, headers: [String: String]) throws(FetchError) -> (Int, [String: String], Data) {
        var request = URLRequest(url: url)
        request.timeoutInterval = limits.timeout
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: request)
        let done = tasks.register(task)
        task.resume()
        done.wait()
        let outcome = tasks.finish(task)
        if let refusal = outcome.refusal { throw refusal }
        if let error = outcome.error {
            let code = (error as NSError).code
            if code == NSURLErrorTimedOut { throw .timedOut(seconds: limits.timeout) }
            throw .network(error.localizedDescription)
        }
        guard let http = task.response as? HTTPURLResponse else { throw .network("no HTTP response") }
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { fields[key.lowercased()] = value }
        }
        return (http.statusCode, fields, outcome.body)
    }

    /// The URL of an http or https address; anything else is refused with the reason.
    public static func webURL(_ address: String) throws(FetchError) -> URL {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), url.host?.isEmpty == false
        else {
            if let colon = address.firstIndex(of: ":"), address[..<colon].allSatisfy(\.isLetter) {
                throw .unsupportedScheme(String(address[..<colon]).lowercased())
            }
            throw .invalidAddress(address)
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        return url
    }

    /// True when `text` names a web address rather than a file ("https://…", "ftp://…").
    public static func looksLikeAddress(_ text: String) -> Bool {
        guard let range = text.range(of: "://") else { return false }
        let scheme = text[..<range.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}

/// One response: status, body, final address and the headers a feed reader acts on.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var body: Data
    /// The address the body came from, after redirects.
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public var retryAfter: Date?

    init(status: Int, headers: [String: String], body: Data, url: String) {
        self.status = status
        self.body = body
        self.url = url
        etag = headers["etag"]
        lastModified = headers["last-modified"]
        retryAfter = headers["retry-after"].flatMap(Self.retryDate)
    }

    /// Retry-After as seconds ("120") or as an HTTP date.
    static func retryDate(_ value: String) -> Date? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) { return Date().addingTimeInterval(Double(max(0, seconds))) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: trimmed)
    }
}

/// Why a fetch failed; `description` is the one line a person sees after the address.
public enum FetchError: Error, Equatable, CustomStringConvertible {
    case unsupportedScheme(String)
    case invalidAddress(String)
    case timedOut(seconds: Double)
    case tooManyRedirects(limit: Int)
    case redirectScheme(String)
    case tooLarge(limit: Int)
    case status(Int)
    case rateLimited(status: Int, until: Date)
    case network(String)

    public var description: String {
        switch self {
        case .unsupportedScheme(let scheme): "\(scheme): addresses are not followed (only http and https)"
        case .invalidAddress(let address): "'\(address)' is not a web address"
        case .timedOut(let seconds): "no answer within \(Int(seconds.rounded(.up))) s"
        case .tooManyRedirects(let limit): "more than \(limit) redirects (a redirect loop?)"
        case .redirectScheme(let scheme): "redirected to a \(scheme): address (only http and https are followed)"
        case .tooLarge(let limit): "the response is larger than \(limit / 1_048_576) MB; cut off"
        case .status(let code): "HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
        case .rateLimited(let status, let until):
            "HTTP \(status): the server asks to wait until \(Self.time(until)); skipped until then"
        case .network(let reason): reason
        }
    }

    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'UTC'"
        return formatter.string(from: date)
    }
}

/// The session's delegate: one record per running task, read by the thread that waits for it.
private final class TaskDelegate: NSObject, URLSessionDataDelegate, Sendable {
    struct Outcome {
        var body = Data()
        var refusal: FetchError?
        var error: (any Error)?
        /// The caller was given its answer before the task ended (a refused body).
        var answered = false
        let done = DispatchSemaphore(value: 0)
    }

    let limits: HTTPFetcher.Limits
    private let running = Mutex<[Int: Outcome]>([:])

    init(limits: HTTPFetcher.Limits) { self.limits = limits }

    func register(_ task: URLSessionTask) -> DispatchSemaphore {
        let outcome = Outcome()
        running.withLock { $0[task.taskIdentifier] = outcome }
        return outcome.done
    }

    func finish(_ task: URLSessionTask) -> Outcome {
        running.withLock { $0.removeValue(forKey: task.taskIdentifier) } ?? Outcome()
    }

    /// Gives the waiting caller its refusal now. On this toolchain a cancelled task goes on receiving
    /// its body until the server stops sending or the request's time runs out (measured: a 50 MB body
    /// cancelled at 2 MB was delivered whole, in 6,000 more callbacks); those bytes are dropped as they
    /// come, never kept, and the caller does not wait for them.
    private func refuseBody(_ task: URLSessionTask, _ refusal: FetchError) {
        let done = running.withLock { state -> DispatchSemaphore? in
            guard var outcome = state[task.taskIdentifier], outcome.refusal == nil else { return nil }
            outcome.refusal = refusal
            outcome.answered = true
            outcome.body = Data()
            state[task.taskIdentifier] = outcome
            return outcome.done
        }
        task.cancel()
        done?.signal()
    }

    /// Redirects are not followed here: `HTTPFetcher.get` follows them, counted and checked.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        // a declared length over the limit is refused before any of the body is read
        if response.expectedContentLength > Int64(limits.maxBytes) {
            refuseBody(dataTask, .tooLarge(limit: limits.maxBytes))
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = running.withLock { state -> Bool in
            guard let outcome = state[dataTask.taskIdentifier], outcome.refusal == nil else { return false }
            if outcome.body.count + data.count > limits.maxBytes { return true }
            state[dataTask.taskIdentifier]?.body.append(data)
            return false
        }
        if over { refuseBody(dataTask, .tooLarge(limit: limits.maxBytes)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let done = running.withLock { state -> DispatchSemaphore? in
            // a refused body's caller was answered already
            guard state[task.taskIdentifier]?.answered == false else { return nil }
            state[task.taskIdentifier]?.error = error
            return state[task.taskIdentifier]?.done
        }
        done?.signal()
    }
}
