/// What the resolve stage hands on: the whole dossier, every item with its unique slug,
/// in reading order. Render turns it into pages without looking at any text again.
public struct Dossier: Sendable {
    public struct SourceEntry: Sendable {
        public var slug: String
        public var article: Article
    }

    public struct NoteEntry: Sendable {
        public var slug: String
        public var note: Note
    }

    public var config: DossierConfig
    /// Newest first; undated sources last; ties by title.
    public var sources: [SourceEntry]
    /// Newest first; undated notes last; ties by title.
    public var notes: [NoteEntry]

    public func source(slug: String) -> SourceEntry? { sources.first { $0.slug == slug } }
    public func note(slug: String) -> NoteEntry? { notes.first { $0.slug == slug } }
}
