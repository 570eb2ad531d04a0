/// Something that happened (or is expected) at a time, according to one or more sources:
/// dated statements about the same thing merged into one event.
public struct TimelineEvent: Sendable {
    public var id: String
    public var value: TimeValue
    public var title: String
    /// Slugs of the entities involved, most named first.
    public var entities: [String]
    /// The sentences that support it, each with the date expression that dates it.
    public var statements: [EventStatement]
    /// Slugs of the sources that support it, in the dossier's order.
    public var sources: [String]
    /// Statements about the same event that give another date.
    public var conflicts: [EventStatement]
    /// After the newest source: scheduled or expected.
    public var isFuture: Bool
    /// The note whose front matter gave or corrected it.
    public var note: String?
    /// The slug of the source whose sentence the title is made from (so pages can mark its
    /// language); nil when an editor's note gave the title.
    public var titleSource: String?
}

public struct EventStatement: Sendable, Hashable {
    public var source: String
    public var sentence: Int
    public var phrase: String
    public var value: TimeValue
}

/// How a source's date was found.
public struct SourceDate: Sendable, Hashable {
    public var date: DayDate?
    public var origin: Origin

    public enum Origin: Sendable, Hashable {
        /// The source gives it: its front matter or its date line.
        case stated(Article.DateOrigin)
        /// Found in the text, with what it was found from ("a dated embedded post (…)").
        case inferred(from: String)
        case unknown
    }

    public var isInferred: Bool { if case .inferred = origin { true } else { false } }

    /// How source pages say where the date comes from: "front matter", "date line",
    /// "inferred from a dated embedded post (…)", "unknown".
    public var originText: String {
        switch origin {
        case .stated(let stated): stated.rawValue
        case .inferred(let reason): "inferred from \(reason)"
        case .unknown: "unknown"
        }
    }

    /// `front matter`, `date line`, `inferred` or `unknown`.
    public var kind: String {
        date == nil ? "unknown" : (isInferred ? "inferred" : originText)
    }
}
