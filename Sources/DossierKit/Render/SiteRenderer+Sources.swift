/// The sources index and one page per source.
extension SiteRenderer {
    func sourcesIndexContext(_ site: SiteIndex) -> [String: Any] {
        let sources = site.dossier.sources
        return ["sources": sources.map { sourceSummary($0, site: site, root: "../") }, "count": sources.count,
                "countLabel": Self.counted(sources.count, "article", "articles")]
    }

    func sourceSummary(_ entry: Dossier.SourceEntry, site: SiteIndex, root: String) -> [String: Any] {
        let article = entry.article
        var summary: [String: Any] = [
            "title": article.title,
            "href": root + PageRef.source(entry.slug).path,
            "words": Self.formatCount(article.wordCount),
            "dateOrigin": entry.date.originText,
        ]
        if let date = Self.dateContext(entry.date.date) { summary["date"] = date }
        if entry.date.isInferred { summary["dateInferred"] = true }
        if let outlet = article.outlet { summary["outlet"] = outlet }
        if let lang = site.foreignLanguage(of: entry) { summary["sourceLang"] = lang }
        if let first = article.sentences.first {
            summary["excerpt"] = Self.excerpt(PlainText.fromInlineMarkdown(first.text))
        }
        return summary
    }

    func sourceContext(_ site: SiteIndex, index: Int) -> [String: Any] {
        let entry = site.dossier.sources[index]
        let article = entry.article
        // Raw text sources are scraped, not written: their HTML is escaped even with unsafe_html.
        let body = ArticleHTML(markdown: article.format == .text ? Markdown() : markdown, links: site.dossier.links[entry.slug] ?? [:],
                               entityHref: { "../../" + PageRef.entity($0).path },
                               times: Dictionary(grouping: entry.times, by: \.sentence))
        var source: [String: Any] = [
            "title": article.title,
            "titleOrigin": article.titleOrigin.rawValue,
            "titleGuessed": article.titleOrigin == .firstSentence || article.titleOrigin == .headline,
            "dateOrigin": entry.date.originText,
            "path": site.dossier.sitePath(ofSource: article.relativePath),
            "words": Self.formatCount(article.wordCount),
            "minutes": max(1, Int((Double(article.wordCount) / 230).rounded())),
            "body": body.render(article.blocks),
            "sentences": article.sentences.count,
        ]
        if let date = Self.dateContext(entry.date.date) { source["date"] = date }
        if entry.date.isInferred { source["dateInferred"] = true }
        if let outlet = article.outlet { source["outlet"] = outlet }
        source["languageName"] = entry.language.language.englishName
        source["languageOrigin"] = entry.language.origin.rawValue
        source["languageTag"] = article.languageTag ?? entry.language.language.rawValue
        if let lang = site.foreignLanguage(of: entry) { source["titleLang"] = lang }
        if let url = article.url { source["url"] = url }
        if !article.credits.isEmpty { source["credits"] = article.credits }
        Self.addTags(article.tags, root: "../../", to: &source)
        let backlinks = backlinks(site, to: .source(entry.slug), root: "../../")
        if !backlinks.isEmpty { source["backlinks"] = backlinks; source["hasBacklinks"] = true; source["backlinksHeading"] = "Notes on this source" }
        if !article.removed.isEmpty {
            source["removed"] = article.removed.map { ["text": $0.text, "reason": $0.reason.rawValue, "line": $0.line] as [String: Any] }
            source["removedCount"] = article.removed.count
        }
        // The entities this source names, most prominent first.
        let named = Set((site.dossier.links[entry.slug] ?? [:]).values.flatMap { $0.map(\.entity) })
        let entities = named.compactMap { site.entityIndex[$0] }.sorted().map { site.dossier.entities[$0] }
        if !entities.isEmpty {
            source["entities"] = entities.map { entitySummary($0, root: "../../") }
            source["hasEntities"] = true
        }
        let sources = site.dossier.sources
        let newer = index > 0 ? (sources[index - 1].article.title, sources[index - 1].slug, site.foreignLanguage(of: sources[index - 1])) : nil
        let older = index + 1 < sources.count
            ? (sources[index + 1].article.title, sources[index + 1].slug, site.foreignLanguage(of: sources[index + 1])) : nil
        return ["source": source, "pager": Self.pager(newer: newer, older: older, kind: "sources")].compactMapValues { $0 }
    }
}
