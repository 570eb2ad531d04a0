import Foundation

/// Every file of a site, each rendered when asked for: the pages through their templates, the
/// assets and the data exports. `renderAll` gives the whole site (what `dossier build` writes);
/// `file(at:)` gives one file, which is how `dossier serve` shows an edit at once on a large
/// dossier, before the whole site is written. A file rendered either way is the same bytes.
public struct SitePlan: Sendable {
    let renderer: SiteRenderer
    public let dossier: Dossier
    let site: SiteIndex
    private let pages: [String: SiteRenderer.PageJob]
    private let pageOrder: [SiteRenderer.PageJob]
    private let others: [String: @Sendable () -> OutputFile]

    init(renderer: SiteRenderer, dossier: Dossier, site: SiteIndex, jobs: [SiteRenderer.PageJob]) {
        self.renderer = renderer
        self.dossier = dossier
        self.site = site
        pageOrder = jobs
        var pages: [String: SiteRenderer.PageJob] = [:]
        for job in jobs { pages[job.path] = job }
        self.pages = pages
        others = renderer.otherFiles(dossier)
    }

    /// Every path of the site, sorted.
    public var paths: [String] {
        (pageOrder.map(\.path) + others.keys).sorted()
    }

    /// True when the site has a file at this relative path (`sources/x/index.html`).
    public func contains(_ path: String) -> Bool {
        pages[path] != nil || others[path] != nil
    }

    /// The file at a relative path, rendered now; nil when the site has none there.
    public func file(at path: String) throws(DossierError) -> OutputFile? {
        if let job = pages[path] { return try renderer.renderPage(job, dossier: dossier, site: site) }
        return others[path]?()
    }

    /// Every file of the site, sorted by path; pages render in parallel.
    public func renderAll() throws(DossierError) -> [OutputFile] {
        try renderAll(unless: { false }) ?? []
    }

    /// Every file of the site, or nil when `isCancelled` turns true first (the pages not yet
    /// started then are skipped): `dossier serve` drops a write that a newer edit makes stale.
    public func renderAll(unless isCancelled: @Sendable () -> Bool) throws(DossierError) -> [OutputFile]? {
        let renderer = self.renderer, dossier = self.dossier, site = self.site
        let rendered = pageOrder.parallelMap { job -> Result<OutputFile, DossierError>? in
            if isCancelled() { return nil }
            return Result { () throws(DossierError) -> OutputFile in try renderer.renderPage(job, dossier: dossier, site: site) }
        }
        var files: [OutputFile] = []
        files.reserveCapacity(rendered.count + others.count)
        for result in rendered {
            switch result {
            case .success(let file)?: files.append(file)
            case .failure(let error)?: throw error
            case nil: return nil
            }
        }
        for make in others.values { files.append(make()) }
        return files.sorted { $0.path < $1.path }
    }
}
