import Foundation

/// The render stage: page models from the `Dossier`, HTML through the templates,
/// plus the template set's assets. It never parses article text again.
public struct SiteRenderer: Sendable {
    public var templates: TemplateSet
    public var markdown: Markdown
    public static let version = "0.1.0"

    public init(templates: TemplateSet, markdown: Markdown = Markdown()) {
        self.templates = templates
        self.markdown = markdown
    }

    /// Every file of the site. Pages render in parallel; the result is sorted by path.
    public func render(_ dossier: Dossier) throws(DossierError) -> [OutputFile] {
        let jobs = pageJobs(dossier)
        let rendered = jobs.parallelMap { job in
            Result { () throws(DossierError) -> OutputFile in
                let context = job.context(self, dossier).merging(commonContext(dossier, page: job), uniquingKeysWith: { page, _ in page })
                return OutputFile(path: job.path, text: try templates.render(context, template: job.template))
            }
        }
        var files: [OutputFile] = []
        files.reserveCapacity(rendered.count + templates.assets.count)
        for result in rendered {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): throw error
            }
        }
        for asset in templates.assets {
            files.append(OutputFile(path: "assets/" + asset.path, contents: asset.data))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// One page to render: where it goes, with which template, and how to build its context.
    struct PageJob: Sendable {
        var path: String
        var template: String
        var title: String
        var section: Section?
        var context: @Sendable (SiteRenderer, Dossier) -> [String: Any]
    }

    enum Section: String, CaseIterable, Sendable {
        case home, sources, notes
    }

    func pageJobs(_ dossier: Dossier) -> [PageJob] {
        var jobs: [PageJob] = [
            PageJob(path: "index.html", template: "home", title: dossier.config.title, section: .home) { renderer, dossier in
                renderer.homeContext(dossier)
            },
            PageJob(path: "sources/index.html", template: "sources", title: "Sources", section: .sources) { renderer, dossier in
                ["sources": dossier.sources.map { renderer.sourceSummary($0, root: "../") },
                 "count": dossier.sources.count, "countLabel": Self.counted(dossier.sources.count, "article", "articles")]
            },
            PageJob(path: "notes/index.html", template: "notes", title: "Notes", section: .notes) { renderer, dossier in
                ["notes": dossier.notes.map { renderer.noteSummary($0, root: "../") },
                 "count": dossier.notes.count, "countLabel": Self.counted(dossier.notes.count, "note", "notes")]
            },
            PageJob(path: "404.html", template: "404", title: "Page not found", section: nil) { _, _ in [:] },
        ]
        for (index, entry) in dossier.sources.enumerated() {
            jobs.append(PageJob(path: Self.sourcePath(entry.slug), template: "source", title: entry.article.title,
                                section: .sources) { renderer, dossier in
                renderer.sourceContext(dossier, index: index)
            })
        }
        for (index, entry) in dossier.notes.enumerated() {
            jobs.append(PageJob(path: Self.notePath(entry.slug), template: "note", title: entry.note.title,
                                section: .notes) { renderer, dossier in
                renderer.noteContext(dossier, index: index)
            })
        }
        return jobs
    }

    static func sourcePath(_ slug: String) -> String { "sources/\(slug)/index.html" }
    static func notePath(_ slug: String) -> String { "notes/\(slug)/index.html" }

    /// `../../` for `sources/x/index.html`: every link is relative, so the site works from
    /// any sub-path and from `file://`.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.reduce(0) { $0 + ($1 == "/" ? 1 : 0) })
    }

    // MARK: Contexts

    private func commonContext(_ dossier: Dossier, page: PageJob) -> [String: Any] {
        // The 404 page is served at any depth, so it links from the site's root: absolute with a base URL.
        let root = page.path == "404.html" ? (dossier.config.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/")
                                            : Self.root(for: page.path)
        var navigation: [[String: Any]] = []
        let items: [(Section, String, String)] = [(.home, "Overview", "index.html"), (.sources, "Sources", "sources/index.html"),
                                                  (.notes, "Notes", "notes/index.html")]
        for (section, label, target) in items {
            var item: [String: Any] = ["label": label, "href": root + target]
            if section == page.section { item["current"] = true }
            navigation.append(item)
        }
        var site: [String: Any] = ["title": dossier.config.title, "language": dossier.config.language,
                                   "generator": "dossier \(Self.version)"]
        if !dossier.config.description.isEmpty { site["description"] = dossier.config.description }
        return ["site": site, "root": root, "nav": navigation, "pageTitle": page.title,
                "isHome": page.section == .home,
                // Item titles in lists sit under the page's h1, or under an h2 section on the home page.
                "itemLevel": page.section == .home ? 3 : 2]
    }

    func homeContext(_ dossier: Dossier) -> [String: Any] {
        let dated = dossier.sources.compactMap(\.article.date).sorted()
        var stats: [String: Any] = [
            "sources": dossier.sources.count,
            "notes": dossier.notes.count,
            "words": Self.formatCount(dossier.sources.reduce(0) { $0 + $1.article.wordCount }),
        ]
        if let first = dated.first, let last = dated.last {
            stats["firstDate"] = ["iso": first.iso, "long": first.long]
            stats["lastDate"] = ["iso": last.iso, "long": last.long]
            stats["span"] = first != last
        }
        var context: [String: Any] = [
            "stats": stats,
            "sources": dossier.sources.map { sourceSummary($0, root: "") },
            "latestNotes": dossier.notes.prefix(5).map { noteSummary($0, root: "") },
            "moreNotes": dossier.notes.count > 5,
        ]
        let outlets = Set(dossier.sources.compactMap(\.article.outlet))
        if !outlets.isEmpty { stats["outlets"] = outlets.count; context["stats"] = stats }
        return context
    }

    func sourceSummary(_ entry: Dossier.SourceEntry, root: String) -> [String: Any] {
        let article = entry.article
        var summary: [String: Any] = [
            "title": article.title,
            "href": root + Self.sourcePath(entry.slug),
            "words": Self.formatCount(article.wordCount),
            "dateOrigin": article.dateOrigin.rawValue,
        ]
        if let date = article.date { summary["date"] = ["iso": date.iso, "long": date.long] }
        if let outlet = article.outlet { summary["outlet"] = outlet }
        if let first = article.sentences.first {
            summary["excerpt"] = Self.excerpt(PlainText.fromInlineMarkdown(first.text))
        }
        return summary
    }

    func noteSummary(_ entry: Dossier.NoteEntry, root: String) -> [String: Any] {
        let note = entry.note
        var summary: [String: Any] = [
            "title": note.title,
            "href": root + Self.notePath(entry.slug),
        ]
        if let date = note.date { summary["date"] = ["iso": date.iso, "long": date.long] }
        if let text = note.summary { summary["summary"] = text }
        if !note.tags.isEmpty { summary["tags"] = note.tags; summary["hasTags"] = true }
        return summary
    }

    func sourceContext(_ dossier: Dossier, index: Int) -> [String: Any] {
        let entry = dossier.sources[index]
        let article = entry.article
        var source: [String: Any] = [
            "title": article.title,
            "titleOrigin": article.titleOrigin.rawValue,
            "titleGuessed": article.titleOrigin == .firstSentence || article.titleOrigin == .headline,
            "dateOrigin": article.dateOrigin.rawValue,
            "path": article.displayPath,
            "words": Self.formatCount(article.wordCount),
            "minutes": max(1, Int((Double(article.wordCount) / 230).rounded())),
            "body": ArticleHTML(markdown: markdown).render(article.blocks),
            "sentences": article.sentences.count,
        ]
        if let date = article.date { source["date"] = ["iso": date.iso, "long": date.long] }
        if let outlet = article.outlet { source["outlet"] = outlet }
        if let url = article.url { source["url"] = url }
        if !article.credits.isEmpty { source["credits"] = article.credits }
        if !article.tags.isEmpty { source["tags"] = article.tags; source["hasTags"] = true }
        if !article.removed.isEmpty {
            source["removed"] = article.removed.map { ["text": $0.text, "reason": $0.reason.rawValue, "line": $0.line] as [String: Any] }
            source["removedCount"] = article.removed.count
        }
        let titles = dossier.sources.map { ($0.article.title, $0.slug) }
        return ["source": source, "pager": Self.pager(titles, at: index, kind: "sources")].compactMapValues { $0 }
    }

    func noteContext(_ dossier: Dossier, index: Int) -> [String: Any] {
        let entry = dossier.notes[index]
        let note = entry.note
        var page: [String: Any] = [
            "title": note.title,
            "path": note.displayPath,
            "body": markdown.html(note.body),
        ]
        if let date = note.date { page["date"] = ["iso": date.iso, "long": date.long] }
        if !note.tags.isEmpty { page["tags"] = note.tags; page["hasTags"] = true }
        if let summary = note.summary { page["summary"] = summary }
        let titles = dossier.notes.map { ($0.note.title, $0.slug) }
        return ["note": page, "pager": Self.pager(titles, at: index, kind: "notes")].compactMapValues { $0 }
    }

    /// Links to the neighbours of item `index` in a newest-first list of (title, slug), from a page one folder deep.
    static func pager(_ items: [(title: String, slug: String)], at index: Int, kind: String) -> [String: Any]? {
        var pager: [String: Any] = ["kind": kind]
        if index > 0 { pager["newer"] = ["title": items[index - 1].title, "href": "../\(items[index - 1].slug)/index.html"] }
        if index + 1 < items.count { pager["older"] = ["title": items[index + 1].title, "href": "../\(items[index + 1].slug)/index.html"] }
        return pager.count > 1 ? pager : nil
    }

    static func excerpt(_ text: String, limit: Int = 220) -> String {
        guard text.count > limit else { return text }
        var cut = ""
        for word in text.split(separator: " ") {
            if cut.count + word.count + 1 > limit - 1 { break }
            cut += cut.isEmpty ? String(word) : " " + word
        }
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:")) + "…"
    }

    /// `1 article`, `12 articles`.
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(formatCount(count)) \(count == 1 ? singular : plural)"
    }

    /// `12,345`: grouped digits, the same on every machine whatever its locale.
    static func formatCount(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
