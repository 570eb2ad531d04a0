import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The socket `dossier serve` listens on, in front of FlyingFox: every connection's request head
/// is read by `RequestHeadParser` (bounded sizes, Host checked as soon as it is read, only GET and
/// HEAD), within a time limit from the moment the connection opens, so that an idle or slow
/// client is cut off. An accepted head is passed on, as one request per connection, to FlyingFox
/// on a private socket (a Unix socket no browser can reach); its answer is passed back, and a
/// WebSocket upgrade (the live reload) is then relayed both ways. A refused request gets its
/// status (400, 403, 405, 408, 413, 414, 431, 505) from here and never reaches FlyingFox, whose
/// own reader takes time quadratic in the length of a line. Each connection is a task of its
/// own, so one slow client never holds up another.
final class FrontDoor: Sendable {
    struct Settings: Sendable {
        var limits = RequestHeadParser.Limits()
        /// How long a client has, from connecting, to send its whole request head.
        var headTimeout: Duration = .seconds(10)
        /// How long an answer (other than a WebSocket) may take to pass back.
        var responseTimeout: Duration = .seconds(60)
        /// Connections open at once; more are refused with 503.
        var maxConnections = 256
    }

    private let listener: Socket
    private let upstream: sockaddr_un
    private let settings: Settings
    private let requests: RequestGuard
    private let pool: any AsyncSocketPool = HTTPServer.defaultPool()
    private let open = Counter()

    /// Binds and listens at once, so that a port in use is reported before anything is served.
    init(address: some SocketAddress, upstream: sockaddr_un, requests: RequestGuard, settings: Settings = Settings()) throws {
        let socket = try Socket(domain: Int32(type(of: address).family))
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: address)
        try socket.listen()
        listener = socket
        self.upstream = upstream
        self.requests = requests
        self.settings = settings
    }

    var address: Socket.Address? { try? listener.sockname() }

    /// Accepts connections until the task is cancelled.
    func run() async throws {
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.pool.run() }
            group.addTask {
                if #available(macOS 14.0, *) {
                    try await withThrowingDiscardingTaskGroup { connections in
                        for try await client in listening.sockets {
                            connections.addTask { await self.serve(client) }
                        }
                    }
                } else {
                    for try await client in listening.sockets {
                        Task { await self.serve(client) }
                    }
                }
            }
            defer { try? listener.close() }
            try await group.next()
            group.cancelAll()
        }
    }

    private func serve(_ client: AsyncSocket) async {
        defer { try? client.close() }
        guard open.increment() <= settings.maxConnections else {
            open.decrement()
            await refuse(client, RequestHeadParser.Rejection(status: 503, reason: "too many connections"))
            return
        }
        defer { open.decrement() }
        let head: (RequestHead, leftover: [UInt8])
        switch await readHead(from: client) {
        case .failure(let rejection):
            await refuse(client, rejection)
            return
        case .success(let read):
            head = read
        }
        guard let server = try? await AsyncSocket.connected(to: upstream, pool: pool) else {
            await refuse(client, RequestHeadParser.Rejection(status: 503, reason: "the server is not ready"))
            return
        }
        defer { try? server.close() }
        do {
            try await server.write(head.0.forwarded())
            if head.0.isWebSocketUpgrade, !head.leftover.isEmpty { try await server.write(Data(head.leftover)) }
            let upgraded = try await Self.withDeadline(settings.responseTimeout) {
                try await Self.passResponse(from: server, to: client, isHead: head.0.method == "HEAD")
            }
            if upgraded == true { await relay(client, server) }
        } catch {
            // The client or the server went away: nothing more to do for this connection.
        }
    }

    /// The request head, or why it is refused (408 when it does not arrive in time).
    private func readHead(from client: AsyncSocket) async -> Result<(RequestHead, leftover: [UInt8]), RequestHeadParser.Rejection> {
        let requests = self.requests
        let limits = settings.limits
        let outcome = try? await Self.withDeadline(settings.headTimeout) { () async throws -> Result<(RequestHead, leftover: [UInt8]), RequestHeadParser.Rejection>? in
            var parser = RequestHeadParser(limits: limits) { requests.allows(host: $0) }
            while true {
                let bytes: [UInt8]
                do { bytes = try await client.read(atMost: 4096) } catch { return nil }  // the client left
                switch parser.feed(bytes) {
                case .incomplete: continue
                case .rejected(let rejection): return .failure(rejection)
                case .complete(let head, let consumed): return .success((head, Array(bytes[consumed...])))
                }
            }
        }
        switch outcome {
        case .some(.some(let result)): return result
        case .some(.none): return .failure(RequestHeadParser.Rejection(status: 400, reason: "the connection closed before the request ended"))
        case .none: return .failure(RequestHeadParser.Rejection(status: 408, reason: "the request did not arrive in time"))
        }
    }

    /// Answers a refused request and closes gently: the rest of what the client sends is read
    /// (while it keeps coming, a pause of 5 s at most, for 30 s and 4 MB in all: a loaded machine can take
    /// seconds to send 1 MB) so that the answer is not lost to a reset connection.
    private func refuse(_ client: AsyncSocket, _ rejection: RequestHeadParser.Rejection) async {
        try? await client.write(Self.errorResponse(rejection))
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        let end = ContinuousClock.now + .seconds(30)
        var drained = 0
        while drained < 4 * 1024 * 1024, ContinuousClock.now < end {
            let read = try? await Self.withDeadline(.seconds(5)) { try await client.read(atMost: 65536) }
            guard let bytes = read ?? nil, !bytes.isEmpty else { break }
            drained += bytes.count
        }
    }

    static func errorResponse(_ rejection: RequestHeadParser.Rejection) -> Data {
        let body = "\(rejection.status) \(reasonPhrase(rejection.status)): \(rejection.reason)\n"
        var head = "HTTP/1.1 \(rejection.status) \(reasonPhrase(rejection.status))\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
        if rejection.status == 405 { head += "Allow: GET, HEAD\r\n" }
        return Data((head + "\r\n" + body).utf8)
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 413: return "Content Too Large"
        case 414: return "URI Too Long"
        case 431: return "Request Header Fields Too Large"
        case 503: return "Service Unavailable"
        case 505: return "HTTP Version Not Supported"
        default: return "Error"
        }
    }

    /// Passes FlyingFox's answer back: its head with `Connection: close` (each connection carries
    /// one request), then as many bytes as its Content-Length says (or all until FlyingFox closes).
    /// True when the answer is `101 Switching Protocols`, whose head is passed on as it is.
    private static func passResponse(from server: AsyncSocket, to client: AsyncSocket, isHead: Bool) async throws -> Bool {
        var buffer: [UInt8] = []
        var headEnd: Range<Int>?
        while headEnd == nil {
            buffer += try await server.read(atMost: 64 * 1024)
            headEnd = buffer.firstRange(of: Array("\r\n\r\n".utf8))
            if headEnd == nil, buffer.count > 64 * 1024 { throw SocketError.disconnected }  // not an HTTP answer
        }
        guard let headEnd else { return false }
        let lines = String(decoding: buffer[..<headEnd.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = lines.first.flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int($0) } ?? 0
        let body = Array(buffer[headEnd.upperBound...])
        if status == 101 {
            try await client.write(Data(buffer))
            return true
        }
        var fields = lines.dropFirst().filter { !$0.lowercased().hasPrefix("connection:") }
        fields.append("Connection: close")
        try await client.write(Data(([lines.first ?? ""] + fields).joined(separator: "\r\n").utf8 + Array("\r\n\r\n".utf8)))
        let length = fields.first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
        var remaining = isHead || status == 204 || status == 304 ? 0 : length ?? Int.max
        var chunk = Array(body.prefix(remaining))
        while true {
            if !chunk.isEmpty { try await client.write(Data(chunk)) }
            remaining -= chunk.count
            guard remaining > 0, let next = try? await server.read(atMost: min(remaining, 64 * 1024)) else { break }
            chunk = next
        }
        return false
    }

    /// A WebSocket: bytes both ways until either side closes.
    private func relay(_ client: AsyncSocket, _ server: AsyncSocket) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await Self.copy(from: server, to: client) }
            group.addTask { await Self.copy(from: client, to: server) }
            await group.next()
            group.cancelAll()
        }
    }

    private static func copy(from source: AsyncSocket, to destination: AsyncSocket) async {
        while !Task.isCancelled {
            guard let bytes = try? await source.read(atMost: 64 * 1024), (try? await destination.write(Data(bytes))) != nil else { return }
        }
    }

    /// The body's result, or nil when `limit` passes first (the body is then cancelled).
    static func withDeadline<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { return nil }
            return first
        }
    }
}

/// The number of open connections, shared by their tasks.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }

    func decrement() {
        lock.lock()
        value -= 1
        lock.unlock()
    }
}
