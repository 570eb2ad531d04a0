/// The timeline page, and the events shown on other pages.
extension SiteRenderer {
    func timelineContext(_ site: SiteIndex) -> [String: Any] {
        let events = site.dossier.events
        var years: [[String: Any]] = []
        for year in Array(Set(events.map(\.value.start.year))).sorted() {
            let inYear = events.filter { $0.value.start.year == year }
            var groups: [[String: Any]] = []
            // Events known only to the year first, then month by month.
            let yearOnly = inYear.filter { $0.value.precision == .year }
            if !yearOnly.isEmpty {
                groups.append(["label": "Sometime in \(year)", "events": yearOnly.map { eventSummary($0, site: site, root: "../") }])
            }
            for month in 1...12 {
                let inMonth = inYear.filter { $0.value.precision != .year && $0.value.start.month == month }
                guard !inMonth.isEmpty else { continue }
                groups.append(["label": "\(DayDate.monthNames[month - 1]) \(year)", "events": inMonth.map { eventSummary($0, site: site, root: "../") }])
            }
            years.append(["year": year, "groups": groups])
        }
        var context: [String: Any] = ["years": years, "count": events.count,
                                      "countLabel": Self.counted(events.count, "event", "events")]
        if let first = events.first, let last = events.last {
            let summary = "\(Self.counted(events.count, "event", "events")) from \(first.value.display) to \(last.value.display)."
            context["svg"] = TimelineSVG().render(events, summary: summary)
            context["summary"] = summary
        }
        if let newest = site.dossier.newestSourceDate { context["newest"] = Self.dateContext(newest) }
        return context
    }

    /// An event as a list item, for a page `root` away from the site's root.
    func eventSummary(_ event: TimelineEvent, site: SiteIndex, root: String) -> [String: Any] {
        var summary: [String: Any] = [
            "id": event.id,
            "href": root + "timeline/index.html#" + event.id,
            "date": event.value.display,
            "iso": event.value.iso,
            // HTML's `datetime` has no form for a span of days: the span's first day.
            "datetime": event.value.precision == .interval ? event.value.start.iso : event.value.iso,
            "precision": event.value.precision.rawValue,
            "title": event.title,
            "sourcesLabel": Self.counted(event.sources.count, "source", "sources"),
        ]
        if event.isFuture { summary["future"] = true }
        if let lang = event.titleSource.flatMap(site.source).flatMap(site.foreignLanguage) { summary["titleLang"] = lang }
        let entities = event.entities.compactMap(site.entity).map { ["name": $0.name, "href": root + PageRef.entity($0.slug).path] }
        if !entities.isEmpty { summary["entities"] = entities; summary["hasEntities"] = true }
        var seen: Set<String> = []
        let statements = event.statements.filter { seen.insert("\($0.source)#\($0.sentence)").inserted }
        summary["citations"] = statements.compactMap { statement -> [String: Any]? in
            guard let source = site.source(statement.source) else { return nil }
            var citation: [String: Any] = ["title": source.article.title, "phrase": statement.phrase,
                                           "href": root + PageRef.source(source.slug).path + "#s-\(statement.sentence)"]
            if let lang = site.foreignLanguage(of: source) { citation["citationLang"] = lang }
            return citation
        }
        if !event.conflicts.isEmpty {
            summary["conflicts"] = event.conflicts.compactMap { statement -> [String: Any]? in
                guard let source = site.source(statement.source) else { return nil }
                var conflict: [String: Any] = ["title": source.article.title, "phrase": statement.phrase, "date": statement.value.display,
                                               "href": root + PageRef.source(source.slug).path + "#s-\(statement.sentence)"]
                if let lang = site.foreignLanguage(of: source) { conflict["citationLang"] = lang }
                return conflict
            }
            summary["hasConflicts"] = true
        }
        if let note = event.note.flatMap(site.note) {
            summary["note"] = ["title": note.note.title, "href": root + PageRef.note(note.slug).path]
        }
        return summary
    }

    /// The events with the most sources, oldest first, for the home page.
    func keyEvents(_ site: SiteIndex, limit: Int = 6) -> [TimelineEvent] {
        let ranked = site.dossier.events.sorted { ($1.sources.count, $0.value) < ($0.sources.count, $1.value) }
        return Array(ranked.prefix(limit)).sorted { $0.value < $1.value }
    }
}
