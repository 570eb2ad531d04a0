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
            "href": root + Self.notePath(entry.slug),
        ]
        if let date = Self.dateContext(note.date) { summary["date"] = date }
        if let text = note.summary { summary["summary"] = text }
        if !note.tags.isEmpty { summary["tags"] = note.tags; summary["hasTags"] = true }
        return summary
    }

    /// The names and aliases of entities, for linking them in a note (from a page two folders deep).
    func linkNames(_ entities: [Entity]) -> [MarkdownLinker.Name] {
        entities.flatMap { entity in
            ([entity.name] + entity.aliases).filter { $0.count >= 2 }.map { name in
                MarkdownLinker.Name(text: name, caseSensitive: NameMatcher.isCaseSensitive(name),
                                    href: "../../" + Self.entityPath(entity.slug), key: entity.slug)
            }
        }
    }

    func noteContext(_ site: SiteIndex, index: Int) -> [String: Any] {
        let entry = site.dossier.notes[index]
        let note = entry.note
        var page: [String: Any] = [
            "title": note.title,
            "path": note.displayPath,
            "body": MarkdownLinker(markdown: markdown, names: linkNames(entry.entities.compactMap(site.entity))).html(note.body),
        ]
        if let date = Self.dateContext(note.date) { page["date"] = date }
        if !note.tags.isEmpty { page["tags"] = note.tags; page["hasTags"] = true }
        if let summary = note.summary { page["summary"] = summary }
        let entities = entry.entities.compactMap(site.entity)
        if !entities.isEmpty {
            page["entities"] = entities.map { entitySummary($0, root: "../../") }
            page["hasEntities"] = true
        }
        let notes = site.dossier.notes
        let newer = index > 0 ? (notes[index - 1].note.title, notes[index - 1].slug) : nil
        let older = index + 1 < notes.count ? (notes[index + 1].note.title, notes[index + 1].slug) : nil
        return ["note": page, "pager": Self.pager(newer: newer, older: older, kind: "notes")].compactMapValues { $0 }
    }
}
