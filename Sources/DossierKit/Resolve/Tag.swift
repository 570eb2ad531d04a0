import Foundation

/// A tag given to notes and sources in their front matter, with its page `tags/<slug>/`.
public struct Tag: Sendable {
    public var slug: String
    /// The tag as first written (in path order); tags that make the same slug are one tag.
    public var name: String
    /// Slugs of its notes and sources, in the dossier's order (newest first).
    public var notes: [String]
    public var sources: [String]

    /// The tag's page name: its slug, or for a tag with no Latin letters or digits (`экономика`,
    /// `貿易`) a stable name made from its bytes.
    public static func slug(for name: String) -> String {
        let slug = Slug.make(name)
        if !slug.isEmpty { return slug }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return "" }
        return "tag-" + String(FNV1a.hash(Data(trimmed.lowercased().utf8)), radix: 16)
    }

    /// Groups the tags of notes and sources by slug, most used first, then by name.
    static func collect(notes: [(slug: String, tags: [String])], sources: [(slug: String, tags: [String])]) -> [Tag] {
        var bySlug: [String: Tag] = [:]
        var order: [String] = []
        func add(_ name: String, note: String?, source: String?) {
            let slug = Tag.slug(for: name)
            guard !slug.isEmpty else { return }
            if bySlug[slug] == nil {
                bySlug[slug] = Tag(slug: slug, name: name, notes: [], sources: [])
                order.append(slug)
            }
            if let note, bySlug[slug]?.notes.contains(note) == false { bySlug[slug]?.notes.append(note) }
            if let source, bySlug[slug]?.sources.contains(source) == false { bySlug[slug]?.sources.append(source) }
        }
        for note in notes { for tag in note.tags { add(tag, note: note.slug, source: nil) } }
        for source in sources { for tag in source.tags { add(tag, note: nil, source: source.slug) } }
        return order.compactMap { bySlug[$0] }.sorted {
            ($1.notes.count + $1.sources.count, $0.name.lowercased()) < ($0.notes.count + $0.sources.count, $1.name.lowercased())
        }
    }
}
