/// The resolve stage: gives every source and note a unique, stable slug and puts them in order.
public enum DossierResolver {
    public static func resolve(config: DossierConfig, articles: [Article], notes: [Note]) throws(DossierError) -> Dossier {
        let sourceSlugs = try assignSlugs(
            articles.map { ($0.slug, Slug.make($0.title, maxLength: 70), $0.relativePath, $0.displayPath) })
        let noteSlugs = try assignSlugs(
            notes.map { ($0.slug, Slug.make(fileStem($0.relativePath)), $0.relativePath, $0.displayPath) })
        let sources = zip(sourceSlugs, articles).map { Dossier.SourceEntry(slug: $0, article: $1) }
            .sorted { newestFirst(($0.article.date, $0.article.title, $0.slug), ($1.article.date, $1.article.title, $1.slug)) }
        let noteEntries = zip(noteSlugs, notes).map { Dossier.NoteEntry(slug: $0, note: $1) }
            .sorted { newestFirst(($0.note.date, $0.note.title, $0.slug), ($1.note.date, $1.note.title, $1.slug)) }
        return Dossier(config: config, sources: sources, notes: noteEntries)
    }

    private static func newestFirst(_ a: (DayDate?, String, String), _ b: (DayDate?, String, String)) -> Bool {
        switch (a.0, b.0) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (a.1, a.2) < (b.1, b.2)
        }
    }

    private static func fileStem(_ path: String) -> String { Paths.stem(path) }

    /// Slugs chosen in front matter must be unique (a clash is an error naming both files);
    /// derived slugs that clash get `-2`, `-3`, … in path order, so they are stable across builds.
    static func assignSlugs(_ items: [(explicit: String?, derived: String, path: String, display: String)]) throws(DossierError) -> [String] {
        var owners: [String: String] = [:]
        var errors: [Diagnostic] = []
        for item in items {
            guard let explicit = item.explicit else { continue }
            if let owner = owners[explicit] {
                errors.append(.error(SourceLocation(file: item.display), "slug '\(explicit)' is already used by \(owner)"))
            } else {
                owners[explicit] = item.display
            }
        }
        if !errors.isEmpty { throw DossierError(errors) }
        let order = items.indices.sorted { items[$0].path < items[$1].path }
        let wanted = order.map { index -> String in
            let item = items[index]
            if let explicit = item.explicit { return explicit }
            let derived = item.derived.isEmpty ? Slug.make(fileStem(item.path)) : item.derived
            return derived.isEmpty ? "item" : derived
        }
        // Explicit slugs keep their name; derived ones step around them.
        let explicitSet = Set(items.compactMap(\.explicit))
        var result = Array(repeating: "", count: items.count)
        var taken = explicitSet
        for (position, index) in order.enumerated() {
            if items[index].explicit != nil {
                result[index] = wanted[position]
            } else {
                let unique = Slug.unique([wanted[position]], reserved: taken)[0]
                taken.insert(unique)
                result[index] = unique
            }
        }
        return result
    }
}
