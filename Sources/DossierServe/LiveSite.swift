import DossierKit
import Foundation

/// The site as the last good build made it, held in memory while it is being written to disk:
/// `dossier serve` answers from it as soon as the build has resolved the dossier, rendering each
/// page when it is first asked for, so that an edit shows before the whole site is written. Once
/// that site is on disk, it is dropped and the files are served from there. Before that, while an edit of
/// a source is resolved, the edited sources' pages may be served from a preview (`SourcePreview`).
public final class LiveSite: @unchecked Sendable {
    private let lock = NSLock()
    private var plan: SitePlan?
    private var version = 0
    private var rendered: [String: Data] = [:]
    /// The plan of a preview, and the pages it shows; until the next site is published.
    private var preview: (plan: SitePlan, paths: Set<String>)?

    public init() {}

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Serves `plan` from now on; returns its version, for `written`.
    @discardableResult
    public func publish(_ plan: SitePlan) -> Int {
        locked {
            self.plan = plan
            version += 1
            rendered = [:]
            preview = nil
            return version
        }
    }

    /// Serves these pages from a preview's plan until the next site is published.
    public func showPreview(_ plan: SitePlan, paths: [String]) {
        locked {
            version += 1
            rendered = [:]
            preview = (plan, Set(paths))
        }
    }

    /// A build failed: its preview goes, and the last good site answers again.
    public func dropPreview() {
        locked {
            guard preview != nil else { return }
            version += 1
            rendered = [:]
            preview = nil
        }
    }

    /// The site of `version` is on disk: serve the files from there (unless a newer one came since).
    public func written(_ version: Int) {
        locked {
            guard version == self.version else { return }
            plan = nil
            rendered = [:]
        }
    }

    /// True when the site in memory has a file at this relative path.
    public func contains(_ path: String) -> Bool {
        locked { preview?.paths.contains(path) == true || plan?.contains(path) ?? false }
    }

    /// The file at a relative path, rendered once per version; nil when there is no site in
    /// memory, no such file, or it cannot be rendered (then the last good file on disk answers).
    public func data(at path: String) -> Data? {
        let (plan, version, cached) = locked {
            (preview.flatMap { $0.paths.contains(path) ? $0.plan : nil } ?? self.plan, self.version, rendered[path])
        }
        if let cached { return cached }
        guard let plan, let file = try? plan.file(at: path) else { return nil }
        locked { if self.version == version { rendered[path] = file.contents } }
        return file.contents
    }
}
