/// A quick look at edited sources, for `dossier serve` while the whole dossier is resolved again:
/// the last resolved dossier with each edited source's text, date expressions and language
/// replaced, its names linked to the entities the last dossier knew them as (by its `LinkTargets`, as a
/// note's names are: an entity's name, any spelling of it, or its slug; a name it did not know stays unlinked). Only the edited sources' own pages are shown from it;
/// the full resolve that follows decides everything again.
///
/// There is no preview when a source was added, removed or renamed, or its title or slug changed
/// (its page would move), or the config did: then the full resolve is the first thing shown.
public struct SourcePreview: Sendable {
    /// The last dossier with the edited sources replaced.
    public var dossier: Dossier
    /// The slugs of the edited sources, whose pages the preview shows.
    public var slugs: [String]

    /// At most this many edited sources get a preview (an editor saves one file at a time; a larger
    /// change waits for the full resolve).
    static let maximumEdits = 8

    public init?(previous: Dossier, config: DossierConfig, articles: [Article], facts: [ArticleFacts]) {
        guard previous.config == config, articles.count == previous.sources.count else { return nil }
        var indexByPath: [String: Int] = [:]
        for (index, entry) in previous.sources.enumerated() { indexByPath[entry.article.relativePath] = index }
        var edited: [(entry: Int, article: Article, facts: ArticleFacts)] = []
        for (article, facts) in zip(articles, facts) {
            guard let index = indexByPath[article.relativePath] else { return nil }
            let before = previous.sources[index].article
            guard article.contentHash != before.contentHash else { continue }
            guard article.title == before.title, article.slug == before.slug else { return nil }
            edited.append((index, article, facts))
        }
        guard !edited.isEmpty, edited.count <= Self.maximumEdits else { return nil }

        var dossier = previous
        for (index, article, facts) in edited {
            var entry = dossier.sources[index]
            entry.article = article
            entry.language = facts.language
            // Dated by itself: its expressions as analysed; else against the date the last resolve inferred.
            if let date = article.date {
                entry.date = SourceDate(date: date, origin: .stated(article.dateOrigin))
                entry.times = facts.times
            } else {
                entry.times = TemporalTagger.resolve(facts.times, reference: entry.date.date)
            }
            dossier.sources[index] = entry
            var links: [Int: [Dossier.EntityLink]] = [:]
            for mention in facts.mentions {
                guard let slug = previous.linkTargets.entity(named: mention.text) else { continue }
                links[mention.sentence, default: []].append(Dossier.EntityLink(start: mention.start, end: mention.end, entity: slug))
            }
            for sentence in links.keys { links[sentence]?.sort { ($0.start, $0.end) < ($1.start, $1.end) } }
            dossier.links[entry.slug] = links
        }
        self.dossier = dossier
        slugs = edited.map { dossier.sources[$0.entry].slug }
    }

    /// The pages the preview shows: each edited source's.
    public var paths: [String] { slugs.map { PageRef.source($0).path } }
}
