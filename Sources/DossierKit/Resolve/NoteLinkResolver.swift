/// Resolves what each note links to, cites and is about, against the dossier's pages, and
/// reports what does not resolve (with the closest name as a suggestion). Its result gives
/// every page its backlinks.
struct NoteLinkResolver {
    struct Output {
        /// Note slug → the entities it is about (`entities:`) or links to, in order, without repeats.
        var entities: [String: [String]] = [:]
        /// Note slug → the sources it cites (`sources:`) or links to.
        var sources: [String: [String]] = [:]
        /// Note slug → every page it links to.
        var pages: [String: [PageRef]] = [:]
        var diagnostics: [Diagnostic] = []
    }

    var targets: LinkTargets

    func resolve(_ notes: [(slug: String, note: Note)]) -> Output {
        var output = Output()
        for (slug, note) in notes {
            var entities: [String] = []
            var sources: [String] = []
            var pages: [PageRef] = []
            func add(_ page: PageRef) {
                if !pages.contains(page) { pages.append(page) }
                switch page {
                case .entity(let entity) where !entities.contains(entity): entities.append(entity)
                case .source(let source) where !sources.contains(source): sources.append(source)
                default: break
                }
            }
            for name in note.about {
                if let entity = targets.entity(named: name.value) {
                    add(.entity(entity))
                } else {
                    output.diagnostics.append(.error(name.location, "the note is about '\(name.value)', which is not an entity of the dossier"
                        + didYouMean(targets.suggestion(for: name.value, among: .entitiesAndNotes))))
                }
            }
            for cited in note.cites {
                if let source = targets.source(named: cited.value) {
                    add(.source(source))
                } else if let draft = targets.draft(source: cited.value) {
                    output.diagnostics.append(.warning(cited.location, draftMessage("the note cites source '\(cited.value)'", draft)))
                } else {
                    let suggestion = targets.suggestion(for: "sources/" + cited.value, among: .sources).map { String($0.dropFirst(8)) }
                    output.diagnostics.append(.error(cited.location, "the note cites source '\(cited.value)', which does not exist"
                        + didYouMean(suggestion)))
                }
            }
            for reference in note.references {
                switch reference.kind {
                case .wikilink:
                    if let target = targets.resolve(wikilink: reference.target) {
                        add(target.page)
                        if let note = targets.shadowedNote(wikilink: reference.target) {
                            output.diagnostics.append(.warning(reference.location,
                                "[[\(reference.target)]] names an entity and the note '\(note)'; it links to the entity (write [[notes/\(note)]] for the note)"))
                        }
                    } else if let draft = targets.draft(wikilink: reference.target) {
                        output.diagnostics.append(.warning(reference.location, draftMessage("[[\(reference.target)]]", draft)))
                    } else {
                        output.diagnostics.append(.error(reference.location, "broken wikilink [[\(reference.target)]]: no entity, note or page has that name"
                            + didYouMean(targets.suggestion(for: RelativeLink.split(reference.target).path))))
                    }
                case .splitWikilink:
                    output.diagnostics.append(.warning(reference.location,
                        "[[\(reference.target)]] is split by inline HTML, so it is not a link and stays text as written"))
                case .relativeLink:
                    if let target = targets.resolve(relativeLink: reference.target, from: "notes/" + note.relativePath, page: .note(slug)) {
                        add(target.page)
                    } else if let draft = targets.draft(relativeLink: reference.target, from: "notes/" + note.relativePath) {
                        output.diagnostics.append(.warning(reference.location, draftMessage("the link to '\(reference.target)'", draft)))
                    } else {
                        output.diagnostics.append(.error(reference.location, "broken link '\(reference.target)': no source, note or entity file of the dossier is there"))
                    }
                }
            }
            output.entities[slug] = entities
            output.sources[slug] = sources
            output.pages[slug] = pages
        }
        return output
    }

    private func draftMessage(_ what: String, _ draft: String) -> String {
        "\(what) points at a draft (\(draft)); it is shown as plain text until the draft is published (or build with --drafts)"
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
