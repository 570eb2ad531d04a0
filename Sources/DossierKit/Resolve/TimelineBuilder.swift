import Foundation

/// Builds the timeline: dates the sources that give no date from what the corpus says,
/// turns every sentence with a date and an entity into a dated statement, and merges the
/// statements of different sources about the same thing (same date within its precision,
/// shared entities, similar wording) into events. A statement that matches an event by its
/// wording but gives another day is kept as a disagreement.
struct TimelineBuilder {
    struct Source {
        var slug: String
        var article: Article
        var facts: ArticleFacts
        /// Entity slugs named in each sentence.
        var entitiesBySentence: [Int: Set<String>]
    }

    struct Output {
        var events: [TimelineEvent]
        /// Source slug → its date and where it came from.
        var dates: [String: SourceDate]
        /// Source slug → its date expressions, resolved against its final date.
        var times: [String: [TemporalExpression]]
        var diagnostics: [Diagnostic]
    }

    /// How alike two statements must be to describe the same event.
    static let threshold = 0.13
    /// How alike a statement on another day must be to count as the same event told with another date.
    static let conflictThreshold = 0.2

    struct Statement {
        var source: Int
        var sentence: Int
        var expression: TemporalExpression
        var value: TimeValue
        var entities: Set<String>
        /// Content words and entities together, as one bag for comparing statements.
        var terms: Set<String>
        /// The summed weight of `terms`, set once the weights are known.
        var weight = 0.0
        /// `terms` as the weights' ids, in order (compared far faster than strings).
        var ids: [Int32] = []

        init(source: Int, sentence: Int, expression: TemporalExpression, value: TimeValue, entities: Set<String>, words: Set<String>) {
            self.source = source
            self.sentence = sentence
            self.expression = expression
            self.value = value
            self.entities = entities
            self.terms = words.union(entities.map { "@" + $0 })
        }
    }

    /// The clusters of statements, indexed so that a statement is only compared with clusters it can join:
    /// the same date, overlapping spans, days close to it, or (for undated sources) a shared entity.
    struct Clusters {
        var items: [[Statement]] = []
        /// The sources of each cluster's statements.
        var sources: [Set<Int>] = []
        var conflicts: [Int: [Statement]] = [:]
        /// Clusters by date (ISO value; spans under "interval") and entity named: a statement joins a
        /// cluster of its date with which it shares an entity.
        var byDateEntity: [String: Set<Int>] = [:]
        /// Clusters by date alone.
        var byDate: [String: [Int]] = [:]
        /// Day clusters by weekday and the entities their statements name ("4|slug" for Thursdays).
        var byEntity: [String: Set<Int>] = [:]
        /// Up to this many clusters of one date, a statement is compared with all of them (wording alone
        /// can make the same event); beyond it, only with those that share an entity, so that large
        /// corpora stay fast.
        static let smallBucket = 32

        static func key(_ value: TimeValue, _ entity: String) -> String { key(value) + "|" + entity }

        /// The clusters a statement may join, in creation order: all of its date when there are few;
        /// else those that share the most entities with it (at most `smallBucket` of them), so that
        /// the work per statement stays bounded however large the corpus.
        func candidates(_ value: TimeValue, _ entities: Set<String>) -> [Int] {
            let sameDate = byDate[Self.key(value)] ?? []
            if sameDate.count <= Self.smallBucket { return sameDate }
            var shared: [Int: Int] = [:]
            for entity in entities {
                for index in byDateEntity[Self.key(value, entity)] ?? [] { shared[index, default: 0] += 1 }
            }
            if shared.count <= Self.smallBucket { return shared.keys.sorted() }
            return shared.sorted { ($1.value, $1.key) < ($0.value, $0.key) }.prefix(Self.smallBucket).map(\.key).sorted()
        }

        static func key(_ value: TimeValue) -> String {
            value.precision == .interval ? "interval" : value.iso
        }

        mutating func add(_ statement: Statement, to index: Int? = nil) {
            let target: Int
            if let index {
                items[index].append(statement)
                sources[index].insert(statement.source)
                target = index
            } else {
                items.append([statement])
                sources.append([statement.source])
                target = items.count - 1
                byDate[Self.key(statement.value), default: []].append(target)
            }
            // A cluster is found by the date of its first statement and the entities of all its statements.
            let value = items[target][0].value
            for entity in statement.entities {
                byDateEntity[Self.key(value, entity), default: []].insert(target)
                if value.precision == .day { byEntity["\(value.start.weekday)|\(entity)", default: []].insert(target) }
            }
        }
    }

    /// How much a shared word or entity says: rare ones much, ubiquitous ones (the story's main
    /// countries) little. Inverse document frequency over all sentences of the corpus.
    struct Weights {
        /// Each term's id, and each id's weight.
        var ids: [String: Int32] = [:]
        var values: [Double] = []
        var fallback = 1.0

        /// From the number of bags (sentences) each term is in, and the number of bags.
        init(frequency: [String: Int], bags: Int) {
            let count = Double(max(1, bags))
            // Ids in the terms' order, so that they do not depend on how a dictionary yields its keys.
            for (term, df) in frequency.sorted(by: { $0.key < $1.key }) {
                ids[term] = Int32(values.count)
                values.append(log(1 + count / Double(df)))
            }
            fallback = log(1 + count)
        }

        func total(_ terms: Set<String>) -> Double {
            terms.reduce(0) { $0 + (ids[$1].map { values[Int($0)] } ?? fallback) }
        }

        /// The ids of the terms the weights know, in order.
        func ids(_ terms: Set<String>) -> [Int32] {
            terms.compactMap { ids[$0] }.sorted()
        }

        /// Weighted Jaccard: the weight of what both share over the weight of all they hold.
        func similarity(_ a: [Int32], _ totalA: Double, _ b: [Int32], _ totalB: Double) -> Double {
            var shared = 0.0
            var i = 0, j = 0
            while i < a.count, j < b.count {
                if a[i] == b[j] {
                    shared += values[Int(a[i])]
                    i += 1
                    j += 1
                } else if a[i] < b[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            let all = totalA + totalB - shared
            // Rounded, so that a last bit of the sums cannot change a comparison.
            return all <= 0 ? 0 : (shared / all * 1e9).rounded() / 1e9
        }
    }

    var weights = Weights(frequency: [:], bags: 0)

    func build(_ sources: [Source], editorEvents: [EditorEvent], entityNames: [String: String]) -> Output {
        var builder = self
        return builder.run(sources, editorEvents: editorEvents, entityNames: entityNames)
    }

    private mutating func run(_ sources: [Source], editorEvents: [EditorEvent], entityNames: [String: String]) -> Output {
        var dates: [String: SourceDate] = [:]
        var times: [Int: [TemporalExpression]] = [:]
        for (index, source) in sources.enumerated() {
            let article = source.article
            if let date = article.date {
                dates[source.slug] = SourceDate(date: date, origin: .stated(article.dateOrigin))
            } else if let inferred = source.facts.inferredDate {
                dates[source.slug] = SourceDate(date: inferred.date, origin: .inferred(from: inferred.reason))
            }
            times[index] = source.facts.times
        }
        let sentenceWords = sources.map(\.article).parallelMap { article in
            Dictionary(uniqueKeysWithValues: article.sentences.map { ($0.ordinal, Self.contentWords($0.text)) })
        }
        // In how many sentences each word and entity ("@slug") is, counted source by source in parallel.
        let counted = Array(zip(sources, sentenceWords)).parallelMap { source, words -> [String: Int] in
            var frequency: [String: Int] = [:]
            for sentence in source.article.sentences {
                for word in words[sentence.ordinal] ?? [] { frequency[word, default: 0] += 1 }
                for entity in source.entitiesBySentence[sentence.ordinal] ?? [] { frequency["@" + entity, default: 0] += 1 }
            }
            return frequency
        }
        var frequency: [String: Int] = [:]
        for part in counted { frequency.merge(part, uniquingKeysWith: +) }
        weights = Weights(frequency: frequency, bags: sources.reduce(0) { $0 + $1.article.sentences.count })
        func statements(of index: Int) -> [Statement] {
            (times[index] ?? []).compactMap { expression in
                guard let value = expression.value,
                      let entities = sources[index].entitiesBySentence[expression.sentence], !entities.isEmpty else { return nil }
                var statement = Statement(source: index, sentence: expression.sentence, expression: expression, value: value,
                                          entities: entities, words: sentenceWords[index][expression.sentence] ?? [])
                statement.weight = weights.total(statement.terms)
                statement.ids = weights.ids(statement.terms)
                return statement
            }
        }

        // First the sources with a date of their own.
        var clusters = Clusters()
        let dated = sources.indices.filter { dates[sources[$0].slug] != nil }
        for statement in dated.flatMap(statements).sorted(by: Self.order) {
            place(statement, into: &clusters)
        }

        // Then the undated ones that date themselves: by the latest day they tell as past, a full date or one
        // whose weekday fixes its year ("martes 18 de febrero" in a corpus of 2025).
        let years = dated.compactMap { dates[sources[$0].slug]?.date?.year }
        let span = years.min().flatMap { low in years.max().map { (low - 1)...($0 + 1) } }
        for index in sources.indices where dates[sources[index].slug] == nil {
            guard let (date, phrase) = Self.latestToldDay(times[index] ?? [], years: span) else { continue }
            dates[sources[index].slug] = SourceDate(date: date, origin: .inferred(from: "the latest day it tells of, '\(phrase)' (\(date.long))"))
            times[index] = TemporalTagger.resolve(times[index] ?? [], reference: date)
            for statement in statements(of: index).sorted(by: Self.order) {
                place(statement, into: &clusters)
            }
        }

        // Then the undated ones: dated by the events they describe with the same weekday.
        for index in sources.indices where dates[sources[index].slug] == nil {
            let undated = (times[index] ?? []).filter { $0.value == nil && $0.weekday != nil }
            var votes: [DayDate: (count: Int, sameWeekday: Bool, sources: Set<Int>)] = [:]
            for expression in undated {
                guard let entities = sources[index].entitiesBySentence[expression.sentence], !entities.isEmpty else { continue }
                let terms = (sentenceWords[index][expression.sentence] ?? []).union(entities.map { "@" + $0 })
                // Days with the weekday the source gives first; other days only when none matches. At most
                // `smallBucket` clusters, those that share the most entities, so that the work stays bounded.
                var shared: [Int: Int] = [:]
                for entity in entities {
                    for index in clusters.byEntity["\(expression.weekday ?? 0)|\(entity)"] ?? [] { shared[index, default: 0] += 1 }
                }
                if shared.isEmpty {
                    for weekday in 1...7 where weekday != expression.weekday {
                        for entity in entities {
                            for index in clusters.byEntity["\(weekday)|\(entity)"] ?? [] { shared[index, default: 0] += 1 }
                        }
                    }
                }
                let candidates = shared.sorted { ($1.value, $1.key) < ($0.value, $0.key) }.prefix(Clusters.smallBucket).map(\.key)
                for candidate in candidates.sorted() {
                    let cluster = clusters.items[candidate]
                    guard let first = cluster.first, first.value.precision == .day,
                          similarity(weights.ids(terms), weights.total(terms), cluster) >= Self.threshold else { continue }
                    let date = first.value.start
                    let same = date.weekday == expression.weekday
                    let previous = votes[date] ?? (0, false, [])
                    votes[date] = (previous.count + cluster.count, previous.sameWeekday || same,
                                   previous.sources.union(clusters.sources[candidate]))
                }
            }
            // Prefer a date whose weekday the source shares; then the best supported.
            guard let best = votes.max(by: { ($0.value.sameWeekday ? 1 : 0, $0.value.count, $1.key) < ($1.value.sameWeekday ? 1 : 0, $1.value.count, $0.key) })
            else {
                // Still undated: its full dates ("el 18 de septiembre de 2025", "in 1958") need no date of its own, nor
                // does a day whose weekday fixes its year among the dated sources' ("on Wednesday, May 7" in 2025).
                let fixed = Self.weekdayFixedDays(times[index] ?? [], years: span)
                times[index] = fixed.expressions
                for statement in statements(of: index).sorted(by: Self.order)
                where statement.expression.kind == .absolute || fixed.positions.contains(Self.position(statement.expression)) {
                    place(statement, into: &clusters)
                }
                continue
            }
            let weekday = DayDate.weekdayNames[best.key.weekday - 1]
            let reason = best.value.sameWeekday
                ? "other sources (\(best.value.sources.count)) that date the same event on \(weekday), \(best.key.long)"
                : "other sources (\(best.value.sources.count)) that date the same event \(best.key.long), though it gives another weekday"
            dates[sources[index].slug] = SourceDate(date: best.key, origin: .inferred(from: reason))
            times[index] = TemporalTagger.resolve(times[index] ?? [], reference: best.key)
            for statement in statements(of: index).sorted(by: Self.order) {
                place(statement, into: &clusters)
            }
        }

        let newest = dates.values.compactMap(\.date).max()
        var events = clusters.items.enumerated().map { index, cluster in
            event(from: cluster, conflicts: clusters.conflicts[index] ?? [], sources: sources, newest: newest)
        }
        events = apply(editorEvents, to: events, entityNames: entityNames, newest: newest)
        events.sort { ($0.value, $0.title) < ($1.value, $1.title) }
        let ids = Slug.unique(events.map { Slug.make($0.value.iso.replacingOccurrences(of: "/", with: " to ") + " " + $0.title, maxLength: 60) })
        for index in events.indices { events[index].id = ids[index] }

        var diagnostics: [Diagnostic] = []
        var resolvedTimes: [String: [TemporalExpression]] = [:]
        for (index, source) in sources.enumerated() {
            resolvedTimes[source.slug] = times[index] ?? []
            let location = SourceLocation(file: source.article.displayPath)
            if dates[source.slug] == nil {
                diagnostics.append(.warning(location, "source has no date: give it a 'date' in front matter or a leading ' date YYYY-MM-DD ' line"
                    + " (no other source dates it; it is listed last, and only its full dates reach the timeline)"))
                let lines = Dictionary(source.article.sentences.map { ($0.ordinal, $0.line) }, uniquingKeysWith: { first, _ in first })
                for expression in (times[index] ?? []) where expression.timex == nil {
                    let line = lines[expression.sentence]
                    diagnostics.append(.warning(SourceLocation(file: source.article.displayPath, line: line),
                                                "the date '\(expression.phrase)' cannot be placed without the source's date"))
                }
            }
        }
        return Output(events: events, dates: dates, times: resolvedTimes, diagnostics: diagnostics)
    }

    // MARK: Clustering

    static func order(_ a: Statement, _ b: Statement) -> Bool {
        (rank(a.value.precision), a.value.start, a.source, a.sentence, a.expression.start)
            < (rank(b.value.precision), b.value.start, b.source, b.sentence, b.expression.start)
    }

    /// The one day of `years` with this month, day and weekday ("martes 18 de febrero" among 2024–2026); nil when
    /// none or several fit.
    static func dayFixed(month: Int, day: Int, weekday: Int, years: ClosedRange<Int>) -> DayDate? {
        let fitting = years.compactMap { DayDate(year: $0, month: month, day: day) }.filter { $0.weekday == weekday }
        return fitting.count == 1 ? fitting.first : nil
    }

    /// Where an expression is: its sentence and its start in it.
    static func position(_ expression: TemporalExpression) -> [Int] { [expression.sentence, expression.start] }

    /// The expressions of an undated source with every day and month whose weekday fits exactly one year of
    /// `years` given that year ("Wednesday, May 7" in a corpus of 2024–2026 is 7 May 2025), past or future; and
    /// where those expressions are.
    static func weekdayFixedDays(_ expressions: [TemporalExpression], years: ClosedRange<Int>?)
        -> (expressions: [TemporalExpression], positions: Set<[Int]>) {
        guard let years else { return (expressions, []) }
        var positions: Set<[Int]> = []
        let resolved = expressions.map { expression -> TemporalExpression in
            guard expression.value == nil, let weekday = expression.weekday, case .day(nil, let month, let day) = expression.form else {
                return expression
            }
            guard let date = dayFixed(month: month, day: day, weekday: weekday, years: years) else { return expression }
            var dated = expression
            dated.form = .day(year: date.year, month: month, day: day)
            guard let result = TemporalTagger.resolve([dated], reference: nil).first, result.value != nil else { return expression }
            positions.insert(position(expression))
            return result
        }
        return (resolved, positions)
    }

    /// The latest day an undated source tells of as past (not in a sentence about the future): a full date
    /// ("21 aprile 2025", "23.03.2025"), or a day and month with a weekday that fixes the year among `years`
    /// (the span of the corpus's dated sources): such an article is written on that day or soon after.
    static func latestToldDay(_ expressions: [TemporalExpression], years: ClosedRange<Int>?) -> (DayDate, String)? {
        var best: (DayDate, String)?
        for expression in expressions where !expression.isFuture {
            var day: DayDate?
            if expression.kind == .absolute, let value = expression.value, value.precision == .day {
                day = value.start
            } else if let years, let weekday = expression.weekday, case .day(nil, let month, let dayOfMonth) = expression.form {
                day = dayFixed(month: month, day: dayOfMonth, weekday: weekday, years: years)
            }
            if let day, best.map({ day > $0.0 }) ?? true { best = (day, expression.phrase) }
        }
        return best
    }

    static func rank(_ precision: TimeValue.Precision) -> Int {
        switch precision {
        case .day: return 0
        case .interval: return 1
        case .month: return 2
        case .year: return 3
        }
    }

    /// Dates that can be the same event: the same day, month or year, or overlapping spans.
    static func compatible(_ a: TimeValue, _ b: TimeValue) -> Bool {
        switch (a.precision, b.precision) {
        case (.day, .day), (.month, .month), (.year, .year): return a == b
        case (.interval, .interval): return a.overlaps(b)
        default: return false
        }
    }

    /// How many statements of a cluster a new statement is compared with: a large cluster is
    /// represented by its first statements, which keeps the build linear in the corpus.
    static let representatives = 8

    /// Similarity to the closest of a cluster's representative statements.
    private func similarity(_ ids: [Int32], _ total: Double, _ cluster: [Statement]) -> Double {
        cluster.prefix(Self.representatives).map { weights.similarity(ids, total, $0.ids, $0.weight) }.max() ?? 0
    }

    private func place(_ statement: Statement, into clusters: inout Clusters) {
        var best: (index: Int, score: Double)?
        for index in clusters.candidates(statement.value, statement.entities) {
            let cluster = clusters.items[index]
            guard let first = cluster.first, Self.compatible(first.value, statement.value) else { continue }
            // The same source's other sentences about the same day are the same event more readily.
            let sameSource = clusters.sources[index].contains(statement.source)
            let needed = sameSource ? Self.threshold * 0.8 : Self.threshold
            let score = similarity(statement.ids, statement.weight, cluster)
            if score >= needed, score > (best?.score ?? 0) { best = (index, score) }
        }
        if let best {
            clusters.add(statement, to: best.index)
            return
        }
        // The same event by its wording, told on another day close to it: a disagreement about its date.
        if statement.value.precision == .day {
            var nearDay: (index: Int, score: Double)?
            let day = statement.value.start.ordinal
            for offset in [-3, -2, -1, 1, 2, 3] {
                guard let near = DayDate(ordinal: day + offset) else { continue }
                for index in clusters.candidates(.day(near), statement.entities) {
                    let cluster = clusters.items[index]
                    guard !clusters.sources[index].contains(statement.source) else { continue }
                    let score = similarity(statement.ids, statement.weight, cluster)
                    if score >= Self.conflictThreshold, score > (nearDay?.score ?? 0) { nearDay = (index, score) }
                }
            }
            if let nearDay {
                clusters.conflicts[nearDay.index, default: []].append(statement)
                return
            }
        }
        clusters.add(statement)
    }


    /// Function words of every language dossier reads, which say nothing about what happened.
    static let stopWords: Set<String> = Set(Knowledge.builtIn.lexicons.values.flatMap(\.stop)).union([
        "said", "says", "say", "told", "would", "could", "its", "their", "his", "her", "per", "cent", "percent", "both",
        "two", "also", "been", "has", "have", "had", "was", "were", "will", "with", "from", "into", "than", "that",
    ])

    /// Lowercased words of four letters or more that carry meaning, with a crude stem (plural and -ed/-ing cut),
    /// and the figures the sentence gives ("$40.5bn" and "$40.5 billion" share "#40.5").
    static func contentWords(_ text: String) -> Set<String> {
        var result: Set<String> = []
        for token in Tokenizer.tokens(text) where token.isWord {
            var word = token.lowercased
            if let first = word.first, first.isNumber, word.contains(where: { $0 == "." || $0 == "," }) || word.contains(where: \.isLetter) {
                let figure = word.prefix(while: { $0.isNumber || $0 == "." || $0 == "," })
                if figure.count >= 2, !(figure.count == 4 && figure.allSatisfy(\.isNumber)) { result.insert("#" + figure) }
                continue
            }
            guard word.count >= 4, !stopWords.contains(word), !word.allSatisfy(\.isNumber) else { continue }
            for suffix in ["ing", "ed", "es", "s"] where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
                word = String(word.dropLast(suffix.count))
                break
            }
            result.insert(word)
        }
        return result
    }

    // MARK: Events

    private func event(from cluster: [Statement], conflicts: [Statement], sources: [Source], newest: DayDate?) -> TimelineEvent {
        let value = cluster[0].value
        // The title: the statement most like the others; then the shortest.
        let candidates = Array(cluster.prefix(Self.representatives))
        let scored = candidates.map { statement -> (Statement, Double, Int) in
            let others = candidates.filter { $0.source != statement.source || $0.sentence != statement.sentence }
            let total = others.map { weights.similarity(statement.ids, statement.weight, $0.ids, $0.weight) }.reduce(0, +)
            let score = others.isEmpty ? 0 : (total / Double(others.count) * 1e9).rounded() / 1e9
            let text = sources[statement.source].article.sentences.first { $0.ordinal == statement.sentence }?.text ?? ""
            return (statement, score, text.count)
        }
        let chosen = scored.max { ($0.1, -$0.2, -$0.0.source, -$0.0.sentence) < ($1.1, -$1.2, -$1.0.source, -$1.0.sentence) }?.0 ?? cluster[0]
        let text = sources[chosen.source].article.sentences.first { $0.ordinal == chosen.sentence }?.text ?? ""
        var counts: [String: Int] = [:]
        for statement in cluster { for entity in statement.entities { counts[entity, default: 0] += 1 } }
        let entities = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(6).map(\.key)
        // Sources that tell of the event on another day support it too; they are also listed as disagreeing.
        var sourceOrder: [String] = []
        var seenSources: Set<Int> = []
        for statement in cluster + conflicts where seenSources.insert(statement.source).inserted {
            sourceOrder.append(sources[statement.source].slug)
        }
        func eventStatement(_ statement: Statement) -> EventStatement {
            EventStatement(source: sources[statement.source].slug, sentence: statement.sentence,
                           phrase: statement.expression.phrase, value: statement.value)
        }
        var seen: Set<String> = []
        let statements = cluster.map(eventStatement).filter { seen.insert("\($0.source)#\($0.sentence)").inserted }
        let title = TitleMaker.eventTitle(text, dateStart: chosen.expression.start, dateEnd: chosen.expression.end)
        return TimelineEvent(id: "", value: value, title: title, entities: entities,
                             statements: statements, sources: sourceOrder, conflicts: conflicts.map(eventStatement),
                             isFuture: newest.map { value.start > $0 } ?? false, note: nil,
                             titleSource: sources[chosen.source].slug)
    }

    /// Events from notes' front matter: a new event, or a correction of the event of the same date
    /// that involves the same entities.
    private func apply(_ editorEvents: [EditorEvent], to events: [TimelineEvent], entityNames: [String: String],
                       newest: DayDate?) -> [TimelineEvent] {
        var events = events
        for editorEvent in editorEvents {
            let slugs = editorEvent.entities.compactMap { entityNames[Knowledge.Gazetteer.fold($0)] ?? entityNames[Slug.make($0)] }
            if let index = events.firstIndex(where: { $0.value == editorEvent.value && !Set($0.entities).isDisjoint(with: slugs) }) {
                events[index].title = editorEvent.title
                events[index].titleSource = nil
                events[index].entities = Array(NSOrderedSet(array: slugs + events[index].entities)) as? [String] ?? events[index].entities
                events[index].note = editorEvent.note
            } else {
                events.append(TimelineEvent(id: "", value: editorEvent.value, title: editorEvent.title, entities: slugs,
                                            statements: [], sources: [], conflicts: [],
                                            isFuture: newest.map { editorEvent.value.start > $0 } ?? false, note: editorEvent.note,
                                            titleSource: nil))
            }
        }
        return events
    }
}

/// An event an editor adds or corrects in a note's front matter: `event: {date:, title:, entities:}`.
public struct EditorEvent: Sendable, Hashable {
    public var value: TimeValue
    public var title: String
    public var entities: [String]
    /// The note's slug.
    public var note: String
}
