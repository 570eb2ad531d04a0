/// A page of the site that a link can point at.
public enum PageRef: Sendable, Hashable {
    case home
    case timeline
    case sourcesIndex
    case notesIndex
    case entitiesIndex
    case tagsIndex
    case source(String)
    case note(String)
    case entity(String)
    case tag(String)

    /// The page's path in the site, from its root.
    public var path: String {
        switch self {
        case .home: return "index.html"
        case .timeline: return "timeline/index.html"
        case .sourcesIndex: return "sources/index.html"
        case .notesIndex: return "notes/index.html"
        case .entitiesIndex: return "entities/index.html"
        case .tagsIndex: return "tags/index.html"
        case .source(let slug): return "sources/\(slug)/index.html"
        case .note(let slug): return "notes/\(slug)/index.html"
        case .entity(let slug): return "entities/\(slug)/index.html"
        case .tag(let slug): return "tags/\(slug)/index.html"
        }
    }
}
