/// The notes index and one page per note.
extension SiteRenderer {
    func notesIndexContext(_ site: SiteIndex) -> [String: Any] {
        let notes = site.dossier.notes
        return ["notes": notes.map { noteSummary($0, root: "../") }, "count": notes.count,
                "countLabel": Self.counted(notes.count, "note", "notes")]
    }

    func noteSummary(_ entry: Dossier.NoteEntry, root: String) -> [String: Any] {
        let note = entry.note
        var summary: [String: Any] = [
            "title": note.title,
            "href": root + PageRef.note(entry.slug).path,
        ]
        if let date = Self.dateContext(note.date) { summary["date"] = date }
        if let text = note.summary { summary["summary"] = text }
        Self.addTags(note.tags, root: root, to: &summary)
        return summary
    }

    /// The links of a note's body, from its page two folders deep: wikilinks and relative links
    /// to content files go to their pages, and the entities it names are linked by name.
    func noteLinker(_ site: SiteIndex, _ entry: Dossier.NoteEntry) -> MarkdownLinker {
        let targets = site.dossier.linkTargets
        let notePath = "notes/" + entry.note.relativePath
        func href(_ target: LinkTargets.Target) -> String {
            "../../" + target.page.path + (target.fragment.map { "#" + $0 } ?? "")
        }
        return MarkdownLinker(
            markdown: markdown, names: linkNames(entry.entities.compactMap(site.entity)),
            wikiLink: { link in
                guard let target = targets.resolve(wikilink: link.target) else {
                    // A link to a draft reads as its text until the draft is published.
                    return targets.draft(wikilink: link.target) == nil ? nil : (nil, link.label ?? link.target, nil)
                }
                var key: String?
                if case .entity(let slug) = target.page { key = slug }
                return (href(target), link.label ?? targets.titles[target.page] ?? link.target, key)
            },
            relativeLink: { url in
                if let target = targets.resolve(relativeLink: url, from: notePath, page: .note(entry.slug)) { return .rewrite(href(target)) }
                return targets.draft(relativeLink: url, from: notePath) == nil ? .keep : .plainText
            })
    }

    /// The notes that link to, cite, are about or name a page, for its "backlinks" section.
    func backlinks(_ site: SiteIndex, to page: PageRef, root: String) -> [[String: Any]] {
        (site.dossier.backlinks[page] ?? []).compactMap(site.note).map { entry in
            var item: [String: Any] = ["title": entry.note.title, "href": root + PageRef.note(entry.slug).path]
            if let date = Self.dateContext(entry.note.date) { item["date"] = date }
            return item
        }
    }

    /// The names and aliases of entities, for linking them in a note (from a page two folders deep).
    func linkNames(_ entities: [Entity]) -> [MarkdownLinker.Name] {
        entities.flatMap(NameMatcher.names).map { name in
            MarkdownLinker.Name(text: name.text, caseSensitive: name.caseSensitive,
                                href: "../../" + PageRef.entity(name.entity).path, key: name.entity)
        }
    }

    func noteContext(_ site: SiteIndex, index: Int) -> [String: Any] {
        let entry = site.dossier.notes[index]
        let note = entry.note
        var page: [String: Any] = [
            "title": note.title,
            "path": site.dossier.sitePath(ofNote: note.relativePath),
            "body": noteLinker(site, entry).html(note.body),
        ]
        if let date = Self.dateContext(note.date) { page["date"] = date }
        Self.addTags(note.tags, root: "../../", to: &page)
        if let summary = note.summary { page["summary"] = summary }
        let entities = entry.entities.compactMap(site.entity)
        if !entities.isEmpty {
            page["entities"] = entities.map { entitySummary($0, root: "../../") }
            page["hasEntities"] = true
        }
        let cited = entry.sources.compactMap { site.sourceIndex[$0] }.map { site.dossier.sources[$0] }
        if !cited.isEmpty {
            page["sources"] = cited.map { sourceSummary($0, site: site, root: "../../") }
            page["hasSources"] = true
        }
        let backlinks = backlinks(site, to: .note(entry.slug), root: "../../")
        if !backlinks.isEmpty { page["backlinks"] = backlinks; page["hasBacklinks"] = true; page["backlinksHeading"] = "Notes that link here" }
        let notes = site.dossier.notes
        let newer = index > 0 ? (notes[index - 1].note.title, notes[index - 1].slug, nil as String?) : nil
        let older = index + 1 < notes.count ? (notes[index + 1].note.title, notes[index + 1].slug, nil as String?) : nil
        return ["note": page, "pager": Self.pager(newer: newer, older: older, kind: "notes")].compactMapValues { $0 }
    }
}
