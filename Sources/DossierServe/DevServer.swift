import DossierKit
import FlyingFox
import FlyingSocks
import Foundation

/// `dossier serve`: builds the site, serves the output folder over HTTP on loopback (by
/// default), watches the content, templates and config, rebuilds the whole site on a change,
/// and tells open pages to reload. A failed rebuild keeps the last good site on disk (the
/// build is atomic) and is shown in the terminal and over the pages.
public actor DevServer {
    public struct Configuration: Sendable {
        public var build: BuildOptions
        public var host: String
        public var port: UInt16
        /// How often the watched files are compared.
        public var pollInterval: Duration
        /// How long a client has, from connecting, to send its request head (idle and slow clients are cut off).
        public var requestTimeout: Duration

        public init(build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000, pollInterval: Duration = .milliseconds(250),
                    requestTimeout: Duration = .seconds(10)) {
            self.build = build
            self.host = host
            self.port = port
            self.pollInterval = pollInterval
            self.requestTimeout = requestTimeout
        }
    }

    /// What happened, for the terminal.
    public enum Event: Sendable {
        /// A build is on disk, `seconds` after it started; its pages were served `shownAfter` seconds after it started.
        case built(SiteBuilder.Report, seconds: Double, changed: [String], shownAfter: Double)
        case failed(DossierError, changed: [String])
        case listening(String)
        /// The pages of edited sources are served from a preview, `seconds` after the build started.
        case previewed([String], seconds: Double)
    }

    public let configuration: Configuration
    public let live = LiveReload()
    /// FlyingFox, on a private Unix socket; clients reach it only through `front`.
    private let server: HTTPServer
    private let privateAddress: sockaddr_un
    private let privateFolder: String?
    private var front: FrontDoor?
    private var frontTask: Task<Void, Never>?
    private let events: @Sendable (Event) -> Void
    /// The watched files as they were before the last build started.
    private var baseline: ContentWatcher.Snapshot?
    /// What each build leaves for the next: files, articles and entities that did not change.
    private let cache = BuildCache()
    /// The newest good site, served from memory until it is on disk.
    private let site = LiveSite()
    /// The site being written in the background, and how to tell it that a newer one came.
    private var writing: (task: Task<Void, Never>, superseded: Flag)?

    public init(_ configuration: Configuration, events: @escaping @Sendable (Event) -> Void = { _ in }) throws {
        self.configuration = configuration
        self.events = events
        let name = "dossier-serve-\(getpid())-\(UUID().uuidString.prefix(8))"
        #if os(Linux)
        // The abstract namespace: no file to leave behind, and nothing a browser can reach.
        privateAddress = .unix(abstractNamespace: name)
        privateFolder = nil
        #else
        let folder = NSTemporaryDirectory() + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        privateAddress = .unix(path: folder + "/http.sock")
        privateFolder = folder
        #endif
        server = HTTPServer(address: privateAddress, logger: .disabled)
    }

    /// The address clients connect to.
    private func publicAddress() throws -> any SocketAddress {
        if configuration.host.contains(":") {
            return try sockaddr_in6.inet6(ip6: configuration.host, port: configuration.port)
        }
        return try sockaddr_in.inet(ip4: configuration.host, port: configuration.port)
    }

    /// The files the site is built from, to watch.
    var watchedPaths: [String] {
        let options = configuration.build
        return [options.contentPath, options.templatesPath, options.configPath ?? options.defaultConfigPath]
    }

    /// Builds once; a failure is reported and leaves whatever site was there. Once the dossier is
    /// resolved, its pages are served from memory (each rendered when first asked for) and open
    /// pages reload; the whole site is then written in the background (`writing`), and the build is
    /// reported when it is on disk. A newer build supersedes a write that has not finished.
    /// With `waitForWrite`, returns only once the site is on disk (the first build).
    @discardableResult
    public func rebuild(changed: [String] = [], waitForWrite: Bool = false) async -> Bool {
        let options = configuration.build
        let started = DispatchTime.now().uptimeNanoseconds
        let cache = self.cache
        let (site, live, events) = (self.site, self.live, self.events)
        // An edited source shows at once from the last dossier, its names linked as that dossier knew them.
        let preview = { @Sendable (plan: SitePlan, paths: [String]) in
            site.showPreview(plan, paths: paths)
            events(.previewed(paths, seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9))
            Task { await live.built() }
        }
        let result = await Self.onOwnThread { () throws(DossierError) in
            try SiteBuilder(options: options, cache: cache).prepare(preview: preview)
        }
        switch result {
        case .success(let (plan, report)):
            writing?.superseded.set()
            let version = site.publish(plan)
            let shown = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            await live.built()
            let previous = writing?.task
            let superseded = Flag()
            let task = Task {
                await previous?.value
                let written = await Self.onOwnThread { () throws(DossierError) -> Bool in
                    guard !superseded.isSet, let files = try plan.renderAll(unless: { superseded.isSet }) else { return false }
                    try SiteWriter(output: options.outputPath, displayPath: options.outputPath).write(files)
                    return true
                }
                switch written {
                case .success(true):
                    site.written(version)
                    events(.built(report, seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, changed: changed,
                                  shownAfter: shown))
                case .success(false):
                    break
                case .failure(let error):
                    events(.failed(error, changed: changed))
                    await live.failed(error.description)
                }
            }
            writing = (task, superseded)
            if waitForWrite { await task.value }
            return true
        case .failure(let error):
            site.dropPreview()
            events(.failed(error, changed: changed))
            await live.failed(error.description)
            return false
        }
    }

    /// Runs blocking work (a wait) on a thread of its own, not on the tasks' pool.
    private static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }

    /// Runs blocking work that uses every core (a build, a write) on a thread of its own, not on the tasks' pool.
    private static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws(DossierError) -> T) async -> Result<T, DossierError> {
        await onThread { Result { () throws(DossierError) in try work() } }
    }

    /// Starts serving (after a first build, successful or not) and returns the address it listens on.
    public func start() async throws -> (host: String, port: UInt16) {
        // An output folder the build would refuse is refused before anything is served.
        let options = configuration.build
        try OutputGuard(contentPath: options.contentPath, templatesPath: options.templatesPath)
            .check(output: options.outputPath, displayPath: options.outputPath)
        // Changes made while the first build runs are picked up by the first look of `watch`.
        baseline = ContentWatcher(paths: watchedPaths, ignoring: options.outputPath).snapshot()
        await rebuild(waitForWrite: true)
        let root = configuration.build.outputPath
        let memory = self.site
        let live = self.live
        let requests = RequestGuard(listeningHost: configuration.host)
        let socket = WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: live))
        await server.appendRoute(HTTPRoute(ReloadScript.path)) { request in
            guard requests.allowsSocket(host: request.headers[.host], origin: request.headers[HTTPHeader("Origin")]) else {
                return HTTPResponse(statusCode: .forbidden)
            }
            return try await socket.handleRequest(request)
        }
        await server.appendRoute(HTTPRoute("*")) { request in
            guard requests.allows(host: request.headers[.host]) else { return HTTPResponse(statusCode: .forbidden) }
            guard request.method == .GET || request.method == .HEAD else {
                return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
            }
            let version = await live.status.version
            let response = StaticSite(root: root, injectedHTML: ReloadScript.html(version: version), memory: memory).respond(to: request.target.path())
            var headers: HTTPHeaders = [.contentType: response.contentType, .cacheControl: "no-store"]
            if let location = response.location { headers[.location] = location }
            let method = request.method
            return HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: Self.phrase(response.status)), headers: headers,
                                body: method == .HEAD ? Data() : response.body)
        }
        let server = self.server
        let failure = StartFailure()
        Task.detached {
            do { try await server.run() } catch { failure.record(error) }
        }
        // Wait until it listens, or say at once why it cannot (a port in use, say).
        let deadline = ContinuousClock.now + .seconds(10)
        while await !server.isListening {
            if let error = failure.error { throw ServeError("cannot start the HTTP server: \(error)") }
            guard ContinuousClock.now < deadline else { throw ServeError("the server did not start listening within 10 s") }
            try await Task.sleep(for: .milliseconds(20))
        }
        let front: FrontDoor
        do {
            var settings = FrontDoor.Settings()
            settings.headTimeout = configuration.requestTimeout
            front = try FrontDoor(address: publicAddress(), upstream: privateAddress, requests: requests, settings: settings)
        } catch {
            await server.stop(timeout: 0)
            throw ServeError("cannot listen on \(configuration.host):\(configuration.port): \(error)")
        }
        self.front = front
        frontTask = Task.detached { try? await front.run() }
        guard let address = front.address else { throw ServeError("the server did not start listening") }
        let listening: (String, UInt16)
        switch address {
        case .ip4(let host, let port), .ip6(let host, let port): listening = (host, port)
        case .unix(let path): listening = (path, 0)
        }
        events(.listening(listening.0.contains(":") ? "http://[\(listening.0)]:\(listening.1)/" : "http://\(listening.0):\(listening.1)/"))
        return listening
    }

    /// Watches for changes and rebuilds until the task is cancelled.
    public func watch() async {
        let watcher = ContentWatcher(paths: watchedPaths, ignoring: configuration.build.outputPath)
        var last = baseline ?? watcher.snapshot()
        // Woken by the file system where it can (then a look every 2 s only in case an event was missed), else a
        // look every `pollInterval`.
        let signal = ChangeSignal()
        while !Task.isCancelled {
            if let signal {
                signal.watch(last.folders)
                _ = await Self.onThread { signal.wait(milliseconds: 2000) }
            } else {
                try? await Task.sleep(for: configuration.pollInterval)
            }
            var current = watcher.snapshot()
            guard current != last else {
                last.folders = current.folders
                continue
            }
            // Let a burst of saves settle before building (an editor's save is a write and a rename, within milliseconds).
            while true {
                try? await Task.sleep(for: .milliseconds(signal == nil ? 100 : 40))
                let settled = watcher.snapshot()
                if settled == current { break }
                current = settled
            }
            let changed = ContentWatcher.changes(from: last, to: current)
            last = current
            baseline = current
            await rebuild(changed: changed)
        }
    }

    public func stop() async {
        writing?.superseded.set()
        await writing?.task.value
        frontTask?.cancel()
        frontTask = nil
        front = nil
        await server.stop(timeout: 1)
        if let privateFolder { try? FileManager.default.removeItem(atPath: privateFolder) }
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 404: return "Not Found"
        default: return "Status"
        }
    }
}

/// A flag set once, read from any thread.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

/// The error of a server that stopped before it listened, handed from its task to `start`.
final class StartFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func record(_ error: any Error) {
        lock.lock()
        stored = error
        lock.unlock()
    }

    var error: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

public struct ServeError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
