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
        /// The language it was read in, and how that was decided.
        public var language: LanguageDecision = LanguageDecision(language: .en, origin: .fallback)
    }

    public struct NoteEntry: Sendable {
        public var slug: String
        public var note: Note
        /// Slugs of the entities the note is about (`entities:`), links to, or names, in that order.
        public var entities: [String]
        /// Slugs of the sources it cites (`sources:`) or links to.
        public var sources: [String] = []
        /// Every page its wikilinks and relative links point at.
        public var links: [PageRef] = []
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
    /// The content folder's own name (`content`), for showing a file's path in the site without
    /// the folders above it, which differ from machine to machine.
    public var contentFolderName = "content"

    /// `content/sources/a.txt`, the same wherever the dossier is built.
    public func sitePath(ofSource relativePath: String) -> String { contentFolderName + "/sources/" + relativePath }
    public func sitePath(ofNote relativePath: String) -> String { contentFolderName + "/notes/" + relativePath }
    /// Tags of notes and sources, most used first.
    public var tags: [Tag]
    /// Page → slugs of the notes that link to it, cite it, are about it or name it (newest first).
    public var backlinks: [PageRef: [String]]
    /// What names in notes resolve to, for rendering their links.
    public var linkTargets: LinkTargets

    /// The newest source's date: events after it are expected, not past.
    public var newestSourceDate: DayDate? { sources.compactMap(\.date.date).max() }
}
