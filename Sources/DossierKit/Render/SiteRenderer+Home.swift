/// The overview page.
extension SiteRenderer {
    func homeContext(_ site: SiteIndex) -> [String: Any] {
        let dossier = site.dossier
        let dated = dossier.sources.compactMap(\.date.date).sorted()
        var stats: [String: Any] = [
            "sources": dossier.sources.count,
            "notes": dossier.notes.count,
            "words": Self.formatCount(dossier.sources.reduce(0) { $0 + $1.article.wordCount }),
        ]
        if !dossier.entities.isEmpty { stats["entities"] = dossier.entities.count }
        if let first = dated.first, let last = dated.last {
            stats["firstDate"] = Self.dateContext(first)
            stats["lastDate"] = Self.dateContext(last)
            stats["span"] = first != last
        }
        // The most prominent entities of each main type.
        var keyEntities: [[String: Any]] = []
        for type in [EntityType.person, .organization, .place, .agreement] {
            let top = dossier.entities.filter { $0.type == type }.prefix(6)
            guard !top.isEmpty else { continue }
            keyEntities.append(["label": type.plural, "entities": top.map { entitySummary($0, root: "") }])
        }
        var context: [String: Any] = [
            "stats": stats,
            "sources": dossier.sources.map { sourceSummary($0, site: site, root: "") },
            "latestNotes": dossier.notes.prefix(5).map { noteSummary($0, root: "") },
            "moreNotes": dossier.notes.count > 5,
        ]
        if !keyEntities.isEmpty { context["keyEntities"] = keyEntities; context["hasKeyEntities"] = true }
        let events = keyEvents(site)
        if !events.isEmpty {
            context["keyEvents"] = events.map { eventSummary($0, site: site, root: "") }
            context["hasKeyEvents"] = true
            context["moreEvents"] = dossier.events.count > events.count
            stats["events"] = dossier.events.count
            context["stats"] = stats
        }
        return context
    }
}
