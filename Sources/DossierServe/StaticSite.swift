import Foundation

/// Answers requests from the files of a built site: only regular files under its folder (no
/// `..`, no hidden files, no symlinks that lead out, no directory listings), `index.html` for
/// folders, and the site's own `404.html` with status 404 for anything else. HTML pages get the
/// live-reload script when one is given, which happens only while serving.
public struct StaticSite: Sendable {
    public struct Response: Sendable, Equatable {
        public var status: Int
        public var contentType: String
        public var body: Data
        /// For redirects (`/sources` → `/sources/`).
        public var location: String?
    }

    public var root: String
    /// Inserted before `</body>` of every HTML page served.
    public var injectedHTML: String?
    /// A newer site than the one on disk, still being written: its files answer first.
    public var memory: LiveSite?

    public init(root: String, injectedHTML: String? = nil, memory: LiveSite? = nil) {
        self.root = root
        self.injectedHTML = injectedHTML
        self.memory = memory
    }

    public func respond(to requestPath: String) -> Response {
        let path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        let decoded = path.removingPercentEncoding ?? path
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // Nothing that climbs, hides or smuggles: `..`, `.`, dot files (the build's marker), NUL, backslashes.
        guard components.allSatisfy({ !$0.hasPrefix(".") && !$0.contains("\0") && !$0.contains("\\") }) else {
            return notFound()
        }
        if let memory {
            let relative = components.joined(separator: "/")
            if memory.contains(relative), let data = memory.data(at: relative) { return found(data, path: relative) }
            let index = relative.isEmpty ? "index.html" : relative + "/index.html"
            if memory.contains(index) {
                if !decoded.hasSuffix("/") {
                    return Response(status: 301, contentType: "text/plain; charset=utf-8", body: Data(),
                                    location: "/" + components.map(Self.percentEncode).joined(separator: "/") + "/")
                }
                if let data = memory.data(at: index) { return found(data, path: index) }
            }
        }
        let rootReal = Self.realPath(root) ?? root
        var file = rootReal + (components.isEmpty ? "" : "/" + components.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { return notFound() }
        if isDirectory.boolValue {
            if !decoded.hasSuffix("/") {
                return Response(status: 301, contentType: "text/plain; charset=utf-8", body: Data(),
                                location: "/" + components.map(Self.percentEncode).joined(separator: "/") + "/")
            }
            file += "/index.html"
        }
        // Symlinks inside the site must not lead out of it.
        guard let real = Self.realPath(file), real.hasPrefix(rootReal + "/"),
              FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: real) else { return notFound() }
        return found(data, path: real)
    }

    /// A file's bytes with status 200, the reload script added to a page.
    private func found(_ data: Data, path: String) -> Response {
        Response(status: 200, contentType: Self.contentType(of: path), body: inject(into: data, path: path), location: nil)
    }

    private func notFound() -> Response {
        if let memory, let data = memory.data(at: "404.html") {
            return Response(status: 404, contentType: "text/html; charset=utf-8", body: inject(into: data, path: "404.html"), location: nil)
        }
        let page = (Self.realPath(root) ?? root) + "/404.html"
        let body = FileManager.default.contents(atPath: page).map { inject(into: $0, path: page) }
            ?? Data("<!doctype html><title>Not found</title><h1>Not found</h1>".utf8)
        return Response(status: 404, contentType: "text/html; charset=utf-8", body: body, location: nil)
    }

    private func inject(into data: Data, path: String) -> Data {
        guard let injectedHTML, Self.contentType(of: path).hasPrefix("text/html") else { return data }
        var text = String(decoding: data, as: UTF8.self)
        if let close = text.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            text.insert(contentsOf: injectedHTML, at: close.lowerBound)
        } else {
            text += injectedHTML
        }
        return Data(text.utf8)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func percentEncode(_ component: String) -> String {
        component.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? component
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "ics": return "text/calendar; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "woff2": return "font/woff2"
        case "xml": return "application/xml"
        case "txt", "md": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
