import Foundation

/// Decides whether a folder may be (re)placed by a build. A build replaces its output folder
/// whole, so it refuses any folder whose loss would destroy work.
public struct OutputGuard: Sendable {
    /// Folders the output may not be, contain, or sit inside, with what they are.
    public var protected: [(path: String, label: String)]

    public init(contentPath: String, templatesPath: String?, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        var protected: [(String, String)] = [("/", "the root folder")]
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        if !home.isEmpty { protected.append((home, "your home folder")) }
        protected.append((contentPath, "the content folder"))
        if let templatesPath { protected.append((templatesPath, "the templates folder")) }
        if let repository = OutputGuard.repositoryRoot(from: Paths.absolute(contentPath, in: workingDirectory)) {
            protected.append((repository, "the repository root"))
        }
        self.protected = protected.map { (Paths.absolute($0.0, in: workingDirectory), $0.1) }
    }

    /// The nearest folder at or above `path` that holds `.git`.
    static func repositoryRoot(from path: String) -> String? {
        var current = path
        while true {
            if FileManager.default.fileExists(atPath: current + "/.git") { return current }
            let parent = Paths.parent(current)
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    public func check(output: String, displayPath: String) throws(DossierError) {
        let target = Paths.absolute(output, in: FileManager.default.currentDirectoryPath)
        let resolvedTarget = (target as NSString).resolvingSymlinksInPath
        let candidates = Set([target, resolvedTarget])
        for (path, label) in protected {
            let resolved = (path as NSString).resolvingSymlinksInPath
            if candidates.contains(resolved) || candidates.contains(path) {
                throw DossierError(SourceLocation(file: displayPath), "refusing to write the site into \(label); choose another --output")
            }
        }
        for (path, label) in protected {
            let resolved = (path as NSString).resolvingSymlinksInPath
            for candidate in candidates {
                if Paths.isInside(resolved, candidate) || Paths.isInside(path, candidate) {
                    throw DossierError(SourceLocation(file: displayPath), "refusing to replace a folder that holds \(label); choose another --output")
                }
                if label != "the repository root", label != "your home folder", label != "the root folder",
                   Paths.isInside(candidate, resolved) || Paths.isInside(candidate, path) {
                    throw DossierError(SourceLocation(file: displayPath), "refusing to write the site inside \(label); choose another --output")
                }
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw DossierError(SourceLocation(file: displayPath), "output path exists and is not a folder")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
            if !entries.isEmpty, !entries.contains(SiteWriter.markerName) {
                throw DossierError(SourceLocation(file: displayPath),
                                   "output folder is not empty and was not written by dossier build; refusing to replace it (empty it or choose another --output)")
            }
        }
    }
}

/// Path helpers that do not touch the file system.
enum Paths {
    static func absolute(_ path: String, in base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return (joined as NSString).standardizingPath
    }

    /// The folder part of a path (`a/b/c.html` → `a/b`, `c.html` → ``, `/x` → `/`).
    /// Written out because Foundation's `deletingLastPathComponent` traps on some short paths on Linux.
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of a path (`a/b/c.html` → `c.html`).
    static func lastComponent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The extension of a file name, lowercased, without the dot; empty when there is none.
    static func fileExtension(_ name: String) -> String {
        let last = lastComponent(name)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }

    /// The file name without its extension.
    static func stem(_ path: String) -> String {
        let last = lastComponent(path)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }

    /// True when `inner` is strictly inside `outer`.
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        let prefix = outer.hasSuffix("/") ? outer : outer + "/"
        return inner.hasPrefix(prefix) && inner != outer
    }
}
