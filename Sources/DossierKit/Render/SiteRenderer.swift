import Foundation

/// The render stage: page models from the `Dossier`, HTML through the templates, the data
/// export, plus the template set's assets. It never parses article text again.
public struct SiteRenderer: Sendable {
    public var templates: TemplateSet
    public var markdown: Markdown
    public static let version = "0.3.0"

    public init(templates: TemplateSet, markdown: Markdown = Markdown()) {
        self.templates = templates
        self.markdown = markdown
    }

    /// The site's files, each ready to render on its own (`dossier serve` renders the pages a
    /// browser asks for before it writes the whole site) or all together (`SitePlan.renderAll`).
    public func plan(_ dossier: Dossier) -> SitePlan {
        SitePlan(renderer: self, dossier: dossier, site: SiteIndex(dossier), jobs: pageJobs(dossier))
    }

    /// One page's HTML.
    func renderPage(_ job: PageJob, dossier: Dossier, site: SiteIndex) throws(DossierError) -> OutputFile {
        let context = job.context(self, site).merging(commonContext(dossier, page: job), uniquingKeysWith: { page, _ in page })
        return OutputFile(path: job.path, text: try templates.render(context, template: job.template))
    }

    /// The files that are not pages: the template set's assets and the data exports.
    func otherFiles(_ dossier: Dossier) -> [String: @Sendable () -> OutputFile] {
        var files: [String: @Sendable () -> OutputFile] = [:]
        for asset in templates.assets {
            files["assets/" + asset.path] = { OutputFile(path: "assets/" + asset.path, contents: asset.data) }
        }
        files["data/dossier.json"] = { OutputFile(path: "data/dossier.json", contents: DataExport(dossier).json()) }
        if !dossier.events.isEmpty {
            files["data/timeline.ics"] = {
                let calendar = CalendarExport(title: dossier.config.title, events: dossier.events, stamp: dossier.newestSourceDate)
                return OutputFile(path: "data/timeline.ics", text: calendar.ics())
            }
        }
        return files
    }

    /// One page to render: where it goes, with which template, and how to build its context.
    struct PageJob: Sendable {
        var path: String
        var template: String
        var title: String
        var section: Section?
        var context: @Sendable (SiteRenderer, SiteIndex) -> [String: Any]
    }

    /// The sections of the site, in the order of the navigation. A section shows in the
    /// navigation only when the dossier has something in it.
    enum Section: String, CaseIterable, Sendable {
        case home, timeline, sources, entities, notes, tags

        var label: String {
            switch self {
            case .home: return "Overview"
            case .timeline: return "Timeline"
            case .sources: return "Sources"
            case .entities: return "Entities"
            case .notes: return "Notes"
            case .tags: return "Tags"
            }
        }

        var path: String {
            self == .home ? "index.html" : "\(rawValue)/index.html"
        }
    }

    func pageJobs(_ dossier: Dossier) -> [PageJob] {
        var jobs: [PageJob] = [
            PageJob(path: "index.html", template: "home", title: dossier.config.title, section: .home) { renderer, site in
                renderer.homeContext(site)
            },
            PageJob(path: "sources/index.html", template: "sources", title: "Sources", section: .sources) { renderer, site in
                renderer.sourcesIndexContext(site)
            },
            PageJob(path: "notes/index.html", template: "notes", title: "Notes", section: .notes) { renderer, site in
                renderer.notesIndexContext(site)
            },
            PageJob(path: "404.html", template: "404", title: "Page not found", section: nil) { _, _ in [:] },
        ]
        if !dossier.events.isEmpty {
            jobs.append(PageJob(path: "timeline/index.html", template: "timeline", title: "Timeline", section: .timeline) { renderer, site in
                renderer.timelineContext(site)
            })
        }
        if !dossier.entities.isEmpty {
            jobs.append(PageJob(path: "entities/index.html", template: "entities", title: "Entities", section: .entities) { renderer, site in
                renderer.entitiesIndexContext(site)
            })
        }
        for (index, entry) in dossier.sources.enumerated() {
            jobs.append(PageJob(path: PageRef.source(entry.slug).path, template: "source", title: entry.article.title,
                                section: .sources) { renderer, site in
                renderer.sourceContext(site, index: index)
            })
        }
        for (index, entry) in dossier.notes.enumerated() {
            jobs.append(PageJob(path: PageRef.note(entry.slug).path, template: "note", title: entry.note.title,
                                section: .notes) { renderer, site in
                renderer.noteContext(site, index: index)
            })
        }
        if !dossier.tags.isEmpty {
            jobs.append(PageJob(path: PageRef.tagsIndex.path, template: "tags", title: "Tags", section: .tags) { renderer, site in
                renderer.tagsIndexContext(site)
            })
        }
        for (index, tag) in dossier.tags.enumerated() {
            jobs.append(PageJob(path: PageRef.tag(tag.slug).path, template: "tag", title: "Tagged “\(tag.name)”",
                                section: .tags) { renderer, site in
                renderer.tagContext(site, index: index)
            })
        }
        for (index, entity) in dossier.entities.enumerated() {
            jobs.append(PageJob(path: PageRef.entity(entity.slug).path, template: "entity", title: entity.name,
                                section: .entities) { renderer, site in
                renderer.entityContext(site, index: index)
            })
        }
        return jobs
    }


    /// `../../` for `sources/x/index.html`: every link is relative, so the site works from
    /// any sub-path and from `file://`.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.reduce(0) { $0 + ($1 == "/" ? 1 : 0) })
    }

    private func commonContext(_ dossier: Dossier, page: PageJob) -> [String: Any] {
        // The 404 page is served at any depth, so it links from the site's root: absolute with a base URL.
        let root = page.path == "404.html" ? (dossier.config.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/")
                                            : Self.root(for: page.path)
        var navigation: [[String: Any]] = []
        for section in Section.allCases where (section != .entities || !dossier.entities.isEmpty)
            && (section != .timeline || !dossier.events.isEmpty) && (section != .tags || !dossier.tags.isEmpty) {
            var item: [String: Any] = ["label": section.label, "href": root + section.path]
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

    // MARK: Shared pieces

    static func dateContext(_ date: DayDate?) -> [String: Any]? {
        date.map { ["iso": $0.iso, "long": $0.long] }
    }

    /// Links to the neighbours of an item in a newest-first list, from a page one folder deep.
    /// `lang` is the language of a title that is not in the site's language.
    static func pager(newer: (title: String, slug: String, lang: String?)?, older: (title: String, slug: String, lang: String?)?,
                      kind: String) -> [String: Any]? {
        func link(_ item: (title: String, slug: String, lang: String?)) -> [String: Any] {
            var link: [String: Any] = ["title": item.title, "href": "../\(item.slug)/index.html"]
            if let lang = item.lang { link["titleLang"] = lang }
            return link
        }
        var pager: [String: Any] = ["kind": kind]
        if let newer { pager["newer"] = link(newer) }
        if let older { pager["older"] = link(older) }
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

/// Lookups that many pages need, built once per render.
struct SiteIndex: Sendable {
    var dossier: Dossier
    var sourceIndex: [String: Int]
    var noteIndex: [String: Int]
    var entityIndex: [String: Int]

    init(_ dossier: Dossier) {
        self.dossier = dossier
        sourceIndex = Dictionary(uniqueKeysWithValues: dossier.sources.enumerated().map { ($1.slug, $0) })
        noteIndex = Dictionary(uniqueKeysWithValues: dossier.notes.enumerated().map { ($1.slug, $0) })
        entityIndex = Dictionary(uniqueKeysWithValues: dossier.entities.enumerated().map { ($1.slug, $0) })
    }

    func source(_ slug: String) -> Dossier.SourceEntry? { sourceIndex[slug].map { dossier.sources[$0] } }

    /// The language tag of a source's text (its title, sentences, excerpts) when its language is
    /// not the site's, for a `lang` attribute on what a page quotes of it; nil when they agree.
    func foreignLanguage(of entry: Dossier.SourceEntry) -> String? {
        let tag = entry.article.languageTag ?? entry.language.language.rawValue
        func primary(_ tag: String) -> Substring { tag.lowercased().split(separator: "-").first ?? "" }
        return tag.isEmpty || primary(tag) == primary(dossier.config.language) ? nil : tag
    }
    func note(_ slug: String) -> Dossier.NoteEntry? { noteIndex[slug].map { dossier.notes[$0] } }
    func entity(_ slug: String) -> Entity? { entityIndex[slug].map { dossier.entities[$0] } }
}
