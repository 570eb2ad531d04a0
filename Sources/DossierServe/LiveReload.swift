import FlyingFox
import Foundation

/// The state of the served site that open pages follow over a WebSocket: a version that goes
/// up with every good build (the page reloads), and the error of a failed one (the page shows
/// it over the last good site until a build succeeds).
public actor LiveReload: WSMessageHandler {
    public struct Status: Sendable, Equatable, Codable {
        public var version: Int
        public var error: String?
    }

    public private(set) var status = Status(version: 1, error: nil)
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

    public init() {}

    public func built() {
        status = Status(version: status.version + 1, error: nil)
        broadcast()
    }

    public func failed(_ message: String) {
        status.error = message
        broadcast()
    }

    public var clientCount: Int { clients.count }

    private func broadcast() {
        let message = Self.encode(status)
        for client in clients.values { client.yield(message) }
    }

    static func encode(_ status: Status) -> WSMessage {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(status)) ?? Data("{\"version\":\(status.version)}".utf8)
        return .text(String(decoding: data, as: UTF8.self))
    }

    public nonisolated func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        await add(id, continuation)
        // The client's own messages are not used; when it goes away, forget it.
        Task {
            for await _ in client {}
            await self.remove(id)
        }
        return stream
    }

    private func add(_ id: UUID, _ continuation: AsyncStream<WSMessage>.Continuation) {
        clients[id] = continuation
        continuation.yield(Self.encode(status))
    }

    private func remove(_ id: UUID) {
        clients.removeValue(forKey: id)?.finish()
    }
}
