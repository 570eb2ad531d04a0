import Foundation

/// An editor's note, ready for the resolve stage: its metadata and its Markdown body.
public struct Note: Sendable {
    public var displayPath: String
    public var relativePath: String
    public var title: String
    public var date: DayDate?
    public var tags: [String]
    public var slug: String?
    public var summary: String?
    /// The Markdown body (without a leading `# Title` that gave the title).
    public var body: String
    public var bodyStartLine: Int
    /// An event the note adds to the timeline, or corrects.
    public var event: FrontMatter.EventFields? = nil
    /// The entities the note says it is about (`entities:`), as written.
    public var about: [Located<String>] = []
    /// The sources the note cites (`sources:`), as written.
    public var cites: [Located<String>] = []
    /// Its wikilinks and relative links, found on the Markdown tree by the analyze stage.
    public var references: [NoteReference] = []

    /// Prepares a note: its title comes from front matter, else its first `# ` heading, else its file name.
    public static func prepare(_ document: RawDocument) -> Note {
        var body = document.body
        var bodyStart = document.bodyStartLine
        var title = document.frontMatter?.title
        if title == nil {
            // Skip blank lines, then take a level-1 ATX heading.
            let leading = body.prefix(while: { $0 == "\n" })
            let rest = body.dropFirst(leading.count)
            if rest.hasPrefix("# ") {
                let end = rest.firstIndex(of: "\n") ?? rest.endIndex
                // The heading's text as a reader sees it: `# &lt;b&gt;` is the title "<b>", escaped once on the page.
                let heading = rest[rest.index(rest.startIndex, offsetBy: 2)..<end].trimmingCharacters(in: CharacterSet(charactersIn: " #"))
                title = PlainText.fromInlineMarkdown(heading).trimmingCharacters(in: .whitespaces)
                body = String(rest[end...])
                // The body starts with the newline that ends the heading, on the heading's line.
                bodyStart += leading.count
            }
        }
        let note = Note(displayPath: document.displayPath, relativePath: document.relativePath,
                        title: title.flatMap { $0.isEmpty ? nil : $0 } ?? TitleMaker.fromFileName(document.relativePath),
                        date: document.frontMatter?.date, tags: document.frontMatter?.tags ?? [],
                        slug: document.frontMatter?.slug, summary: document.frontMatter?.description,
                        body: body, bodyStartLine: bodyStart, event: document.frontMatter?.event,
                        about: document.frontMatter?.entities ?? [], cites: document.frontMatter?.sources ?? [])
        return note
    }
}
