/// The tags index and one page per tag, listing its notes and sources.
extension SiteRenderer {
    func tagsIndexContext(_ site: SiteIndex) -> [String: Any] {
        let tags = site.dossier.tags
        return ["tags": tags.map { tag -> [String: Any] in
                    ["name": tag.name, "href": "../" + PageRef.tag(tag.slug).path,
                     "countLabel": Self.counted(tag.notes.count + tag.sources.count, "item", "items")]
                },
                "countLabel": Self.counted(tags.count, "tag", "tags")]
    }

    func tagContext(_ site: SiteIndex, index: Int) -> [String: Any] {
        let tag = site.dossier.tags[index]
        let notes = tag.notes.compactMap(site.note).map { noteSummary($0, root: "../../") }
        let sources = tag.sources.compactMap(site.source).map { sourceSummary($0, site: site, root: "../../") }
        var page: [String: Any] = ["name": tag.name,
                                   "countLabel": Self.counted(tag.notes.count + tag.sources.count, "item", "items")]
        if !notes.isEmpty { page["notes"] = notes; page["hasNotes"] = true }
        if !sources.isEmpty { page["sources"] = sources; page["hasSources"] = true }
        return ["tag": page, "itemLevel": 3]
    }

    /// `tags` (links to their pages) and `hasTags` in a page or item context, when there are any.
    static func addTags(_ names: [String], root: String, to context: inout [String: Any]) {
        let links = tagLinks(names, root: root)
        guard !links.isEmpty else { return }
        context["tags"] = links
        context["hasTags"] = true
    }

    /// A list of tags as links to their pages.
    static func tagLinks(_ names: [String], root: String) -> [[String: Any]] {
        var seen: Set<String> = []
        return names.compactMap { name in
            let slug = Tag.slug(for: name)
            guard !slug.isEmpty, seen.insert(slug).inserted else { return nil }
            return ["name": name, "href": root + PageRef.tag(slug).path]
        }
    }
}
