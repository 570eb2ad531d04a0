/// The resolve stage: gives every source and note a unique, stable slug, merges the mentions of
/// all sources into entities, builds the timeline (which dates the undated sources), puts the
/// sources in order, and finds the notes that name each entity.
public enum DossierResolver {
    public struct Output: Sendable {
        public var dossier: Dossier
        public var diagnostics: [Diagnostic]
    }

    /// What the sources, the editors' entity files and the notes' `event:` lines decide: the
    /// entities, the timeline and the order of the sources. Notes change none of it otherwise, so
    /// `dossier serve` keeps it across an edit of a note (see `BuildCache`).
    public struct SourcePart: Sendable {
        var sources: [Dossier.SourceEntry]
        /// In the resolver's order (the notes' name matching depends on it); sorted once the notes are attached.
        var entities: [Entity]
        var events: [TimelineEvent]
        var links: [String: [Int: [Dossier.EntityLink]]]
        var ambiguities: [String]
        var diagnostics: [Diagnostic]
    }

    /// What the source part is computed from, compared whole before it is reused.
    public struct SourcePartKey: Sendable, Equatable {
        var config: DossierConfig
        var analysis: ArticleAnalyzer.Context.Key
        var sources: [ContentKey]
        var entityFiles: [EntityFile]
        var editorEvents: [EditorEvent]
    }

    public static func resolve(config: DossierConfig, articles: [Article], facts: [ArticleFacts], notes: [Note],
                               entityFiles: [EntityFile] = [], drafts: [RawDocument] = [],
                               analysis: ArticleAnalyzer.Context = .default,
                               cache: BuildCache? = nil) throws(DossierError) -> Output {
        var slugWarnings: [Diagnostic] = []
        let noteSlugs = try assignSlugs(
            notes.map { ($0.slug, Slug.make(Paths.stem($0.relativePath)), $0.relativePath, $0.displayPath) }, warnings: &slugWarnings)
        let editorEvents = zip(noteSlugs, notes).compactMap { slug, note in
            note.event.map { EditorEvent(value: $0.value, title: $0.title, entities: $0.entities, note: slug) }
        }
        let key = SourcePartKey(config: config, analysis: analysis.key,
                                sources: articles.map { ContentKey(path: $0.displayPath, hash: $0.contentHash) },
                                entityFiles: entityFiles,
                                editorEvents: editorEvents)
        let part: SourcePart
        if let cached = cache?.sourcePart(for: key) {
            part = cached
        } else {
            part = try resolveSources(config: config, articles: articles, facts: facts, entityFiles: entityFiles,
                                      editorEvents: editorEvents, analysis: analysis)
            cache?.keep(part, for: key)
        }
        return attachNotes(part, config: config, notes: notes, noteSlugs: noteSlugs, drafts: drafts, slugWarnings: slugWarnings)
    }

    /// Slugs of the sources, the entities, the timeline (which dates the undated sources), the
    /// sources in order, related entities and the links of every sentence.
    static func resolveSources(config: DossierConfig, articles: [Article], facts: [ArticleFacts], entityFiles: [EntityFile],
                               editorEvents: [EditorEvent], analysis: ArticleAnalyzer.Context) throws(DossierError) -> SourcePart {
        var slugWarnings: [Diagnostic] = []
        let sourceSlugs = try assignSlugs(
            articles.map { ($0.slug, Slug.make($0.title, maxLength: 70), $0.relativePath, $0.displayPath) }, warnings: &slugWarnings)
        // Entities, from the sources in path order (so that merging does not depend on dates).
        let inputs = zip(sourceSlugs, zip(articles, facts)).map { EntityResolver.Input(slug: $0, article: $1.0, facts: $1.1) }
            .sorted { $0.article.relativePath < $1.article.relativePath }
        let resolved = EntityResolver(gazetteer: analysis.knowledge.gazetteer, language: Language(tag: config.language) ?? .en)
            .resolve(inputs, files: entityFiles)
        var entities = resolved.entities
        var diagnostics = resolved.diagnostics + slugWarnings
        diagnostics += resolved.ambiguities.map { ambiguity in
            .warning(SourceLocation(file: articles.first.map { Paths.parent($0.displayPath) } ?? "sources"),
                     "possible duplicate entities: \(ambiguity) (merge them with an entity file's 'merge_into' or 'aliases')")
        }
        var entitiesBySentence: [String: [Int: Set<String>]] = [:]
        for entity in entities {
            for mention in entity.mentions { entitiesBySentence[mention.source, default: [:]][mention.sentence, default: []].insert(entity.slug) }
        }

        // The timeline, which also dates the sources that give no date.
        var entityNames: [String: String] = [:]
        for entity in entities {
            entityNames[entity.slug] = entity.slug
            for name in [entity.name] + entity.aliases { entityNames[Knowledge.Gazetteer.fold(name)] = entity.slug }
        }
        let timelineSources = inputs.map {
            TimelineBuilder.Source(slug: $0.slug, article: $0.article, facts: $0.facts, entitiesBySentence: entitiesBySentence[$0.slug] ?? [:])
        }
        let timeline = TimelineBuilder().build(timelineSources, editorEvents: editorEvents, entityNames: entityNames)
        diagnostics += timeline.diagnostics

        let sources = zip(sourceSlugs, zip(articles, facts)).map { slug, pair in
            Dossier.SourceEntry(slug: slug, article: pair.0,
                                date: timeline.dates[slug] ?? SourceDate(date: nil, origin: .unknown),
                                times: timeline.times[slug] ?? [], language: pair.1.language)
        }.sorted { newestFirst(($0.date.date, $0.article.title, $0.slug), ($1.date.date, $1.article.title, $1.slug)) }
        let sourceRank = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.slug, $0) })
        for index in entities.indices {
            entities[index].sources.sort { (sourceRank[$0] ?? 0) < (sourceRank[$1] ?? 0) }
            // (Each mention's rank looked up once, not at every comparison.)
            entities[index].mentions = entities[index].mentions.map { (rank: sourceRank[$0.source] ?? 0, mention: $0) }
                .sorted { ($0.rank, $0.mention.sentence, $0.mention.start) < ($1.rank, $1.mention.sentence, $1.mention.start) }
                .map(\.mention)
            for role in entities[index].roles.indices {
                entities[index].roles[role].sources.sort { (sourceRank[$0] ?? 0) < (sourceRank[$1] ?? 0) }
            }
        }
        var events = timeline.events
        for index in events.indices {
            events[index].sources.sort { (sourceRank[$0] ?? 0) < (sourceRank[$1] ?? 0) }
        }
        addRelated(&entities, sourceRank: sourceRank)

        var links: [String: [Int: [Dossier.EntityLink]]] = [:]
        for entity in entities.sorted(by: isMoreProminent) {
            for mention in entity.mentions {
                links[mention.source, default: [:]][mention.sentence, default: []]
                    .append(Dossier.EntityLink(start: mention.start, end: mention.end, entity: entity.slug))
            }
        }
        for (source, sentences) in links {
            for (sentence, items) in sentences {
                links[source]?[sentence] = items.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            }
        }
        return SourcePart(sources: sources, entities: entities, events: events, links: links,
                          ambiguities: resolved.ambiguities, diagnostics: diagnostics)
    }

    /// The notes on top of the source part: the entities they name, by name or alias; then what
    /// they say they are about, cite and link to, which gives every page its backlinks.
    static func attachNotes(_ part: SourcePart, config: DossierConfig, notes: [Note], noteSlugs: [String],
                            drafts: [RawDocument], slugWarnings: [Diagnostic]) -> Output {
        var entities = part.entities
        var diagnostics = part.diagnostics + slugWarnings
        let matcher = NameMatcher(entities: entities)
        var noteEntries = zip(noteSlugs, notes).map { slug, note in
            Dossier.NoteEntry(slug: slug, note: note, entities: matcher.entities(in: note.body))
        }
        noteEntries.sort { newestFirst(($0.note.date, $0.note.title, $0.slug), ($1.note.date, $1.note.title, $1.slug)) }
        let tags = Tag.collect(notes: noteEntries.map { ($0.slug, $0.note.tags) }, sources: part.sources.map { ($0.slug, $0.article.tags) })
        let targets = LinkTargets(sources: part.sources, notes: noteEntries.map { ($0.slug, $0.note) }, entities: entities, tags: tags,
                                  drafts: drafts)
        let noteLinks = NoteLinkResolver(targets: targets).resolve(noteEntries.map { ($0.slug, $0.note) })
        diagnostics += noteLinks.diagnostics
        var backlinks: [PageRef: [String]] = [:]
        for index in noteEntries.indices {
            let slug = noteEntries[index].slug
            let about = noteLinks.entities[slug] ?? []
            noteEntries[index].entities = about + noteEntries[index].entities.filter { !about.contains($0) }
            noteEntries[index].sources = noteLinks.sources[slug] ?? []
            noteEntries[index].links = noteLinks.pages[slug] ?? []
            var pages = noteEntries[index].links
            for entity in noteEntries[index].entities where !pages.contains(.entity(entity)) { pages.append(.entity(entity)) }
            for page in pages where page != .note(slug) { backlinks[page, default: []].append(slug) }
        }
        for index in entities.indices { entities[index].notes = backlinks[.entity(entities[index].slug)] ?? [] }
        entities.sort(by: isMoreProminent)
        let dossier = Dossier(config: config, sources: part.sources, notes: noteEntries, entities: entities, links: part.links,
                              ambiguities: part.ambiguities, events: part.events, tags: tags, backlinks: backlinks,
                              linkTargets: targets)
        return Output(dossier: dossier, diagnostics: diagnostics)
    }

    /// The order of the entity index: by the number of sources, then of mentions, then by name.
    private static func isMoreProminent(_ a: Entity, _ b: Entity) -> Bool {
        (b.sources.count, b.mentions.count, a.name) < (a.sources.count, a.mentions.count, b.name)
    }

    /// Entities named in the same sentences, strongest first.
    private static func addRelated(_ entities: inout [Entity], sourceRank: [String: Int]) {
        // Every (source, sentence, entity) once, sorted, so that the entities of one sentence are neighbours.
        var named: [(source: Int, sentence: Int, entity: Int)] = []
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions { named.append((sourceRank[mention.source] ?? -1, mention.sentence, index)) }
        }
        named.sort { ($0.source, $0.sentence, $0.entity) < ($1.source, $1.sentence, $1.entity) }
        // Pairs of entities named in one sentence, counted by sentence: key a × count + b.
        var counts: [Int: Int] = [:]
        var start = 0
        while start < named.count {
            var end = start
            var group: [Int] = []
            while end < named.count, named[end].source == named[start].source, named[end].sentence == named[start].sentence {
                if group.last != named[end].entity { group.append(named[end].entity) }
                end += 1
            }
            if group.count > 1 {
                for a in group {
                    for b in group where a != b { counts[a * entities.count + b, default: 0] += 1 }
                }
            }
            start = end
        }
        var related: [Int: [RelatedEntity]] = [:]
        for (key, sentences) in counts {
            related[key / entities.count, default: []].append(RelatedEntity(slug: entities[key % entities.count].slug, sentences: sentences))
        }
        for index in entities.indices {
            entities[index].related = (related[index] ?? []).sorted { ($1.sentences, $0.slug) < ($0.sentences, $1.slug) }
        }
    }

    private static func newestFirst(_ a: (DayDate?, String, String), _ b: (DayDate?, String, String)) -> Bool {
        switch (a.0, b.0) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (a.1, a.2) < (b.1, b.2)
        }
    }

    /// Slugs chosen in front matter must be unique (a clash is an error naming both files);
    /// derived slugs that clash get `-2`, `-3`, … in path order, so they are stable across builds.
    static func assignSlugs(_ items: [(explicit: String?, derived: String, path: String, display: String)],
                            warnings: inout [Diagnostic]) throws(DossierError) -> [String] {
        var owners: [String: String] = [:]
        var errors: [Diagnostic] = []
        for item in items {
            guard let explicit = item.explicit else { continue }
            if let owner = owners[explicit] {
                errors.append(.error(SourceLocation(file: item.display), "slug '\(explicit)' is already used by \(owner)"))
            } else {
                owners[explicit] = item.display
            }
        }
        if !errors.isEmpty { throw DossierError(errors) }
        let order = items.indices.sorted { items[$0].path < items[$1].path }
        var result = Array(repeating: "", count: items.count)
        var taken = Set(items.compactMap(\.explicit))
        for index in order {
            let item = items[index]
            if let explicit = item.explicit {
                result[index] = explicit
                continue
            }
            let derived = item.derived.isEmpty ? Slug.make(Paths.stem(item.path)) : item.derived
            let wanted = derived.isEmpty ? "item" : derived
            let unique = Slug.unique([wanted], reserved: taken)[0]
            if unique != wanted {
                let owner = owners[wanted].map { " by \($0)" } ?? ""
                warnings.append(.warning(SourceLocation(file: item.display),
                    "page name '\(wanted)' is already taken\(owner); this one is published as '\(unique)' (set 'slug:' to choose)"))
            }
            owners[unique] = item.display
            taken.insert(unique)
            result[index] = unique
        }
        return result
    }
}

/// Finds the entities a text names, by their names and aliases as whole words.
/// Short all-capital aliases ("US") match only in capitals; others ignore case.
struct NameMatcher {
    private var names: [(text: String, caseSensitive: Bool, entity: String)] = []

    init(entities: [Entity]) {
        names = entities.flatMap(Self.names)
    }

    /// The names and aliases an entity is found by in notes, each with whether case counts.
    static func names(of entity: Entity) -> [(text: String, caseSensitive: Bool, entity: String)] {
        ([entity.name] + entity.aliases).filter { $0.count >= 2 }.map { ($0, isCaseSensitive($0), entity.slug) }
    }

    /// Acronyms, short names and single words match only as written; longer names in any case.
    static func isCaseSensitive(_ name: String) -> Bool {
        name.count <= 4 || name.uppercased() == name || !name.contains(" ")
    }

    func entities(in text: String) -> [String] {
        let plain = PlainText.fromInlineMarkdown(text)
        let lower = plain.lowercased()
        var found: [String] = []
        for name in names where !found.contains(name.entity) {
            let haystack = name.caseSensitive ? plain : lower
            let needle = name.caseSensitive ? name.text : name.text.lowercased()
            if Self.containsWord(haystack, needle) { found.append(name.entity) }
        }
        return found
    }

    static func containsWord(_ text: String, _ word: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            if isWholeWord(range, in: text) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    /// No letter or digit touches the range on either side.
    static func isWholeWord(_ range: Range<String.Index>, in text: String) -> Bool {
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        return !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
    }
}

import Foundation
