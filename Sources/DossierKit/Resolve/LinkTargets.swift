/// Everything a note can link to, by the names an editor would write: entity names, aliases
/// and slugs, note titles and slugs, `sources/<slug>`, the site's sections, and the content
/// files' own paths (for ordinary relative Markdown links). Names match case- and
/// accent-insensitively.
public struct LinkTargets: Sendable {
    /// A resolved link: the page, and the fragment to append (`s-3`), if any.
    public struct Target: Sendable, Hashable {
        public var page: PageRef
        public var fragment: String?
    }

    private var entityNames: [String: String] = [:]
    private var noteNames: [String: String] = [:]
    private var sources: Set<String> = []
    private var notes: Set<String> = []
    private var entities: Set<String> = []
    private var tags: Set<String> = []
    /// Content-relative file path (`sources/a.txt`), folded → page.
    private var files: [String: PageRef] = [:]
    /// Names and paths of the sources and notes left out as drafts → their file, to tell a link
    /// to a draft from a broken one.
    private var drafts: [String: String] = [:]
    /// Site path (`sources/slug/index.html`) → page.
    private var pages: [String: PageRef] = [:]
    /// Display titles, for the text of `[[target]]` links without their own.
    public private(set) var titles: [PageRef: String] = [:]
    /// Names to suggest from, for "did you mean".
    private var suggestions: [(folded: String, written: String)] = []

    static let sections: [String: PageRef] = [
        "home": .home, "index": .home, "timeline": .timeline, "sources": .sourcesIndex, "notes": .notesIndex,
        "entities": .entitiesIndex, "tags": .tagsIndex,
    ]

    init(sources: [Dossier.SourceEntry], notes: [(slug: String, note: Note)], entities: [Entity], tags: [Tag],
         drafts: [RawDocument] = []) {
        titles[.home] = "Overview"
        titles[.timeline] = "Timeline"
        titles[.sourcesIndex] = "Sources"
        titles[.notesIndex] = "Notes"
        titles[.entitiesIndex] = "Entities"
        titles[.tagsIndex] = "Tags"
        for entity in entities {
            self.entities.insert(entity.slug)
            titles[.entity(entity.slug)] = entity.name
            for name in [entity.name] + entity.aliases + [entity.slug] {
                let folded = Self.fold(name)
                if entityNames[folded] == nil { entityNames[folded] = entity.slug }
            }
            for name in [entity.name] + entity.aliases { suggestions.append((Self.fold(name), name)) }
            files[Self.fold("entities/\(entity.slug).md")] = .entity(entity.slug)
        }
        for (slug, note) in notes {
            self.notes.insert(slug)
            titles[.note(slug)] = note.title
            for name in [note.title, slug] {
                let folded = Self.fold(name)
                if noteNames[folded] == nil { noteNames[folded] = slug }
            }
            suggestions.append((Self.fold(note.title), note.title))
            suggestions.append(("notes/" + slug, "notes/" + slug))
            files[Self.fold("notes/" + note.relativePath)] = .note(slug)
        }
        for source in sources {
            self.sources.insert(source.slug)
            titles[.source(source.slug)] = source.article.title
            suggestions.append(("sources/" + source.slug, "sources/" + source.slug))
            suggestions.append(("sources/" + Self.fold(source.article.relativePath), "sources/" + source.article.relativePath))
            files[Self.fold("sources/" + source.article.relativePath)] = .source(source.slug)
        }
        for tag in tags {
            self.tags.insert(tag.slug)
            titles[.tag(tag.slug)] = tag.name
        }
        for draft in drafts {
            let folder = draft.kind == .source ? "sources/" : "notes/"
            var names = [folder + draft.relativePath, folder + Paths.stem(draft.relativePath)]
            if let slug = draft.frontMatter?.slug { names.append(folder + slug) }
            if draft.kind == .note { names.append(draft.frontMatter?.title ?? TitleMaker.fromFileName(draft.relativePath)) }
            for name in names where self.drafts[Self.fold(name)] == nil { self.drafts[Self.fold(name)] = draft.displayPath }
        }
        for section in Self.sections.keys { suggestions.append((section, section)) }
        for page in titles.keys { pages[page.path] = page }
        suggestions.sort { $0.folded < $1.folded }
    }

    /// Case, accents, runs of spaces and typographic punctuation do not count: smart punctuation
    /// turns the `'` of `[[O'Brien]]` into `’` before the link is read.
    static func fold(_ text: String) -> String {
        var plain = ""
        for character in text {
            switch character {
            case "\u{2018}", "\u{2019}", "\u{02BC}": plain.append("'")
            case "\u{201C}", "\u{201D}": plain.append("\"")
            case "\u{2013}", "\u{2014}": plain.append("-")
            case "\u{2026}": plain += "..."
            default: plain.append(character)
            }
        }
        return Knowledge.Gazetteer.fold(plain.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "))
    }

    /// `[[Jane Doe]]`, `[[sources/slug#s-3]]`, `[[notes/slug]]`, `[[timeline]]`, `[[tags/trade]]`.
    public func resolve(wikilink target: String) -> Target? {
        let (path, fragment) = RelativeLink.split(target)
        let trimmed = path.trimmingCharacters(in: .whitespaces)
        let folded = Self.fold(trimmed)
        if let section = Self.sections[folded] { return Target(page: section, fragment: fragment) }
        if let slash = trimmed.firstIndex(of: "/"), let page = page(inFolder: trimmed[..<slash].lowercased(),
                                                                   String(trimmed[trimmed.index(after: slash)...])) {
            return Target(page: page, fragment: fragment)
        }
        // Names may hold a slash too (`[[AC/DC]]`).
        if let entity = entityNames[folded] { return Target(page: .entity(entity), fragment: fragment) }
        if let note = noteNames[folded] { return Target(page: .note(note), fragment: fragment) }
        return nil
    }

    /// The note a bare name would also have meant, when it names both an entity and a note
    /// (the entity wins).
    public func shadowedNote(wikilink target: String) -> String? {
        let folded = Self.fold(RelativeLink.split(target).path.trimmingCharacters(in: .whitespaces))
        guard entityNames[folded] != nil, Self.sections[folded] == nil else { return nil }
        return noteNames[folded]
    }

    /// `sources/<slug or file>`, `notes/…`, `entities/<slug>`, `tags/<tag>`.
    private func page(inFolder folder: String, _ rest: String) -> PageRef? {
        // A content file's path, with or without its extension.
        for candidate in [rest] + ["md", "txt", "markdown", "text"].map({ rest + "." + $0 }) {
            if let page = files[Self.fold(folder + "/" + candidate)] { return page }
        }
        let slug = Slug.make(rest)
        switch folder {
        case "sources" where sources.contains(slug): return .source(slug)
        case "notes" where notes.contains(slug): return .note(slug)
        case "entities" where entities.contains(slug): return .entity(slug)
        case "tags" where tags.contains(slug): return .tag(slug)
        default: return nil
        }
    }

    /// The file of the draft a wikilink, a relative link (joined onto `file`) or a cited name
    /// points at, when it points at one.
    public func draft(wikilink target: String) -> String? {
        drafts[Self.fold(RelativeLink.split(target).path)]
    }

    public func draft(relativeLink url: String, from file: String) -> String? {
        RelativeLink.resolve(RelativeLink.split(url).path, from: file).flatMap { drafts[Self.fold($0)] }
    }

    public func draft(source name: String) -> String? {
        drafts[Self.fold(name.hasPrefix("sources/") ? name : "sources/" + name)]
    }

    /// A relative Markdown link in a content file (`notes/a.md`) to another content file, or to a
    /// page of the built site as seen from the file's own page (`../../timeline/`). nil when it
    /// points at neither.
    public func resolve(relativeLink url: String, from file: String, page: PageRef) -> Target? {
        let (path, fragment) = RelativeLink.split(url)
        if path.isEmpty { return nil }
        if let joined = RelativeLink.resolve(path, from: file), let target = files[Self.fold(joined)] {
            return Target(page: target, fragment: fragment)
        }
        guard var joined = RelativeLink.resolve(path, from: page.path) else { return nil }
        if path.hasSuffix("/") || joined.isEmpty { joined += joined.isEmpty ? "index.html" : "/index.html" }
        return pages[joined].map { Target(page: $0, fragment: fragment) }
    }

    /// An entity named in a note's `entities:` list, by name, alias or slug.
    public func entity(named name: String) -> String? {
        entityNames[Self.fold(name)] ?? (entities.contains(Slug.make(name)) ? Slug.make(name) : nil)
    }

    /// A source cited in a note's `sources:` list, by slug or file name.
    public func source(named name: String) -> String? {
        if let page = files[Self.fold(name.hasPrefix("sources/") ? name : "sources/" + name)], case .source(let slug) = page { return slug }
        let slug = Slug.make(name.hasPrefix("sources/") ? String(name.dropFirst(8)) : name)
        return sources.contains(slug) ? slug : nil
    }

    /// The written name closest to `text`, when it is close enough to be a likely typo.
    public func suggestion(for text: String, among kind: SuggestionKind = .any) -> String? {
        let folded = Self.fold(text)
        var best: (distance: Int, written: String)?
        for candidate in suggestions where kind.accepts(candidate.written) {
            // Cheap bound first: lengths too far apart cannot be close.
            let limit = max(2, folded.count / 3)
            guard abs(candidate.folded.count - folded.count) <= limit else { continue }
            let distance = EditDistance.between(folded, candidate.folded)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (distance, candidate.written) }
        }
        return best?.written
    }

    public enum SuggestionKind: Sendable {
        case any
        case sources
        case entitiesAndNotes

        func accepts(_ written: String) -> Bool {
            switch self {
            case .any: return true
            case .sources: return written.hasPrefix("sources/")
            case .entitiesAndNotes: return !written.hasPrefix("sources/") && !written.hasPrefix("notes/")
            }
        }
    }
}
