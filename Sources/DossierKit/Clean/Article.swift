/// What the clean stage hands on for a source: its main text as blocks of sentences,
/// its metadata, and a record of everything that cleaning removed.
public struct Article: Sendable {
    public enum TitleOrigin: String, Sendable {
        case frontMatter = "front matter"
        case heading = "first heading"
        case headline = "first line"
        case firstSentence = "first sentence"
    }

    public enum DateOrigin: String, Sendable {
        case frontMatter = "front matter"
        case dateLine = "date line"
        case unknown = "unknown"
    }

    public var displayPath: String
    public var relativePath: String
    public var format: RawDocument.Format
    public var title: String
    public var titleOrigin: TitleOrigin
    public var date: DayDate?
    public var dateOrigin: DateOrigin
    public var outlet: String?
    public var url: String?
    public var tags: [String]
    public var slug: String?
    /// The language the front matter gives (a BCP 47 tag), which wins over detection.
    public var languageTag: String?
    public var blocks: [Block]
    public var removed: [RemovedPassage]
    /// "With reports from …" and similar lines, kept as metadata.
    public var credits: [String]
    /// Words of the main text.
    public var wordCount: Int
    public var contentHash: UInt64

    /// Every sentence of the main text, in order.
    public var sentences: [Sentence] {
        blocks.flatMap(\.sentences)
    }
}

/// One sentence of an article's main text. `ordinal` is 1-based and stable for the same text,
/// so that pages and facts can point at `#s-<ordinal>`.
public struct Sentence: Sendable, Hashable {
    public var ordinal: Int
    /// The sentence as written (it may hold inline Markdown such as emphasis or links).
    public var text: String
    /// The line of the file it starts on.
    public var line: Int

    public var anchor: String { "s-\(ordinal)" }
}

/// A block of an article's main text.
public enum Block: Sendable, Hashable {
    case paragraph([Sentence])
    case heading(level: Int, text: String, line: Int)
    case list(ordered: Bool, items: [[Sentence]])
    case quote([Sentence])
    case embeddedPost(EmbeddedPost)

    public var sentences: [Sentence] {
        switch self {
        case .paragraph(let sentences), .quote(let sentences): return sentences
        case .heading: return []
        case .list(_, let items): return items.flatMap { $0 }
        case .embeddedPost(let post): return post.sentences
        }
    }
}

/// A social media post embedded in an article ("… — Name (@handle) September 18, 2025").
public struct EmbeddedPost: Sendable, Hashable {
    public var sentences: [Sentence]
    public var author: String?
    public var handle: String?
    /// The date as the embed prints it, and parsed when it is a full date.
    public var dateText: String?
    public var date: DayDate?
    /// The link the post carried (often a shortened media link), kept as metadata.
    public var link: String?
}

/// A passage that cleaning removed, with the reason, shown collapsed on the source page.
public struct RemovedPassage: Sendable, Hashable {
    public enum Reason: String, Sendable {
        case readMore = "link to read more"
        case emptyImage = "empty image"
        case teaser = "teaser for another page"
        case callToAction = "call to action"
        case unrelatedHeadlines = "list of unrelated headlines"
        case credits = "credits (kept as metadata)"
        case title = "title line (used as the title)"
    }

    public var text: String
    public var reason: Reason
    public var line: Int
}
