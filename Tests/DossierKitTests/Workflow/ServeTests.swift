import Foundation
import Testing
@testable import DossierKit
@testable import DossierServe

/// `dossier serve` on a free loopback port, run as its own process (so that the other tests,
/// running at the same time, cannot starve it): pages, folders, 404, traversal, rebuilds.
@Suite("dossier serve", .serialized)
struct ServeTests {
    @Test("serves pages, redirects folders to their slash, answers 404 with the site's page, and never leaves the site")
    func pagesAndTraversal() async throws {
        let serve = try await ServeProcess.start()
        defer { serve.stop() }
        let port = serve.port
        let home = try await HTTPProbe.get("/", port: port)
        #expect(home.status == 200 && home.body.contains("<h1") && home.body.contains(ReloadScript.path))
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        let css = try await HTTPProbe.get("/assets/style.css", port: port)
        #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8" && !css.body.contains("<script"))
        let folder = try await HTTPProbe.get("/notes", port: port)
        #expect(folder.status == 301 && folder.headers["location"] == "/notes/")
        let notes = try await HTTPProbe.get("/notes/", port: port)
        #expect(notes.status == 200 && notes.body.contains("Background: the 2019 stoppage"))
        let missing = try await HTTPProbe.get("/no/such/page", port: port)
        #expect(missing.status == 404 && missing.body.contains("Page not found"))
        for attack in ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/..%2fsecret.txt",
                       "/.dossier-build", "/assets/%2e%2e/%2e%2e/secret.txt", "/../../../../etc/passwd"] {
            let response = try await HTTPProbe.get(attack, port: port)
            #expect(response.status == 404 || response.status == 400, "\(attack)")
            #expect(!response.body.contains("outside the site") && !response.body.contains("root:"), "\(attack)")
        }
        #expect(try await HTTPProbe.get("/", port: port, method: "POST").status == 405)
        // The built files never carry the reload script; only served pages do.
        let built = try String(contentsOfFile: serve.root + "/public/index.html", encoding: .utf8)
        #expect(!built.contains(ReloadScript.path))
    }

    @Test("a changed note is rebuilt and served; a failed build is reported and keeps the last good site")
    func rebuild() async throws {
        let serve = try await ServeProcess.start()
        defer { serve.stop() }
        let note = serve.root + "/content/notes/background.md"
        var text = try String(contentsOfFile: note, encoding: .utf8)
        text = text.replacingOccurrences(of: "lasted two days", with: "lasted two long days")
        try Data(text.utf8).write(to: URL(fileURLWithPath: note))
        let changed = try await HTTPProbe.waitFor(timeout: 60) {
            try await HTTPProbe.get("/notes/background/", port: serve.port).body.contains("two long days")
        }
        #expect(changed)
        // The new site is swapped in before the line is printed: wait for it too.
        let reported = try await HTTPProbe.waitFor(timeout: 30) { serve.output.contains("Rebuilt after changes to \(note)") }
        #expect(reported, "\(serve.output)")

        // Break the note's front matter: the error is printed, and the last good site stays served.
        try Data("---\ntitle: [unclosed\n---\nBody.\n".utf8).write(to: URL(fileURLWithPath: note))
        let failed = try await HTTPProbe.waitFor(timeout: 60) { serve.output.contains("still serving the last good site") }
        #expect(failed)
        #expect(serve.output.contains("background.md:3:1: error: front matter is not valid YAML"))
        #expect(try await HTTPProbe.get("/notes/background/", port: serve.port).body.contains("two long days"))
    }

    @Test("open pages follow the build: a new version on success, the error on failure, cleared by the next success")
    func liveReloadStatus() async {
        let live = LiveReload()
        let first = await live.status
        await live.failed("content/notes/a.md:1:1: error: broken")
        #expect(await live.status == LiveReload.Status(version: first.version, error: "content/notes/a.md:1:1: error: broken"))
        await live.built()
        #expect(await live.status == LiveReload.Status(version: first.version + 1, error: nil))
        #expect(ReloadScript.html(version: 7).contains("let version = 7,"))
    }
}

/// `dossier serve --port 0` on a scratch copy of the port-strike fixture, with its output read
/// as it comes.
final class ServeProcess: @unchecked Sendable {
    let root: String
    let process: Process
    private(set) var port: UInt16 = 0
    private let lock = NSLock()
    private var text = ""

    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    private init(root: String, process: Process) {
        self.root = root
        self.process = process
    }

    static func start() async throws -> ServeProcess {
        let root = try TestSupport.makeTemporaryFolder("serve")
        let fixture = try #require(Bundle.module.resourcePath) + "/Fixtures/timeline-story"
        try FileManager.default.copyItem(atPath: fixture, toPath: root + "/content")
        try Data("outside the site\n".utf8).write(to: URL(fileURLWithPath: root + "/secret.txt"))
        let process = try DossierBinary.start(["serve", "--port", "0", "--content", root + "/content",
                                               "--templates", TestSupport.defaultTemplates, "--output", root + "/public"], in: root)
        let serve = ServeProcess(root: root, process: process)
        for pipe in [process.standardOutput, process.standardError].compactMap({ $0 as? Pipe }) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread {
                while true {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    serve.append(String(decoding: data, as: UTF8.self))
                }
            }
        }
        let listening = try await HTTPProbe.waitFor(timeout: 120) { serve.output.contains("Serving ") || !process.isRunning }
        guard listening, let match = serve.output.firstMatch(of: /Serving \S+ at http:\/\/127\.0\.0\.1:(\d+)\//),
              let port = UInt16(match.1) else {
            serve.stop()
            throw HTTPProbe.Failure(description: "dossier serve did not say where it listens: \(serve.output)")
        }
        serve.port = port
        return serve
    }

    private func append(_ chunk: String) {
        lock.lock()
        text += chunk
        lock.unlock()
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        TestSupport.cleanUp(root)
    }
}

/// A minimal HTTP/1.1 client over a POSIX socket, so that tests send paths exactly as written
/// (URL libraries would clean up `..`).
enum HTTPProbe {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Fetches on a thread of its own, so that waiting for the server never holds a thread
    /// of the pool the server runs on.
    static func get(_ path: String, port: UInt16, method: String = "GET") async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try blockingGet(path, port: port, method: method) })
            }
        }
    }

    private static func blockingGet(_ path: String, port: UInt16, method: String) throws -> Response {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect() failed") }
        let request = Array("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if let response = parse(data), response.complete { return response.value }
        }
        guard let response = parse(data) else { throw Failure(description: "no HTTP response for \(path)") }
        return response.value
    }

    private static func parse(_ data: Data) -> (value: Response, complete: Bool)? {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = data[split.upperBound...]
        let complete = headers["content-length"].flatMap(Int.init).map { body.count >= $0 } ?? false
        return (Response(status: status, headers: headers, body: String(decoding: body, as: UTF8.self)), complete)
    }

    /// Polls a condition until it holds or the time runs out.
    static func waitFor(timeout seconds: Double, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await condition()
    }
}
