import Foundation

/// `data/dossier.json`: the dossier as data for other tools. Its shape is documented in the
/// README and kept stable; keys are sorted, so the file is byte-identical for the same content.
struct DataExport: Encodable {
    struct Source: Encodable {
        var id: String
        var title: String
        var date: Nullable<String>
        var dateOrigin: String
        /// Where an inferred date came from, in words.
        var dateReason: Nullable<String>
        /// The source's page, relative to the site's root.
        var path: String
        /// The original article's address, when known.
        var url: Nullable<String>
        /// The content file it was built from.
        var file: String
        var outlet: Nullable<String>
        /// The language the source was read in (a BCP 47 tag) and how it was decided
        /// ("front matter", "detected", "dossier's language").
        var language: String
        var languageOrigin: String
        var sentences: Int
        var words: Int
        /// Every time expression the tagger found in it, in text order.
        var times: [Time]
    }

    /// A time expression: its words, the sentence that holds it, its TIMEX3 type and value (null when unresolved).
    struct Time: Encodable {
        var text: String
        var sentence: String
        var type: String
        var value: Nullable<String>
    }

    struct EntityRole: Encodable {
        var role: String
        var title: String
        var country: Nullable<String>
        var sources: [String]
    }

    struct Entity: Encodable {
        var id: String
        var name: String
        var type: String
        var aliases: [String]
        var roles: [EntityRole]
        var sources: [String]
        var mentions: Int
        var notes: [String]
        var url: String
    }

    struct Note: Encodable {
        var id: String
        var title: String
        var date: Nullable<String>
        var tags: [String]
        var entities: [String]
        /// Sources it cites or links to.
        var sources: [String]
        /// Site paths of every page its wikilinks and links point at.
        var links: [String]
        /// Notes that link to it.
        var backlinks: [String]
        var url: String
    }

    struct TagEntry: Encodable {
        var id: String
        var name: String
        var notes: [String]
        var sources: [String]
        var url: String
    }

    struct EventSource: Encodable {
        var source: String
        var sentence: String
        var phrase: String
    }

    struct EventConflict: Encodable {
        var source: String
        var sentence: String
        var phrase: String
        var date: String
    }

    struct Event: Encodable {
        var id: String
        var date: String
        var precision: String
        var title: String
        var entities: [String]
        var sources: [EventSource]
        var conflicts: [EventConflict]
        var future: Bool
        var note: Nullable<String>
    }

    /// Filled by a later stage of the project (quotes); an empty list until then.
    struct Empty: Encodable {}

    var generator: String
    var title: String
    var sources: [Source]
    var entities: [Entity]
    var events: [Event]
    var quotes: [Empty]
    var notes: [Note]
    var tags: [TagEntry]

    init(_ dossier: Dossier) {
        generator = "dossier \(SiteRenderer.version)"
        title = dossier.config.title
        sources = dossier.sources.map { entry in
            let article = entry.article
            return Source(id: entry.slug, title: article.title, date: Nullable(entry.date.date?.iso), dateOrigin: entry.date.kind,
                          dateReason: Nullable(entry.date.isInferred ? entry.date.originText : nil),
                          path: PageRef.source(entry.slug).path, url: Nullable(article.url), file: dossier.sitePath(ofSource: article.relativePath),
                          outlet: Nullable(article.outlet),
                          language: article.languageTag ?? entry.language.language.rawValue, languageOrigin: entry.language.origin.rawValue,
                          sentences: article.sentences.count, words: article.wordCount,
                          times: entry.times.map { Time(text: $0.phrase, sentence: "s-\($0.sentence)", type: $0.type.rawValue, value: Nullable($0.timex)) })
        }
        entities = dossier.entities.map { entity in
            Entity(id: entity.slug, name: entity.name, type: entity.type.rawValue, aliases: entity.aliases,
                   roles: entity.roles.map { EntityRole(role: $0.role.display, title: $0.role.title, country: Nullable($0.role.country), sources: $0.sources) },
                   sources: entity.sources, mentions: entity.mentions.count, notes: entity.notes,
                   url: PageRef.entity(entity.slug).path)
        }
        events = dossier.events.map { event in
            Event(id: event.id, date: event.value.iso, precision: event.value.precision.rawValue, title: event.title,
                  entities: event.entities,
                  sources: event.statements.map { EventSource(source: $0.source, sentence: "s-\($0.sentence)", phrase: $0.phrase) },
                  conflicts: event.conflicts.map { EventConflict(source: $0.source, sentence: "s-\($0.sentence)", phrase: $0.phrase, date: $0.value.iso) },
                  future: event.isFuture, note: Nullable(event.note))
        }
        quotes = []
        notes = dossier.notes.map { entry in
            Note(id: entry.slug, title: entry.note.title, date: Nullable(entry.note.date?.iso), tags: entry.note.tags,
                 entities: entry.entities, sources: entry.sources, links: entry.links.map(\.path),
                 backlinks: dossier.backlinks[.note(entry.slug)] ?? [], url: PageRef.note(entry.slug).path)
        }
        tags = dossier.tags.map { TagEntry(id: $0.slug, name: $0.name, notes: $0.notes, sources: $0.sources, url: PageRef.tag($0.slug).path) }
    }

    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and lists cannot fail; an empty file would show it if it did.
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }
}

/// An optional value that is written as `null` when absent, so that every key of the export is
/// always there (synthesized encoding leaves out absent optionals).
struct Nullable<Value: Encodable>: Encodable {
    var value: Value?

    init(_ value: Value?) {
        self.value = value
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
