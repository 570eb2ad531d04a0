import Foundation

/// The parser of `dossier serve` that takes bytes from the network, callable with raw bytes for
/// the `RequestHead` fuzz target. Stops the process (`precondition`) when a result breaks what
/// the front door relies on; a refused request is the expected outcome for bad input.
public enum ServeFuzzEntryPoints {
    /// Small limits, so that fuzzing reaches every bound, and the server's own.
    static let limitSets: [RequestHeadParser.Limits] = {
        var small = RequestHeadParser.Limits()
        small.requestLine = 64
        small.headerLine = 64
        small.headerBytes = 256
        small.headerCount = 6
        return [small, RequestHeadParser.Limits()]
    }()

    static let statuses: Set<Int> = [400, 403, 405, 413, 414, 431, 505]

    /// The bytes as one chunk and in chunks of 1 to 16 bytes (the first byte says how many): the
    /// same outcome either way, a status from the known set, a head that lies inside the bytes, and
    /// a head that, passed on, reads back as the same request.
    public static func requestHead(_ data: Data) {
        let bytes = Array(data)
        let requests = RequestGuard(listeningHost: "127.0.0.1")
        for limits in limitSets {
            var whole = RequestHeadParser(limits: limits) { requests.allows(host: $0) }
            let once = whole.feed(bytes)
            var pieces = RequestHeadParser(limits: limits) { requests.allows(host: $0) }
            let size = Int(bytes.first ?? 0) % 16 + 1
            var offset = 0
            var chunked = RequestHeadParser.Outcome.incomplete
            while offset < bytes.count {
                let end = min(offset + size, bytes.count)
                chunked = pieces.feed(bytes[offset..<end])
                if case .complete(let head, let consumed) = chunked {
                    chunked = .complete(head, consumed: offset + consumed)
                }
                if chunked != .incomplete { break }
                offset = end
            }
            precondition(once == chunked, "the outcome depends on how the bytes arrive")
            switch once {
            case .incomplete:
                break
            case .rejected(let rejection):
                precondition(statuses.contains(rejection.status), "an unexpected status \(rejection.status)")
            case .complete(let head, let consumed):
                precondition(consumed <= bytes.count, "the head is longer than the bytes")
                precondition(head.target.hasPrefix("/") && ["GET", "HEAD"].contains(head.method), "a request the server does not serve")
                // Read back with room for the Connection field the head gains, and the space after
                // each colon (`a:b` is passed on as `a: b`).
                var roomier = limits
                roomier.headerCount += 1
                roomier.headerLine += 1
                roomier.headerBytes += 64 + limits.headerCount
                var again = RequestHeadParser(limits: roomier)
                guard case .complete(let passed, _) = again.feed(head.forwarded()) else {
                    preconditionFailure("the head passed on does not read back")
                }
                let hopByHop: Set<String> = ["connection", "keep-alive", "proxy-connection"]
                precondition(passed.method == head.method && passed.target == head.target && passed.version == head.version
                             && passed.headers.filter { !hopByHop.contains($0.name.lowercased()) }.map { "\($0.name): \($0.value)" }
                                == head.headers.filter { !hopByHop.contains($0.name.lowercased()) }.map { "\($0.name): \($0.value)" },
                             "the head passed on is another request")
            }
        }
    }
}
