/// The entities index and one page per entity.
extension SiteRenderer {
    /// How many mentions an entity page shows in context; the rest are counted.
    static let mentionLimit = 200

    func entitiesIndexContext(_ site: SiteIndex) -> [String: Any] {
        let entities = site.dossier.entities
        var groups: [[String: Any]] = []
        for type in EntityType.allCases {
            let members = entities.filter { $0.type == type }
            guard !members.isEmpty else { continue }
            groups.append(["label": type.plural, "type": type.rawValue, "count": members.count,
                           "entities": members.map { entitySummary($0, root: "../") }])
        }
        return ["groups": groups, "count": entities.count, "countLabel": Self.counted(entities.count, "entity", "entities"),
                "sourceCount": site.dossier.sources.count]
    }

    func entitySummary(_ entity: Entity, root: String) -> [String: Any] {
        var summary: [String: Any] = [
            "name": entity.name,
            "href": root + PageRef.entity(entity.slug).path,
            "type": entity.type.rawValue,
            "typeLabel": entity.type.singular,
            "sources": entity.sources.count,
            "mentions": entity.mentions.count,
            "sourcesLabel": Self.counted(entity.sources.count, "source", "sources"),
            "mentionsLabel": Self.counted(entity.mentions.count, "mention", "mentions"),
        ]
        if let role = entity.roles.first { summary["role"] = role.role.display }
        return summary
    }

    func entityContext(_ site: SiteIndex, index: Int) -> [String: Any] {
        let entity = site.dossier.entities[index]
        var page: [String: Any] = [
            "name": entity.name,
            "type": entity.type.rawValue,
            "typeLabel": entity.type.singular,
            "typePlural": entity.type.plural,
            "sourcesLabel": Self.counted(entity.sources.count, "source", "sources"),
            "mentionsLabel": Self.counted(entity.mentions.count, "mention", "mentions"),
            "sourceTotal": site.dossier.sources.count,
        ]
        if !entity.aliases.isEmpty { page["aliases"] = entity.aliases.joined(separator: ", ") }
        if let description = entity.description { page["description"] = markdown.html(description) }
        if !entity.typeReasons.isEmpty { page["typeReasons"] = entity.typeReasons.joined(separator: ", ") }
        if !entity.roles.isEmpty {
            page["hasRoles"] = true
            page["roles"] = entity.roles.map { role -> [String: Any] in
                ["role": role.role.display,
                 "sources": role.sources.compactMap(site.source).map { source -> [String: Any] in
                     var link: [String: Any] = ["title": source.article.title, "href": "../../" + PageRef.source(source.slug).path]
                     if let lang = site.foreignLanguage(of: source) { link["sourceLang"] = lang }
                     return link
                 }]
            }
        }
        page["mentionGroups"] = mentionGroups(entity, site: site)
        if entity.mentions.count > Self.mentionLimit {
            page["moreMentions"] = Self.counted(entity.mentions.count - Self.mentionLimit, "more mention", "more mentions")
        }
        let related = entity.related.prefix(12).compactMap { item -> [String: Any]? in
            guard let other = site.entity(item.slug) else { return nil }
            return ["name": other.name, "href": "../../" + PageRef.entity(other.slug).path, "typeLabel": other.type.singular,
                    "together": Self.counted(item.sentences, "sentence", "sentences")]
        }
        if !related.isEmpty { page["related"] = related; page["hasRelated"] = true }
        let events = site.dossier.events.filter { $0.entities.contains(entity.slug) }
        if !events.isEmpty {
            page["events"] = events.map { eventSummary($0, site: site, root: "../../") }
            page["hasEvents"] = true
        }
        let notes = entity.notes.compactMap(site.note).map { ["title": $0.note.title, "href": "../../" + PageRef.note($0.slug).path] }
        if !notes.isEmpty { page["notes"] = notes; page["hasNotes"] = true }
        return ["entity": page]
    }

    /// The entity's mentions grouped by source: each sentence once, with every mention of it marked.
    private func mentionGroups(_ entity: Entity, site: SiteIndex) -> [[String: Any]] {
        var groups: [[String: Any]] = []
        var shown = 0
        var bySource: [String: [EntityMention]] = [:]
        for mention in entity.mentions { bySource[mention.source, default: []].append(mention) }
        for slug in entity.sources {
            guard shown < Self.mentionLimit, let source = site.source(slug), let mentions = bySource[slug] else { continue }
            let sentences = Dictionary(uniqueKeysWithValues: source.article.sentences.map { ($0.ordinal, $0) })
            var items: [[String: Any]] = []
            let bySentence = Dictionary(grouping: mentions, by: \.sentence)
            for ordinal in bySentence.keys.sorted() where shown < Self.mentionLimit {
                guard let sentence = sentences[ordinal], let marks = bySentence[ordinal] else { continue }
                items.append(["html": Self.highlighted(sentence.text, marks: marks),
                              "href": "../../" + PageRef.source(slug).path + "#" + sentence.anchor])
                shown += marks.count
            }
            var group: [String: Any] = ["title": source.article.title, "href": "../../" + PageRef.source(slug).path, "mentions": items]
            if let date = Self.dateContext(source.date.date) { group["date"] = date }
            if let lang = site.foreignLanguage(of: source) { group["sourceLang"] = lang }
            groups.append(group)
        }
        return groups
    }

    /// A sentence as plain text with the marked names in `<mark>`.
    static func highlighted(_ text: String, marks: [EntityMention]) -> String {
        let view = text.unicodeScalars
        var indices = Array(view.indices)
        indices.append(view.endIndex)
        var html = ""
        var cursor = 0
        for mark in marks.sorted(by: { $0.start < $1.start }) where mark.start >= cursor && mark.end < indices.count {
            html += HTML.escape(PlainText.fromInlineMarkdown(String(view[indices[cursor]..<indices[mark.start]])))
            html += "<mark>" + HTML.escape(String(view[indices[mark.start]..<indices[mark.end]])) + "</mark>"
            cursor = mark.end
        }
        html += HTML.escape(PlainText.fromInlineMarkdown(String(view[indices[cursor]...])))
        return html
    }
}
