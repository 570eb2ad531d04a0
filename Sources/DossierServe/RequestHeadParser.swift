import Foundation

/// The request line and header fields of an HTTP/1.1 request (RFC 9112), as `dossier serve`
/// accepts them: read byte by byte as they arrive, each line checked as soon as it ends, so that
/// a request that is too big, malformed or addressed to another host is refused before the rest
/// of it is read. Linear in the bytes fed; nothing is kept but the line being read and the
/// header fields already accepted.
public struct RequestHeadParser: Sendable {
    /// Sizes past which a request is refused. Browsers send request lines of a few hundred bytes
    /// and heads of one or two kilobytes.
    public struct Limits: Sendable {
        /// The request line (`GET /path HTTP/1.1`), in bytes: beyond it, 414 URI Too Long.
        public var requestLine = 8 * 1024
        /// One header field line: beyond it, 431 Request Header Fields Too Large.
        public var headerLine = 8 * 1024
        /// All header field lines together: beyond it, 431.
        public var headerBytes = 32 * 1024
        /// The number of header fields: beyond it, 431.
        public var headerCount = 100
        /// Empty lines tolerated before the request line (RFC 9112 §2.2).
        public var leadingEmptyLines = 4

        public init() {}
    }

    /// A request the server answers with an error status, and why.
    public struct Rejection: Error, Sendable, Equatable {
        public var status: Int
        public var reason: String
    }

    public enum Outcome: Sendable, Equatable {
        /// More bytes are needed.
        case incomplete
        /// The head is complete; `consumed` bytes of the last chunk fed belong to it.
        case complete(RequestHead, consumed: Int)
        case rejected(Rejection)
    }

    public var limits: Limits
    /// Whether a `Host` header value (nil: none was sent) names this server, checked as soon as the
    /// Host line has been read.
    private let allowsHost: @Sendable (String?) -> Bool

    private var line: [UInt8] = []
    private var requestLine: (method: String, target: String, version: String)?
    private var headers: [(name: String, value: String)] = []
    private var headerBytes = 0
    private var emptyLines = 0
    private var outcome: Outcome = .incomplete

    public init(limits: Limits = Limits(), allowsHost: @escaping @Sendable (String?) -> Bool = { _ in true }) {
        self.limits = limits
        self.allowsHost = allowsHost
    }

    /// Reads the next bytes of the connection. Once the outcome is not `.incomplete`, it stays so.
    public mutating func feed(_ bytes: some Collection<UInt8>) -> Outcome {
        guard outcome == .incomplete else { return outcome }
        var consumed = 0
        var rest = bytes[...]
        while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
            let piece = rest[..<newline]
            consumed += piece.count + 1
            rest = rest[rest.index(after: newline)...]
            if let rejection = append(piece) { return finish(.rejected(rejection)) }
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            // The exact bound, now that the line's CR (if any) is off.
            if requestLine == nil, line.count > limits.requestLine {
                return finish(.rejected(Rejection(status: 414, reason: "the request line is longer than \(limits.requestLine) bytes")))
            }
            if requestLine != nil, line.count > limits.headerLine || headerBytes + line.count > limits.headerBytes {
                return finish(.rejected(Rejection(status: 431, reason: "the request's header fields are longer than \(limits.headerLine) bytes "
                    + "each or \(limits.headerBytes) bytes in all")))
            }
            let complete = line
            line.removeAll(keepingCapacity: true)
            switch endLine(complete) {
            case .failure(let rejection): return finish(.rejected(rejection))
            case .success(let head?): return finish(.complete(head, consumed: consumed))
            case .success(nil): continue
            }
        }
        if let rejection = append(rest) { return finish(.rejected(rejection)) }
        return .incomplete
    }

    private mutating func finish(_ outcome: Outcome) -> Outcome {
        self.outcome = outcome
        line = []
        return outcome
    }

    /// Adds bytes to the line being read, refusing it as soon as it is too long.
    private mutating func append(_ bytes: some Collection<UInt8>) -> Rejection? {
        line.append(contentsOf: bytes)
        // One byte more than the limit is allowed for the CR of the line's CRLF.
        if requestLine == nil {
            if line.count > limits.requestLine + 1 {
                return Rejection(status: 414, reason: "the request line is longer than \(limits.requestLine) bytes")
            }
        } else if line.count > limits.headerLine + 1 || headerBytes + line.count > limits.headerBytes + 1 {
            return Rejection(status: 431, reason: "the request's header fields are longer than \(limits.headerLine) bytes "
                + "each or \(limits.headerBytes) bytes in all")
        }
        return nil
    }

    /// A whole line, without its CRLF: the head when it was the empty line that ends it.
    private mutating func endLine(_ bytes: [UInt8]) -> Result<RequestHead?, Rejection> {
        guard let (method, target, version) = requestLine else {
            if bytes.isEmpty {
                emptyLines += 1
                return emptyLines > limits.leadingEmptyLines ? .failure(Self.bad("empty lines before the request line")) : .success(nil)
            }
            switch Self.requestLine(bytes) {
            case .failure(let rejection): return .failure(rejection)
            case .success(let parsed): requestLine = parsed
            }
            return .success(nil)
        }
        if bytes.isEmpty {
            let head = RequestHead(method: method, target: target, version: version, headers: headers)
            if head.value(of: "host") == nil {
                if version == "HTTP/1.1" { return .failure(Self.bad("an HTTP/1.1 request without a Host header")) }
                if !allowsHost(nil) { return .failure(Rejection(status: 403, reason: "the request names no host")) }
            }
            if let length = head.value(of: "content-length"), length.trimmingCharacters(in: .whitespaces) != "0" {
                return .failure(Rejection(status: 413, reason: "the server takes no request bodies"))
            }
            if head.value(of: "transfer-encoding") != nil {
                return .failure(Rejection(status: 413, reason: "the server takes no request bodies"))
            }
            return .success(head)
        }
        headerBytes += bytes.count + 2
        guard headers.count < limits.headerCount else {
            return .failure(Rejection(status: 431, reason: "the request has more than \(limits.headerCount) header fields"))
        }
        guard let field = Self.headerField(bytes) else { return .failure(Self.bad("a malformed header field")) }
        if field.name.lowercased() == "host" {
            guard !headers.contains(where: { $0.name.lowercased() == "host" }) else { return .failure(Self.bad("two Host headers")) }
            guard allowsHost(field.value) else { return .failure(Rejection(status: 403, reason: "the request is addressed to another host")) }
        }
        headers.append(field)
        return .success(nil)
    }

    private static func bad(_ reason: String) -> Rejection {
        Rejection(status: 400, reason: reason)
    }

    /// `token` characters of RFC 9110 §5.6.2, for methods and field names.
    private static func isToken(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    /// `METHOD SP origin-form SP HTTP/1.x`; only GET and HEAD are served.
    private static func requestLine(_ bytes: [UInt8]) -> Result<(String, String, String), Rejection> {
        let parts = bytes.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isToken) else {
            return .failure(bad("a malformed request line"))
        }
        let target = parts[1]
        // The origin form (`/path?query`), in visible ASCII: no controls, spaces or raw non-ASCII bytes.
        guard target.first == UInt8(ascii: "/"), target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(bad("a request target that is not a path"))
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version.hasPrefix("HTTP/") else { return .failure(bad("a malformed request line")) }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .failure(Rejection(status: 505, reason: "the server speaks HTTP/1.1 and HTTP/1.0 only"))
        }
        let method = String(decoding: parts[0], as: UTF8.self)
        guard method == "GET" || method == "HEAD" else {
            return .failure(Rejection(status: 405, reason: "the server answers GET and HEAD only"))
        }
        return .success((method, String(decoding: target, as: UTF8.self), version))
    }

    /// `name: value`, without obsolete line folding, with a value of visible text in UTF-8 (so that
    /// the head passed on carries the very bytes received).
    private static func headerField(_ bytes: [UInt8]) -> (name: String, value: String)? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, bytes[..<colon].allSatisfy(isToken) else { return nil }
        let raw = bytes[(colon + 1)...]
        guard raw.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }), let text = String(bytes: raw, encoding: .utf8) else { return nil }
        let value = text.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
        return (String(decoding: bytes[..<colon], as: UTF8.self), value)
    }
}

/// An accepted request head: what `dossier serve` passes on to the HTTP server behind it.
public struct RequestHead: Sendable, Equatable {
    public var method: String
    public var target: String
    public var version: String
    public var headers: [(name: String, value: String)]

    public static func == (lhs: RequestHead, rhs: RequestHead) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
            && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }

    /// The value of a header field, by name in any case.
    public func value(of name: String) -> String? {
        headers.first { $0.name.lowercased() == name }?.value
    }

    /// A WebSocket handshake (`Upgrade: websocket`, `Connection: Upgrade`).
    public var isWebSocketUpgrade: Bool {
        let upgrade = value(of: "upgrade")?.lowercased() ?? ""
        let connection = (value(of: "connection") ?? "").lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return upgrade.contains("websocket") && connection.contains("upgrade")
    }

    /// The head as passed on: one request per connection (`Connection: close`), or the upgrade.
    public func forwarded() -> Data {
        var text = "\(method) \(target) \(version)\r\n"
        for header in headers where !["connection", "keep-alive", "proxy-connection"].contains(header.name.lowercased()) {
            text += "\(header.name): \(header.value)\r\n"
        }
        text += isWebSocketUpgrade ? "Connection: Upgrade\r\n\r\n" : "Connection: close\r\n\r\n"
        return Data(text.utf8)
    }
}
