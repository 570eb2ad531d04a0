/// What the load stage hands on: every content file read and split, nothing interpreted.
public struct Corpus: Sendable {
    public var config: DossierConfig
    public var sources: [RawDocument]
    public var notes: [RawDocument]
    /// The editors' entity files, `content/entities/*.md`.
    public var entities: [RawDocument]
    /// Sources and notes left out as drafts, so that links to them can be told apart from broken ones.
    public var drafts: [RawDocument] = []
    /// The editors' gazetteer, `content/knowledge/*.tsv`: rows that add to or override the
    /// knowledge built into dossier, in the same formats (read, not interpreted, here).
    public var knowledge: [KnowledgeText] = []
    /// Warnings found while loading (encoding problems, skipped files, unknown keys).
    public var diagnostics: [Diagnostic]
}

/// One content file: its front matter (if any), its body, and where it came from.
public struct RawDocument: Sendable {
    public enum Kind: String, Sendable {
        case source
        case note
        case entity

        var allowedKeys: Set<String> {
            switch self {
            case .source: return FrontMatter.sourceKeys
            case .note: return FrontMatter.noteKeys
            case .entity: return FrontMatter.entityKeys
            }
        }
    }

    public enum Format: String, Sendable {
        /// Plain or scraped text: every line is a paragraph.
        case text
        /// Markdown: paragraphs are separated by blank lines.
        case markdown
    }

    public var kind: Kind
    public var format: Format
    /// The path shown to the user, e.g. `content/sources/a.txt`.
    public var displayPath: String
    /// The path inside its kind's folder, e.g. `a.txt`, used for default slugs and ordering.
    public var relativePath: String
    public var frontMatter: FrontMatter?
    /// The date given by a leading ` date YYYY-MM-DD ` prefix, already removed from `body`.
    public var dateLine: DayDate?
    public var body: String
    /// The file line on which `body` starts.
    public var bodyStartLine: Int
    /// A hash of the file's bytes, for caching per-article work.
    public var contentHash: UInt64

    public var location: SourceLocation { SourceLocation(file: displayPath) }
}

/// A knowledge data file of the dossier's own (`content/knowledge/places.tsv`, `lang-es.tsv`…).
public struct KnowledgeText: Sendable, Equatable {
    public var displayPath: String
    /// The path inside `content/knowledge/`, which says what the file holds.
    public var relativePath: String
    public var text: String
}
