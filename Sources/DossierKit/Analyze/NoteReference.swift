/// A link a note makes to something in the dossier, as written, with where it is written.
public struct NoteReference: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// `[[target]]` or `[[target|text]]`.
        case wikilink
        /// A Markdown link to a relative path, such as `[x](../sources/a.txt)` or `[y](other.md)`.
        case relativeLink
        /// A `[[` whose `]]` lies beyond inline HTML (`[[Na<b>me</b>]]`): it stays text, with a warning.
        case splitWikilink
    }

    public var kind: Kind
    /// The target as written: a name, `sources/<slug>`, or a relative path with an optional `#fragment`.
    public var target: String
    public var location: SourceLocation
}
