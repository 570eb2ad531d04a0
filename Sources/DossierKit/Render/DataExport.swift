import Foundation

/// `data/dossier.json`: the dossier as data for other tools. Its shape is documented in the
/// README and kept stable; keys are sorted, so the file is byte-identical for the same content.
struct DataExport: Encodable {
    struct Source: Encodable {
        var id: String
        var title: String
        var date: String?
        var dateOrigin: String
        /// Where an inferred date came from, in words.
        var dateReason: String?
        /// The source's page, relative to the site's root.
        var path: String
        /// The original article's address, when known.
        var url: String?
        /// The content file it was built from.
        var file: String
        var outlet: String?
        var sentences: Int
        var words: Int

        enum CodingKeys: String, CodingKey {
            case id, title, date, dateOrigin, dateReason, path, url, file, outlet, sentences, words
        }

        /// Unknown values are written as `null`, so that every key is always there.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(date, forKey: .date)
            try container.encode(dateOrigin, forKey: .dateOrigin)
            try container.encode(dateReason, forKey: .dateReason)
            try container.encode(path, forKey: .path)
            try container.encode(url, forKey: .url)
            try container.encode(file, forKey: .file)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(sentences, forKey: .sentences)
            try container.encode(words, forKey: .words)
        }
    }

    struct EntityRole: Encodable {
        var role: String
        var title: String
        var country: String?
        var sources: [String]

        enum CodingKeys: String, CodingKey {
            case role, title, country, sources
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(role, forKey: .role)
            try container.encode(title, forKey: .title)
            try container.encode(country, forKey: .country)
            try container.encode(sources, forKey: .sources)
        }
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
        var date: String?
        var tags: [String]
        var entities: [String]
        var url: String

        enum CodingKeys: String, CodingKey {
            case id, title, date, tags, entities, url
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(date, forKey: .date)
            try container.encode(tags, forKey: .tags)
            try container.encode(entities, forKey: .entities)
            try container.encode(url, forKey: .url)
        }
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
        var note: String?

        enum CodingKeys: String, CodingKey {
            case id, date, precision, title, entities, sources, conflicts, future, note
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(date, forKey: .date)
            try container.encode(precision, forKey: .precision)
            try container.encode(title, forKey: .title)
            try container.encode(entities, forKey: .entities)
            try container.encode(sources, forKey: .sources)
            try container.encode(conflicts, forKey: .conflicts)
            try container.encode(future, forKey: .future)
            try container.encode(note, forKey: .note)
        }
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

    init(_ dossier: Dossier) {
        generator = "dossier \(SiteRenderer.version)"
        title = dossier.config.title
        sources = dossier.sources.map { entry in
            let article = entry.article
            return Source(id: entry.slug, title: article.title, date: entry.date.date?.iso, dateOrigin: entry.date.kind,
                          dateReason: entry.date.isInferred ? entry.date.origin : nil,
                          path: SiteRenderer.sourcePath(entry.slug), url: article.url, file: article.displayPath,
                          outlet: article.outlet, sentences: article.sentences.count, words: article.wordCount)
        }
        entities = dossier.entities.map { entity in
            Entity(id: entity.slug, name: entity.name, type: entity.type.rawValue, aliases: entity.aliases,
                   roles: entity.roles.map { EntityRole(role: $0.role.display, title: $0.role.title, country: $0.role.country, sources: $0.sources) },
                   sources: entity.sources, mentions: entity.mentions.count, notes: entity.notes,
                   url: SiteRenderer.entityPath(entity.slug))
        }
        events = dossier.events.map { event in
            Event(id: event.id, date: event.value.iso, precision: event.value.precision.rawValue, title: event.title,
                  entities: event.entities,
                  sources: event.statements.map { EventSource(source: $0.source, sentence: "s-\($0.sentence)", phrase: $0.phrase) },
                  conflicts: event.conflicts.map { EventConflict(source: $0.source, sentence: "s-\($0.sentence)", phrase: $0.phrase, date: $0.value.iso) },
                  future: event.isFuture, note: event.note)
        }
        quotes = []
        notes = dossier.notes.map { entry in
            Note(id: entry.slug, title: entry.note.title, date: entry.note.date?.iso, tags: entry.note.tags,
                 entities: entry.entities, url: SiteRenderer.notePath(entry.slug))
        }
    }

    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and lists cannot fail; an empty file would show it if it did.
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }
}
