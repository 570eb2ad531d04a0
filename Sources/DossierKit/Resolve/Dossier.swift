/// What the resolve stage hands on: the whole dossier, every item with its unique slug,
/// in reading order. Render turns it into pages without looking at any text again.
public struct Dossier: Sendable {
    public struct SourceEntry: Sendable {
        public var slug: String
        public var article: Article
        /// The source's date and where it came from (its own, or inferred).
        public var date: SourceDate
        /// Its date expressions, resolved against that date.
        public var times: [TemporalExpression]
    }

    public struct NoteEntry: Sendable {
        public var slug: String
        public var note: Note
        /// Slugs of the entities the note names.
        public var entities: [String]
    }

    /// A recognised name in a source's sentence, to link to its entity.
    public struct EntityLink: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var entity: String
    }

    public var config: DossierConfig
    /// Newest first; undated sources last; ties by title.
    public var sources: [SourceEntry]
    /// Newest first; undated notes last; ties by title.
    public var notes: [NoteEntry]
    /// Most prominent first: by the number of sources, then of mentions, then by name.
    public var entities: [Entity]
    /// Source slug → sentence ordinal → the names in it, in order.
    public var links: [String: [Int: [EntityLink]]]
    /// Likely duplicates that were not merged, for `--verbose`.
    public var ambiguities: [String]
    /// The timeline, oldest first.
    public var events: [TimelineEvent]

    /// The newest source's date: events after it are expected, not past.
    public var newestSourceDate: DayDate? { sources.compactMap(\.date.date).max() }
}
