/// Finds time expressions in sentences and gives them TIMEX3 types and values (TimeML, as
/// TempEval-3 uses them), resolved against the article's date: full dates, months, years,
/// weekdays, quarters, halves, seasons, decades, centuries, times and parts of the day,
/// expressions relative to the article's date ("last week", "four years ago", "yesterday"),
/// to the statement before ("two weeks later", "the next day"), references ("now", "recently"),
/// durations ("five years") and sets ("every Monday").
///
/// The rules are the same in every language; the words are data (`TemporalLexicon`, read from
/// `Knowledge/curated/temporal-<code>.tsv` and CLDR's month and weekday names), in the manner
/// of HeidelTime's language resources. Every rule reads a bounded number of words ahead, so the
/// tagger is linear in the text.
public struct TemporalTagger: Sendable {
    let words: TemporalLexicon

    /// The tagger for English.
    public init() { self.init(language: .en) }

    public init(language: Language) {
        self.init(lexicon: Knowledge.builtIn.temporalLexicon(language))
    }

    init(lexicon: TemporalLexicon) { self.words = lexicon }

    /// Every time expression of an article, resolved against `reference` (the article's date) where it has one.
    public func tag(_ sentences: [Sentence], reference: DayDate?) -> [TemporalExpression] {
        tag(sentences, tokens: sentences.map { Tokenizer.tokens($0.text) }, reference: reference)
    }

    /// The same, from the sentences' tokens as the analyzer has them (`Tokenizer.tokens` without elisions).
    func tag(_ sentences: [Sentence], tokens: [[Token]], reference: DayDate?) -> [TemporalExpression] {
        var found: [TemporalExpression] = []
        for (sentence, tokens) in zip(sentences, tokens) {
            found += detect(in: sentence, tokens: tokens)
        }
        return TemporalTagger.resolve(found, reference: reference)
    }

    // MARK: Pieces

    /// A word or mark as the tagger reads it: the tokenizer's tokens with hyphenated words cut
    /// ("third-quarter", "mid-1990s", "week-long") and an elided word cut after its apostrophe ("l'an").
    struct Piece: Sendable {
        var text: String
        var lower: String
        var start: Int
        var end: Int
        var isWord: Bool
        var isCapitalised: Bool
        /// Cut from the piece before at a hyphen ("to" and "quarter" of "quarter-to-quarter").
        var afterHyphen = false
    }

    static func pieces(_ tokens: [Token]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            guard token.isWord else {
                result.append(Piece(text: token.text, lower: token.text, start: token.start, end: token.end, isWord: false, isCapitalised: false))
                continue
            }
            let scalars = Array(token.text.unicodeScalars)
            var from = 0
            var hyphen = false
            func emit(_ to: Int) {
                guard to > from else { return }
                let text = String(String.UnicodeScalarView(scalars[from..<to]))
                var lower = text.lowercased()
                if lower.unicodeScalars.contains("\u{2019}") { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
                let first = scalars[from]
                result.append(Piece(text: text, lower: lower, start: token.start + from, end: token.start + to, isWord: true,
                                    isCapitalised: SentenceSplitter.isUpper(first), afterHyphen: hyphen))
                hyphen = false
            }
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2011}", index > 0, index + 1 < scalars.count,
                   !(SentenceSplitter.isDigit(scalars[index - 1]) && SentenceSplitter.isDigit(scalars[index + 1])) {
                    emit(index)
                    from = index + 1
                    hyphen = true
                } else if scalar == "'" || scalar == "\u{2019}", index + 1 < scalars.count, index > 0 {
                    emit(index + 1)
                    from = index + 1
                }
                index += 1
            }
            emit(scalars.count)
        }
        return result
    }

    // MARK: Detection

    struct Match {
        var form: TemporalExpression.Form
        var kind: TemporalExpression.Kind
        var type: TemporalExpression.TimexType
        var start: Int
        /// Exclusive piece index.
        var end: Int
        var weekday: Int?
    }

    typealias K = TemporalLexicon.Kind

    /// The marks that end the clause a tense cue governs.
    static let clauseMarks: Set<String> = [",", ";", "\u{2014}", ":", "(", "\""]

    func detect(in sentence: Sentence) -> [TemporalExpression] {
        detect(in: sentence, tokens: Tokenizer.tokens(sentence.text))
    }

    func detect(in sentence: Sentence, tokens: [Token]) -> [TemporalExpression] {
        let pieces = Self.pieces(tokens)
        let lower = pieces.map(\.lower)
        let w = LexiconWords(words: lower, lexicon: words)
        var result: [TemporalExpression] = []
        let phrases = ScalarText(sentence.text)
        var i = 0
        while i < pieces.count {
            // Every expression starts with a word of the lexicon or a number ("18", "1990s", "Q3"); other words cannot start one.
            guard pieces[i].isWord || pieces[i].lower == "'", words.canStart(lower[i]) || lower[i] == "'" || lower[i].utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
                i += 1
                continue
            }
            if let match = best(at: i, pieces, w) {
                let start = pieces[match.start].start, end = pieces[match.end - 1].end
                var expression = TemporalExpression(form: match.form, phrase: phrases.slice(start, end), sentence: sentence.ordinal,
                                                    start: start, end: end, kind: match.kind, value: nil, derivation: "",
                                                    weekday: match.weekday, isFuture: false)
                (expression.isFuture, expression.isPast) = tense(before: match.start, w, after: match.end)
                expression.type = match.type
                result.append(expression)
                i = max(match.end, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether the clause around piece `index` speaks of the future or the past: the tense word or ending nearest
    /// before the expression in its clause ("the unit to be acquired had revenue for the year ended March 31" is past),
    /// else the first after it ("The court Friday rejected").
    func tense(before index: Int, _ lower: LexiconWords, after end: Int? = nil) -> (future: Bool, past: Bool) {
        func cue(_ position: Int) -> (future: Bool, past: Bool)? {
            if words.match(lower, at: position, [.future]) != nil || words.isFutureWord(lower[position]) {
                // A plan told in the past ("had been scheduled to expire Friday", "was due to end Monday") is past; not a
                // clause of its own ("the sale, which had been expected, is part of a plan to pay by February").
                var before = position - 1
                if before >= 0, words.has(lower[before], .passive) { before -= 1 }
                let governs = position + 1 < lower.count && !Self.clauseMarks.contains(lower[position + 1])
                if before >= 0, governs, before < position - 1 || words.isPastWord(lower[position]), words.has(lower[before], .past) {
                    return (false, true)
                }
                return (true, false)
            }
            if words.match(lower, at: position, [.past]) != nil { return (false, true) }
            // A participle after "be" or a future ("will be named in December", "será nombrado") tells nothing; the word
            // before it does.
            if words.isPastWord(lower[position]) {
                let before = position > 0 ? lower[position - 1] : ""
                if !(words.has(before, .passive) || words.has(before, .future) || words.isFutureWord(before)) { return (false, true) }
            }
            return nil
        }
        var position = index - 1
        // An expression in parentheses takes the tense of the clause around them ("will leave at 4 (4 a.m. Thursday)").
        var parenthesis = false
        if let open = lower[max(0, index - 8)..<index].lastIndex(of: "("), !lower[open..<index].contains(")") {
            position = open - 1
            parenthesis = true
        }
        // Commas do not end the clause looking back ("stepped down as chairman, president and chief executive in March").
        while position >= 0, index - position <= 30, lower[position] == "," || !Self.clauseMarks.contains(lower[position]) {
            // A phrase that ends just before the expression ("going to") starts further back: look at each start.
            if let found = cue(position) { return found }
            position -= 1
        }
        if parenthesis { return (false, false) }
        if let end {
            var position = end
            // "In March, American Medical received": a comma right after the expression does not end the search.
            while position < lower.count, position - end < 14, lower[position] == "," || !Self.clauseMarks.contains(lower[position]) {
                if let found = cue(position) { return found }
                position += 1
            }
        }
        return (false, false)
    }

    /// The longest expression that starts at piece `i`.
    func best(at i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        var candidates: [Match] = []
        if let core = core(at: i, p, w, afterBoundary: false) { candidates.append(core) }
        // "early next month", "the end of the year", "mid-1990s", "a principios de marzo".
        if let boundary = words.match(w, at: i, [.boundary]), var core = core(at: boundary.end, p, w, afterBoundary: true),
           core.type == .date || core.type == .time, core.kind != .reference, core.kind != .duration {
            core.start = i
            candidates.append(core)
        }
        return candidates.max { $0.end < $1.end }
    }

    /// The expressions that start at piece `i` without a boundary word, longest first.
    func core(at i: Int, _ p: [Piece], _ w: LexiconWords, afterBoundary: Bool) -> Match? {
        // A boundary word at the end of the sentence ("… at the end of") leaves nothing to read.
        guard i < w.count else { return nil }
        var found: [Match] = []
        func add(_ match: Match?) { if let match { found.append(match) } }
        add(reference(i, w))
        add(numericDate(i, p, w))
        add(calendarDate(i, p, w))
        add(clockTime(i, p, w))
        add(weekdayExpression(i, p, w))
        add(deictic(i, p, w))
        add(unitExpression(i, p, w, afterBoundary: afterBoundary))
        add(yearExpression(i, p, w))
        add(setExpression(i, p, w))
        add(holidayExpression(i, p, w))
        if afterBoundary { add(partOfDay(i, p, w)) }
        // The first of the longest: the order above breaks ties.
        var best: Match?
        for match in found where match.end > (best?.end ?? 0) { best = match }
        return best
    }

    // MARK: Numbers and names

    func isDigits(_ text: String) -> Bool { !text.isEmpty && text.unicodeScalars.allSatisfy(SentenceSplitter.isDigit) }

    /// A number in digits or words ("4", "four", "twenty four", "a"), with the piece after it.
    func number(_ i: Int, _ w: LexiconWords) -> (value: Int, end: Int)? {
        guard i < w.count else { return nil }
        if isDigits(w[i]), w[i].count <= 3, let value = Int(w[i]) { return (value, i + 1) }
        guard let match = words.match(w, at: i, [.number]), let value = Int(match.entry.value) else { return nil }
        // "twenty four", "twenty-four"
        if value >= 20, value % 10 == 0, value < 100, let unit = words.match(w, at: match.end, [.number]),
           let small = Int(unit.entry.value), small < 10, small > 1 || unit.entry.words != ["a"] {
            return (value + small, unit.end)
        }
        return (value, match.end)
    }

    /// An ordinal in digits ("3rd", "18th", "20e", "20.") or words ("third", "premier").
    func ordinal(_ i: Int, _ w: LexiconWords) -> (value: Int, end: Int)? {
        guard i < w.count else { return nil }
        if let match = words.match(w, at: i, [.ordinal]), let value = Int(match.entry.value) { return (value, match.end) }
        let text = w[i]
        let digits = String(text.prefix { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits) else { return nil }
        let suffix = String(text.dropFirst(digits.count))
        if !suffix.isEmpty, words.has(suffix, .ordinalSuffix) { return (value, i + 1) }
        if suffix.isEmpty, i + 1 < w.count, w[i + 1] == ".", words.has(".", .ordinalSuffix) { return (value, i + 2) }
        return nil
    }

    /// A day of the month: "18", "18th", "1er", "18." (where the language writes it so).
    func dayNumber(_ i: Int, _ w: LexiconWords) -> (value: Int, end: Int)? {
        guard i < w.count else { return nil }
        let text = w[i]
        let digits = String(text.prefix { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
        let suffix = String(text.dropFirst(digits.count))
        if suffix.isEmpty { return (value, i + 1) }
        return words.has(suffix, .ordinalSuffix) ? (value, i + 1) : nil
    }

    /// A year in digits ("1994") or in words ("nineteen ninety-four"), with the piece after it.
    func writtenYear(_ i: Int, _ w: LexiconWords) -> (value: Int, end: Int)? {
        if let y = year(i, w) { return (y, i + 1) }
        guard i < w.count, !isDigits(w[i]), let first = number(i, w), (18...20).contains(first.value), first.end < w.count,
              !isDigits(w[first.end]), let second = number(first.end, w), (10...99).contains(second.value) else { return nil }
        return (first.value * 100 + second.value, second.end)
    }

    func year(_ i: Int, _ w: LexiconWords) -> Int? {
        guard i >= 0, i < w.count, w[i].count == 4, isDigits(w[i]), let value = Int(w[i]), (1000...2200).contains(value) else { return nil }
        return value
    }

    /// A month's name, or its abbreviation (with its dot) where `short` allows.
    func month(_ i: Int, _ w: LexiconWords, short: Bool) -> (value: Int, end: Int, isFull: Bool)? {
        guard let match = words.match(w, at: i, short ? [.month, .monthAbbreviation] : [.month]), let value = Int(match.entry.value) else { return nil }
        let full = match.entry.kind == .month
        let end = match.end < w.count && w[match.end] == "." && !full ? match.end + 1 : match.end
        return (value, end, full)
    }

    func weekdayName(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> (value: Int, end: Int)? {
        if let match = words.match(w, at: i, [.weekday]), let value = Int(match.entry.value) {
            // Where weekdays are written in lowercase, a capital inside a sentence is a name ("Plácido Domingo").
            if !words.capitalisesCalendar, p[i].isCapitalised, i > 0, !isSentenceStart(i, w) { return nil }
            return (value, match.end)
        }
        if let match = words.match(w, at: i, [.weekdayAbbreviation]), match.end < w.count, w[match.end] == ".",
           let value = Int(match.entry.value), p[i].isCapitalised {
            return (value, match.end + 1)
        }
        return nil
    }

    func isSentenceStart(_ i: Int, _ w: LexiconWords) -> Bool {
        var j = i - 1
        while j >= 0, ["\"", "(", "\u{201C}", "«", "'", "-", "\u{2014}"].contains(w[j]) { j -= 1 }
        return j < 0 || [".", ":", "!", "?"].contains(w[j])
    }

    func skip(_ kinds: [K], _ i: Int, _ w: LexiconWords) -> Int {
        var j = i
        while let match = words.match(w, at: j, kinds), j - i < 4 { j = match.end }
        return j
    }

    /// An ordinal and a quarter or half after a year: "[this year's] third quarter".
    func yearPart(_ i: Int, _ w: LexiconWords) -> (unit: TemporalExpression.Unit, index: Int, end: Int)? {
        guard let ordinal = ordinal(i, w), let q = words.match(w, at: ordinal.end, [.quarter, .half]) else { return nil }
        let isHalf = q.entry.kind == .half
        guard (isHalf ? 1...2 : 1...4).contains(ordinal.value) else { return nil }
        return (isHalf ? .half : .quarter, ordinal.value, q.end)
    }

    func unit(_ i: Int, _ w: LexiconWords) -> (unit: TemporalExpression.Unit?, duration: String, end: Int, plural: Bool)? {
        guard let match = words.match(w, at: i, [.unit]) else { return nil }
        let unit: TemporalExpression.Unit?
        switch match.entry.value {
        case "day": unit = .day
        case "week": unit = .week
        case "weekend": unit = .weekend
        case "fortnight": unit = nil
        case "month": unit = .month
        case "quarter": unit = .quarter
        case "year": unit = .year
        case "decade": unit = .decade
        case "century": unit = .century
        default: unit = nil
        }
        return (unit, match.entry.value, match.end, match.entry.plural)
    }

    static func durationCode(_ amount: String, _ unit: String) -> String? {
        switch unit {
        case "day": return "P\(amount)D"
        case "week": return "P\(amount)W"
        case "weekend": return "P\(amount)WE"
        case "fortnight": return Int(amount).map { "P\($0 * 2)W" } ?? "PXW"
        case "month": return "P\(amount)M"
        case "quarter": return "P\(amount)Q"
        case "year": return "P\(amount)Y"
        case "decade": return "P\(amount)DE"
        case "century": return "P\(amount)CE"
        case "hour": return "PT\(amount)H"
        case "minute": return "PT\(amount)M"
        default: return nil
        }
    }

    // MARK: Rules

    /// A year at `l`, after an optional comma ("18 September, 2025"): the year and the end of the match.
    func yearAfter(_ l: Int, _ w: LexiconWords) -> (Int?, Int)? {
        let at = l < w.count && w[l] == "," ? l + 1 : l
        return writtenYear(at, w).map { ($0.value, $0.end) }
    }

    /// "2025-09-18", "18.09.2025", "18/09/2025" (day first where the language reads it so), "09/18/2025".
    func numericDate(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        var parts: [String] = []
        var end = i + 1
        let text = w[i]
        if text.contains("-") || text.contains(".") {
            parts = text.split(whereSeparator: { $0 == "-" || $0 == "." }).map(String.init)
            guard parts.count == 3, text.split(separator: "-").count == 3 || text.split(separator: ".").count == 3 else { return nil }
        } else if isDigits(text), i + 4 < w.count, w[i + 1] == "/", isDigits(w[i + 2]), w[i + 3] == "/", isDigits(w[i + 4]) {
            parts = [text, w[i + 2], w[i + 4]]
            end = i + 5
        } else {
            return nil
        }
        guard parts.allSatisfy(isDigits), let a = Int(parts[0]), let b = Int(parts[1]), var c = Int(parts[2]) else { return nil }
        let date: DayDate?
        if parts[0].count == 4 {
            date = DayDate(year: a, month: b, day: c)
        } else {
            guard parts[2].count == 4 || parts[2].count == 2, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
            if parts[2].count == 2 { c += c < 50 ? 2000 : 1900 }
            date = words.dayFirst ? DayDate(year: c, month: b, day: a) : DayDate(year: c, month: a, day: b)
        }
        guard let date else { return nil }
        return Match(form: .day(year: date.year, month: date.month, day: date.day), kind: .absolute, type: .date, start: i, end: end)
    }

    /// Dates with a month's name: "18 September 2025", "el 18 de septiembre de 2025", "am 18. September",
    /// "September 18, 2025", "Sept. 18", "jeudi 18 septembre", "June 2024", "in June", "last March", "marzo pasado".
    func calendarDate(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        var start = i
        var j = i
        var weekday: Int?
        // A weekday before the date: "Wednesday, May 7", "el martes 18 de febrero", "le mercredi 23 avril".
        if let name = weekdayName(i, p, w) {
            weekday = name.value
            j = name.end
            if j < w.count, w[j] == "," { j += 1 }
            j = skip([.article], j, w)
        }
        // Day, then month.
        if let day = dayNumber(j, w) {
            var k = day.end
            if k < w.count, w[k] == ".", month(k + 1, w, short: true) != nil { k += 1 }
            k = skip([.filler], k, w)
            if let m = month(k, w, short: true), !words.capitalisesCalendar || p[k].isCapitalised {
                let (y, end) = yearAfter(skip([.filler], m.end, w), w) ?? (nil, m.end)
                return Match(form: .day(year: y, month: m.value, day: day.value), kind: y == nil ? .partial : .absolute, type: .date,
                             start: start, end: end, weekday: weekday)
            }
        }
        // Month, then day or year.
        if let m = month(j, w, short: true), !words.capitalisesCalendar || p[j].isCapitalised {
            var k = m.end
            if let day = dayNumber(k, w), year(k, w) == nil, !(k + 1 < w.count && words.match(w, at: k + 1, [.unit]) != nil) {
                let (y, end) = yearAfter(day.end, w) ?? (nil, day.end)
                return Match(form: .day(year: y, month: m.value, day: day.value), kind: y == nil ? .partial : .absolute, type: .date,
                             start: start, end: end, weekday: weekday)
            }
            guard weekday == nil else { return nil }
            k = skip([.filler], k, w)
            if k < w.count, w[k] == "," { k += 1 }
            if let y = writtenYear(k, w) {
                return Match(form: .month(year: y.value, month: m.value, modifier: .plain), kind: .absolute, type: .date, start: start, end: y.end)
            }
            guard m.isFull else { return nil }
            // A month alone needs a word that makes it a time ("in June", "last March"), or, where months are
            // capitalised, its capital (but "May" is also a verb and a name).
            var modifier = TemporalExpression.Modifier.plain
            var end = m.end
            // "July last year", "marzo del año pasado"
            let l = skip([.filler], m.end, w)
            if let mod = words.match(w, at: l, [.modifier]), let offset = Int(mod.entry.value), let u = unit(mod.end, w), u.unit == .year {
                return Match(form: .yearPart(unit: .month, index: m.value, yearOffset: offset), kind: .relative, type: .date, start: start, end: u.end)
            }
            if let u = unit(l, w), u.unit == .year, let mod = words.match(w, at: u.end, [.modifierAfter]), let offset = Int(mod.entry.value) {
                return Match(form: .yearPart(unit: .month, index: m.value, yearOffset: offset), kind: .relative, type: .date, start: start, end: mod.end)
            }
            if let after = words.match(w, at: m.end, [.modifierAfter]) {
                modifier = Self.modifier(after.entry.value)
                end = after.end
            }
            var before = i - 1
            if before >= 0, w[before] == "-" { before -= 1 }
            let previous = before >= 0 ? w[before] : ""
            if modifier == .plain, before >= 0, let mod = modifierEnding(at: before + 1, w) {
                modifier = Self.modifier(mod.value)
                start = mod.start
            }
            let hasContext = modifier != .plain || words.has(previous, .monthContext) || (before >= 0 && words.match(w, at: before, [.boundary]) != nil)
            let capitalised = words.capitalisesCalendar && p[j].isCapitalised && !words.has(w[j], .needsContext)
            guard hasContext || capitalised else { return nil }
            return Match(form: .month(year: nil, month: m.value, modifier: modifier), kind: .partial, type: .date, start: start, end: end)
        }
        return nil
    }

    /// A modifier that ends just before piece `index` ("last" March, "el próximo" lunes, "letzten" Montag).
    func modifierEnding(at index: Int, _ w: LexiconWords) -> (value: String, start: Int)? {
        for length in 1...3 where index - length >= 0 {
            if let match = words.match(w, at: index - length, [.modifier]), match.end == index { return (match.entry.value, index - length) }
        }
        return nil
    }

    static func modifier(_ value: String) -> TemporalExpression.Modifier {
        switch Int(value) ?? 0 {
        case ..<0: return .last
        case 1...: return .next
        default: return .this
        }
    }

    /// Times of day: "8 p.m.", "7:35 a.m.", "15:00 GMT", "19.13 Uhr", "18 h 10", "10h00", "noon", "midnight",
    /// with the day that follows ("10 p.m. Wednesday", "15:00 GMT Saturday", "noon Thursday").
    func clockTime(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        var hour = 0, minute = 0
        var end = i
        var sure = false
        let text = w[i]
        if let clock = words.match(w, at: i, [.clock]) {
            let parts = clock.entry.value.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            (hour, minute, end, sure) = (parts[0], parts[1], clock.end, true)
        } else if isDigits(text), text.count <= 2, let h = Int(text), h <= 24 {
            hour = h
            end = i + 1
            if end + 1 < w.count, w[end] == ":", w[end + 1].count == 2, isDigits(w[end + 1]), let m = Int(w[end + 1]), m < 60 {
                minute = m
                end += 2
                sure = true
            }
        } else if let (h, m, isClock) = Self.joinedClock(text), h <= 24, m < 60 {
            // "19.13" (with "Uhr" after it), "10h00", "18h".
            (hour, minute, end) = (h, m, i + 1)
            sure = isClock
            if !isClock && words.match(w, at: end, [.clockWord]) == nil { return nil }
        } else {
            return nil
        }
        if let ampm = words.match(w, at: end, [.ampm]) {
            guard hour >= 1, hour <= 12 else { return nil }
            if ampm.entry.value == "pm", hour < 12 { hour += 12 }
            if ampm.entry.value == "am", hour == 12 { hour = 0 }
            end = ampm.end
            if end < w.count, w[end] == "." { end += 1 }
            sure = true
        } else if let word = words.match(w, at: end, [.clockWord]) {
            end = word.end
            // "18 h 10"
            if end < w.count, w[end].count == 2, isDigits(w[end]), let m = Int(w[end]), m < 60, minute == 0 {
                minute = m
                end += 1
            }
            sure = true
        }
        guard sure, hour <= 24 else { return nil }
        if let zone = words.match(w, at: end, [.timezone]) { end = zone.end }
        if end + 1 < w.count, w[end] == "(", let zone = words.match(w, at: end + 1, [.timezone]), zone.end < w.count, w[zone.end] == ")" {
            end = zone.end + 1
        }
        let clock = TemporalExpression.Clock.time(hour: hour, minute: minute)
        // The day after it: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
        var k = end
        if k < w.count, w[k] == "," || w[k] == "on" { k += 1 }
        if let day = dayAfterClock(k, p, w) {
            return Match(form: .timed(day.form, clock), kind: day.kind, type: .time, start: i, end: day.end, weekday: day.weekday)
        }
        return Match(form: .timed(nil, clock), kind: .relative, type: .time, start: i, end: end)
    }

    func dayAfterClock(_ k: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        guard k < w.count else { return nil }
        if let date = calendarDate(k, p, w), case .day = date.form { return date }
        if let weekday = weekdayExpression(k, p, w), case .weekday = weekday.form { return weekday }
        if let day = deictic(k, p, w), case .relative = day.form { return day }
        return nil
    }

    /// "19.13" → (19, 13, false), "10h00" → (10, 0, true), "18h" → (18, 0, true).
    static func joinedClock(_ text: String) -> (Int, Int, Bool)? {
        let scalars = Array(text.unicodeScalars)
        guard let cut = scalars.firstIndex(where: { $0 == "." || $0 == "h" }), cut > 0, cut <= 2 else { return nil }
        let hour = String(String.UnicodeScalarView(scalars[..<cut])), rest = String(String.UnicodeScalarView(scalars[(cut + 1)...]))
        guard let h = Int(hour), hour.allSatisfy(\.isNumber) else { return nil }
        if rest.isEmpty { return scalars[cut] == "h" ? (h, 0, true) : nil }
        guard rest.count == 2, rest.allSatisfy(\.isNumber), let m = Int(rest) else { return nil }
        return (h, m, scalars[cut] == "h")
    }

    /// Weekdays, with their modifier and part of the day: "Friday", "last Friday", "el pasado jueves", "jeudi dernier",
    /// "Friday afternoon", "lundi matin", "el lunes por la mañana", "Donnerstagnachmittag".
    func weekdayExpression(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        var start = i
        var j = i
        var modifier = TemporalExpression.Modifier.plain
        if let mod = words.match(w, at: i, [.modifier]) {
            modifier = Self.modifier(mod.entry.value)
            j = mod.end
        }
        var weekday: Int
        var end: Int
        var part: String?
        if let name = weekdayName(j, p, w) {
            (weekday, end) = (name.value, name.end)
        } else if j < w.count, let (day, dayPart) = compoundWeekday(w[j]) {
            (weekday, end, part) = (day, j + 1, dayPart)
        } else {
            return nil
        }
        if j == i { start = i }
        if modifier == .plain, let after = words.match(w, at: end, [.modifierAfter]) {
            // "jeudi dernier", "el jueves pasado", where the language puts the modifier after the name.
            modifier = Self.modifier(after.entry.value)
            end = after.end
        }
        if part == nil {
            let k = skip([.partJoiner], end, w)
            if let dayPart = words.match(w, at: k, [.part]) {
                part = dayPart.entry.value
                end = dayPart.end
            } else if let dayPart = words.match(w, at: end, [.part]) {
                part = dayPart.entry.value
                end = dayPart.end
            }
        }
        let form = TemporalExpression.Form.weekday(weekday, modifier: modifier)
        if let part, !part.contains(":") {
            return Match(form: .timed(form, .part(part)), kind: .weekday, type: .time, start: start, end: end, weekday: weekday)
        }
        return Match(form: form, kind: .weekday, type: .date, start: start, end: end, weekday: weekday)
    }

    /// A part of the day after a boundary word, with the day after it: "mid-afternoon yesterday", "by mid afternoon",
    /// "a última hora de la tarde" (the article's day when none follows).
    func partOfDay(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        guard let part = words.match(w, at: i, [.part]), !part.entry.value.contains(":") else { return nil }
        var k = part.end
        if k < w.count, w[k] == "," || w[k] == "on" { k += 1 }
        if let day = dayAfterClock(k, p, w) {
            return Match(form: .timed(day.form, .part(part.entry.value)), kind: day.kind, type: .time, start: i, end: day.end, weekday: day.weekday)
        }
        return Match(form: .timed(nil, .part(part.entry.value)), kind: .relative, type: .time, start: i, end: part.end)
    }

    /// "donnerstagnachmittag" → (4, "AF"): a weekday and a part of the day written as one word.
    func compoundWeekday(_ word: String) -> (Int, String)? {
        guard word.count > 6, words.entries[word] == nil else { return nil }
        for (name, day) in words.weekdayNames where word.count > name.count + 2 && word.hasPrefix(name) {
            let rest = String(word.dropFirst(name.count))
            if let part = words.entries[rest]?.first(where: { $0.kind == .part && $0.words.count == 1 }) { return (day, part.value) }
        }
        return nil
    }

    /// "today", "yesterday", "tonight", "this morning", "hier soir", "anteayer", "gestern Abend".
    func deictic(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        if let match = words.match(w, at: i, [.deicticPart]) {
            let parts = match.entry.value.split(separator: " ").map(String.init)
            guard parts.count == 2, let offset = Int(parts[0]) else { return nil }
            let day = TemporalExpression.Form.relative(unit: .day, offset: offset)
            let clock: TemporalExpression.Clock
            if parts[1].contains(":") {
                let hm = parts[1].split(separator: ":").compactMap { Int($0) }
                guard hm.count == 2 else { return nil }
                clock = .time(hour: hm[0], minute: hm[1])
            } else {
                clock = .part(parts[1])
            }
            return Match(form: .timed(day, clock), kind: .relative, type: .time, start: i, end: match.end)
        }
        if let match = words.match(w, at: i, [.deictic]), let offset = Int(match.entry.value) {
            // German "Morgen" is the morning; "morgen", tomorrow.
            if words.has(w[i], .lowercaseOnly), p[i].isCapitalised, !isSentenceStart(i, w) { return nil }
            // Spanish "la mañana" is the morning; "mañana", tomorrow.
            if words.has(w[i], .part), i > 0, words.has(w[i - 1], .article) { return nil }
            let form = TemporalExpression.Form.relative(unit: .day, offset: offset)
            var end = match.end
            let k = skip([.partJoiner], end, w)
            if let part = words.match(w, at: k, [.part]), !part.entry.value.contains(":") {
                end = part.end
                return Match(form: .timed(form, .part(part.entry.value)), kind: .relative, type: .time, start: i, end: end)
            }
            return Match(form: form, kind: .relative, type: .date, start: i, end: end)
        }
        if let match = words.match(w, at: skip([.article], i, w), [.anchored]) {
            let parts = match.entry.value.split(separator: " ").map(String.init)
            guard parts.count == 2, let amount = Int(parts[1]), let unit = TemporalExpression.Unit(rawValue: parts[0]) else { return nil }
            if unit == .year {
                // "the year-ago quarter", "year-earlier", "a year earlier": the period before, a year back.
                var end = match.end
                var periodUnit: TemporalExpression.Unit?
                if let q = words.match(w, at: end, [.quarter]) {
                    periodUnit = q.entry.value == "H" ? .half : .quarter
                    end = q.end
                }
                return Match(form: .period(unit: periodUnit, yearsBack: amount), kind: .discourse, type: .date, start: i, end: end)
            }
            return Match(form: .discourse(unit: unit, amount: amount), kind: .discourse, type: .date, start: i, end: match.end)
        }
        return nil
    }

    /// Expressions built on a unit: "last week", "la semana pasada", "l'an dernier", "four years ago", "hace dos años",
    /// "vor zwei Jahren", "two weeks later", "the next day", "the third quarter", "the first half of 1989",
    /// "last summer", "the weekend", "the year", "five years", "a week-long", "the past three months".
    func unitExpression(_ i: Int, _ p: [Piece], _ w: LexiconWords, afterBoundary: Bool) -> Match? {
        var found: [Match] = []
        let afterArticle = skip([.article], i, w)
        let hasArticle = afterArticle > i

        // "the first nine months", "the six months ended Oct. 1": the report's year so far (before the
        // duration of the same words below, which it beats)
        var r = afterArticle
        if hasArticle, let first = ordinal(r, w), first.value == 1 { r = first.end }
        if hasArticle, let n = number(r, w), (4...11).contains(n.value), let u = unit(n.end, w), u.unit == .month, u.plural {
            found.append(Match(form: .yearToDate("P\(n.value)M"), kind: .duration, type: .duration, start: i, end: u.end))
        }
        // "hace dos años", "il y a deux ans", "vor zwei Jahren"
        if let ago = words.match(w, at: i, [.ago]), ago.entry.value == "before", let amount = amount(ago.end, w),
           let u = unit(amount.end, w) {
            found.append(agoMatch(amount.value, u, start: i, end: u.end))
        }
        // "[the] next day", "the following week", "am nächsten Tag", "the same day"
        if let anchor = words.match(w, at: afterArticle, [.anchor]), let u = unit(anchor.end, w), let unit = u.unit, !u.plural,
           let amount = Int(anchor.entry.value), hasArticle || words.match(w, at: i, [.modifier]) == nil {
            found.append(Match(form: .discourse(unit: unit, amount: amount), kind: .discourse, type: .date, start: i, end: u.end))
        }
        // "[the] day after", "la semaine suivante", "el día siguiente", "le jour précédent"
        if let u = unit(afterArticle, w), let unit = u.unit, !u.plural, hasArticle, let anchor = words.match(w, at: u.end, [.anchor]),
           let amount = Int(anchor.entry.value) {
            found.append(Match(form: .discourse(unit: unit, amount: amount), kind: .discourse, type: .date, start: i, end: anchor.end))
        }
        // Amounts: "four years ago", "two weeks later", "five years", "a week-long"
        if let amount = amount(afterArticle, w), let u = unit(amount.end, w) {
            if let ago = words.match(w, at: u.end, [.ago]), ago.entry.value == "after" {
                found.append(agoMatch(amount.value, u, start: afterArticle, end: ago.end))
            } else if let later = words.match(w, at: u.end, [.later, .laterPreposition]), let sign = Int(later.entry.value), let unit = u.unit,
                      let n = Int(amount.value), !laterIsPreposition(later.end, w) {
                found.append(Match(form: .discourse(unit: unit, amount: sign * n), kind: .discourse, type: .date, start: afterArticle, end: later.end))
            } else if let code = Self.durationCode(amount.value, u.duration) {
                var end = u.end
                if let long = words.match(w, at: end, [.long]) { end = long.end }
                found.append(Match(form: .fixed(code), kind: .duration, type: .duration, start: i, end: end))
            }
        }
        // "the day before", "the week after" (at the end of a phrase)
        if hasArticle, let u = unit(afterArticle, w), let unit = u.unit, let later = words.match(w, at: u.end, [.later, .laterPreposition]),
           let sign = Int(later.entry.value), !laterIsPreposition(later.end, w) {
            found.append(Match(form: .discourse(unit: unit, amount: sign), kind: .discourse, type: .date, start: i, end: later.end))
        }
        // "a week-long visit"
        if let u = unit(afterArticle, w), let long = words.match(w, at: u.end, [.long]), long.entry.words == ["long"],
           let code = Self.durationCode("1", u.duration) {
            found.append(Match(form: .fixed(code), kind: .duration, type: .duration, start: i, end: long.end))
        }
        // "the past three months", "the last 24 hours", "los últimos tres años": durations
        if let mod = words.match(w, at: afterArticle, [.modifier]), Int(mod.entry.value) == -1, let amount = amount(mod.end, w),
           Int(amount.value).map({ $0 > 1 }) ?? true, let u = unit(amount.end, w), let code = Self.durationCode(amount.value, u.duration) {
            found.append(Match(form: .fixed(code), kind: .duration, type: .duration, start: i, end: u.end))
        }
        // "last week", "this year", "next month", "the latest quarter", "this past weekend"
        if let mod = words.match(w, at: afterArticle, [.modifier]), let offset = Int(mod.entry.value) {
            if let u = unit(mod.end, w), let unit = u.unit {
                if u.plural {
                    // "the coming weeks", "past years": no one period, the future or the past.
                    let ref = offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF"
                    found.append(Match(form: .fixed(ref), kind: .reference, type: .date, start: i, end: u.end))
                } else if unit == .year, let part = yearPart(u.end, w) {
                    // "this year's third quarter", "next year's first half"
                    found.append(Match(form: .yearPart(unit: part.unit, index: part.index, yearOffset: offset), kind: .relative, type: .date,
                                       start: i, end: part.end))
                } else {
                    found.append(Match(form: .relative(unit: unit, offset: offset), kind: .relative, type: .date, start: i, end: u.end))
                }
            } else if hasArticle, offset <= 0, let q = words.match(w, at: mod.end, [.quarter]) {
                // "the latest period", "the current period": the quarter of the report, as "the quarter".
                found.append(Match(form: .period(unit: .quarter, yearsBack: 0), kind: .relative, type: .date, start: i, end: q.end))
            }
            if let season = words.match(w, at: mod.end, [.season]), let index = Self.seasonIndex(season.entry.value) {
                found.append(Match(form: .part(unit: .season, index: index, year: nil, modifier: Self.modifier(mod.entry.value)),
                                   kind: .relative, type: .date, start: i, end: season.end))
            }
        }
        // "la semana pasada", "l'an dernier", "el año que viene", "das Jahr" is not one
        if let u = unit(afterArticle, w), let unit = u.unit, let mod = words.match(w, at: u.end, [.modifierAfter]), let offset = Int(mod.entry.value) {
            found.append(Match(form: .relative(unit: unit, offset: offset), kind: .relative, type: .date, start: i, end: mod.end))
        }
        // "el verano pasado", "l'été dernier"
        if let season = words.match(w, at: afterArticle, [.season]), let index = Self.seasonIndex(season.entry.value) {
            var modifier = TemporalExpression.Modifier.plain
            var end = season.end
            var year: Int?
            if let mod = words.match(w, at: end, [.modifierAfter]) {
                modifier = Self.modifier(mod.entry.value)
                end = mod.end
            } else {
                let k = skip([.filler], end, w)
                if let y = writtenYear(k, w) {
                    year = y.value
                    end = y.end
                }
            }
            // A season that is also a verb ("to fall", "to spring") needs more than a preposition before it.
            let context = words.has(i > 0 ? w[i - 1] : "", .monthContext) && !words.has(w[afterArticle], .needsContext)
            if year != nil || modifier != .plain || hasArticle || context {
                found.append(Match(form: .part(unit: .season, index: index, year: year, modifier: modifier),
                                   kind: year == nil ? .relative : .absolute, type: .date, start: i, end: end))
            }
        }
        // "the third quarter [of 1989]", "third-quarter", "the fiscal first quarter", "el primer trimestre de 2025", "la première moitié"
        var k = afterArticle
        if let fiscal = words.match(w, at: k, [.unit]), fiscal.entry.words == ["fiscal"] { k = fiscal.end }
        if let ordinal = ordinal(k, w), let q = words.match(w, at: ordinal.end, [.quarter, .half]) {
            let isHalf = q.entry.kind == .half
            if (isHalf ? 1...2 : 1...4).contains(ordinal.value) {
                var end = q.end
                var year: Int?
                var l = skip([.filler], end, w)
                if let fy = words.match(w, at: l, [.unit]), fy.entry.words == ["fiscal"] { l = fy.end }
                if let y = self.year(l, w) {
                    year = y
                    end = l + 1
                }
                found.append(Match(form: .part(unit: isHalf ? .half : .quarter, index: ordinal.value, year: year, modifier: .plain),
                                   kind: year == nil ? .partial : .absolute, type: .date, start: i, end: end))
            }
        }
        // "the last half of 1989", "the final quarter of 1990": the last part of a year named; "the first two quarters [of 1990]"
        if hasArticle, let final = words.match(w, at: afterArticle, [.final]) {
            if let q = words.match(w, at: final.end, [.quarter, .half]), q.entry.kind == .half || unit(final.end, w)?.unit == .quarter {
                let l = skip([.filler], q.end, w)
                if let y = year(l, w) {
                    let isHalf = q.entry.kind == .half
                    found.append(Match(form: .part(unit: isHalf ? .half : .quarter, index: isHalf ? 2 : 4, year: y, modifier: .plain),
                                       kind: .absolute, type: .date, start: i, end: l + 1))
                }
            }
        }
        if hasArticle, let first = ordinal(afterArticle, w).map({ (index: $0.value, end: $0.end) })
            ?? words.match(w, at: afterArticle, [.final]).map({ (index: 2, end: $0.end) }),
           first.index <= 2, let two = number(first.end, w), two.value == 2, let u = unit(two.end, w), u.unit == .quarter, u.plural {
            var end = u.end
            var year: Int?
            let l = skip([.filler], u.end, w)
            if let y = self.year(l, w) {
                year = y
                end = l + 1
            }
            found.append(Match(form: .part(unit: .half, index: first.index, year: year, modifier: .plain), kind: year == nil ? .partial : .absolute,
                               type: .date, start: i, end: end))
        }
        // "the corresponding period last year", "the same quarter a year earlier", "the quarter a year ago", "el mismo
        // trimestre del año anterior": the report's period, a year back
        var q0 = afterArticle
        if hasArticle, let same = words.match(w, at: q0, [.anchor]), Int(same.entry.value) == 0 { q0 = same.end }
        if hasArticle, let q = words.match(w, at: q0, [.quarter, .half]), let back = yearBack(skip([.filler, .article], q.end, w), w) {
            found.append(Match(form: .period(unit: q.entry.kind == .half ? .half : .quarter, yearsBack: -back.years), kind: .relative, type: .date,
                               start: i, end: back.end))
        }
        // "last year's quarter"
        if let mod = words.match(w, at: afterArticle, [.modifier]), Int(mod.entry.value) == -1, let u = unit(mod.end, w), u.unit == .year, !u.plural,
           let q = words.match(w, at: u.end, [.quarter, .half]) {
            found.append(Match(form: .period(unit: q.entry.kind == .half ? .half : .quarter, yearsBack: -1), kind: .relative, type: .date,
                               start: i, end: q.end))
        }
        // "the 1988 period", "the 1988 quarter": the quarter of the statements before, in that year
        if let y = year(afterArticle, w), let q = words.match(w, at: afterArticle + 1, [.quarter, .half]) {
            let unit: TemporalExpression.Unit? = q.entry.kind == .half ? .half : self.unit(afterArticle + 1, w)?.unit
            found.append(Match(form: .periodOf(unit: unit, year: y), kind: .absolute, type: .date, start: i, end: q.end))
        }
        // "the week of March 6", "la semaine du 6 mars"
        if hasArticle, let u = unit(afterArticle, w), let unit = u.unit, unit == .week || unit == .month, !u.plural {
            let l = skip([.filler, .article], u.end, w)
            if l > u.end, let date = calendarDate(l, p, w), case .day = date.form {
                found.append(Match(form: .around(unit, date.form), kind: date.kind, type: .date, start: i, end: date.end))
            }
        }
        // "the 1988 second quarter"
        if let y = year(afterArticle, w), let part = yearPart(afterArticle + 1, w) {
            found.append(Match(form: .part(unit: part.unit, index: part.index, year: y, modifier: .plain), kind: .absolute, type: .date,
                               start: i, end: part.end))
        }
        // "the quarter", "the week", "the weekend", "l'année": the article's (or the statement before's); "the year" after
        // "the end of" only ("the year" alone is mostly not a date)
        // ("the quarter-to-quarter comparison" is none).
        if hasArticle, let u = unit(afterArticle, w), let unit = u.unit, !u.plural, [.quarter, .week, .weekend, .month].contains(unit) || afterBoundary,
           !(u.end < w.count && (year(u.end, w) != nil || words.match(w, at: u.end, [.filler]) != nil && w[u.end] != "the" || p[u.end].afterHyphen)) {
            let form: TemporalExpression.Form = unit == .quarter ? .period(unit: .quarter, yearsBack: 0) : .relative(unit: unit, offset: 0)
            found.append(Match(form: form, kind: .relative, type: .date, start: i, end: u.end))
        }
        // "several years ago", "hace unos años": the past
        if let ago = words.match(w, at: i, [.ago]), ago.entry.value == "before", let vague = words.match(w, at: ago.end, [.vague]),
           let u = unit(vague.end, w) {
            found.append(Match(form: .fixed("PAST_REF"), kind: .reference, type: .date, start: i, end: u.end))
        }
        if let vague = words.match(w, at: i, [.vague]), let u = unit(vague.end, w) {
            if let ago = words.match(w, at: u.end, [.ago]), ago.entry.value == "after" {
                found.append(Match(form: .fixed("PAST_REF"), kind: .reference, type: .date, start: i, end: ago.end))
            } else if let code = Self.durationCode("X", u.duration) {
                found.append(Match(form: .fixed(code), kind: .duration, type: .duration, start: i, end: u.end))
            }
        }
        var best: Match?
        for match in found where match.end > (best?.end ?? 0) { best = match }
        return best
    }

    /// "after" or "before" followed by what it governs ("two days after the vote") is a preposition, not "later".
    func laterIsPreposition(_ end: Int, _ w: LexiconWords) -> Bool {
        guard end - 1 >= 0, words.has(w[end - 1], .laterPreposition) else { return false }
        guard end < w.count, let first = w[end].first else { return false }
        return first.isLetter || first.isNumber
    }

    /// "last year", "a year ago", "a year earlier", "el año pasado", "hace un año" at piece `k`: how many years back, and the end.
    func yearBack(_ k: Int, _ w: LexiconWords) -> (years: Int, end: Int)? {
        if let mod = words.match(w, at: k, [.modifier]), let offset = Int(mod.entry.value), offset < 0, let u = unit(mod.end, w), u.unit == .year, !u.plural {
            return (-offset, u.end)
        }
        if let u = unit(k, w), u.unit == .year, !u.plural, let mod = words.match(w, at: u.end, [.modifierAfter]), let offset = Int(mod.entry.value), offset < 0 {
            return (-offset, mod.end)
        }
        if let n = number(k, w), let u = unit(n.end, w), u.unit == .year {
            if let ago = words.match(w, at: u.end, [.ago]), ago.entry.value == "after" { return (n.value, ago.end) }
            if let later = words.match(w, at: u.end, [.later]), Int(later.entry.value) == -1 { return (n.value, later.end) }
        }
        if let ago = words.match(w, at: k, [.ago]), ago.entry.value == "before", let n = number(ago.end, w), let u = unit(n.end, w), u.unit == .year {
            return (n.value, u.end)
        }
        return nil
    }

    func amount(_ i: Int, _ w: LexiconWords) -> (value: String, end: Int)? {
        guard let n = number(i, w) else { return nil }
        return (String(n.value), n.end)
    }

    func agoMatch(_ amount: String, _ u: (unit: TemporalExpression.Unit?, duration: String, end: Int, plural: Bool), start: Int, end: Int) -> Match {
        guard let unit = u.unit, let n = Int(amount) else {
            return Match(form: .fixed("PAST_REF"), kind: .reference, type: .date, start: start, end: end)
        }
        return Match(form: .ago(unit: unit, amount: n), kind: .relative, type: .date, start: start, end: end)
    }

    static func seasonIndex(_ code: String) -> Int? { Timex.seasonCodes.firstIndex(of: code).map { $0 + 1 } }

    /// Years, decades and centuries: "2024", "the 2026 review", "fiscal 1989", "the year 2000", "the 1990s", "the '90s",
    /// "the nineties", "les années 1990", "the 20th century", "el siglo XX", "le XXe siècle", "das 20. Jahrhundert".
    func yearExpression(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        let k = skip([.article], i, w)
        var found: [Match] = []
        // "the 1990s", "1990er", "the '90s", "90s"
        var d = k
        if d < w.count, w[d] == "'" { d += 1 }
        if d < w.count, let decade = Self.decade(w[d], apostrophe: d > k) {
            found.append(Match(form: .decade(decade), kind: .absolute, type: .date, start: i, end: d + 1))
        }
        if let name = words.match(w, at: k, [.decadeName]), let digit = Int(name.entry.value) {
            found.append(Match(form: .decade(190 + digit), kind: .absolute, type: .date, start: i, end: name.end))
        }
        // "les années 1990", "los años 90", "la década de 1990"
        if let u = unit(k, w), u.unit == .year || u.unit == .decade, w[k].hasSuffix("s") || u.unit == .decade {
            let l = skip([.filler], u.end, w)
            if l < w.count, isDigits(w[l]), w[l].count == 4 || w[l].count == 2, let value = Int(w[l]), value % 10 == 0 {
                let decade = w[l].count == 4 ? value / 10 : (value >= 30 ? 190 + value / 10 : 200 + value / 10)
                found.append(Match(form: .decade(decade), kind: .absolute, type: .date, start: i, end: l + 1))
            }
        }
        // "the year 2000", "el año 2000", "im Jahr 2000", "fiscal 1989", "fiscal year 1989"
        if let u = unit(k, w), u.unit == .year, let y = year(u.end, w) {
            found.append(Match(form: .year(y), kind: .absolute, type: .date, start: i, end: u.end + 1))
        }
        if let u = unit(k, w), u.unit == .year, let second = unit(u.end, w), second.unit == .year, let y = year(second.end, w) {
            found.append(Match(form: .year(y), kind: .absolute, type: .date, start: i, end: second.end + 1))
        }
        // Spelled years: "nineteen ninety-six", "two thousand"
        if !isDigits(w[i]), let first = number(i, w) {
            if (18...20).contains(first.value), let second = number(first.end, w), (10...99).contains(second.value), !isDigits(w[first.end]) {
                found.append(Match(form: .year(first.value * 100 + second.value), kind: .absolute, type: .date, start: i, end: second.end))
            } else if first.value >= 1000, first.value <= 2200 {
                found.append(Match(form: .year(first.value), kind: .absolute, type: .date, start: i, end: first.end))
            }
        }
        if let u = unit(k, w), u.unit == .year, !isDigits(w[u.end < w.count ? u.end : k]), let first = number(u.end, w), first.value >= 1000 || first.value >= 18 && first.value <= 20 {
            var value = first.value
            var end = first.end
            if first.value < 100, let second = number(first.end, w), (10...99).contains(second.value) {
                value = first.value * 100 + second.value
                end = second.end
            }
            if value >= 1000 { found.append(Match(form: .year(value), kind: .absolute, type: .date, start: i, end: end)) }
        }
        // Centuries
        if let ordinal = ordinal(k, w) ?? Self.roman(k, w), let u = unit(ordinal.end, w), u.unit == .century {
            found.append(Match(form: .century(ordinal.value - 1), kind: .absolute, type: .date, start: i, end: u.end))
        }
        if let u = unit(k, w), u.unit == .century, let roman = Self.roman(u.end, w) {
            found.append(Match(form: .century(roman.value - 1), kind: .absolute, type: .date, start: i, end: roman.end))
        }
        // A year alone: not an amount ("$2024", "2024 percent"), a count ("2020 people" is left to the reader, "room 2020"
        // is a number), or part of a number ("1,2024").
        if let y = year(i, w) {
            let before = i > 0 ? w[i - 1] : ""
            let after = i + 1 < w.count ? w[i + 1] : ""
            let isAmount = ["$", "€", "£", "¥", "#", "%"].contains(before) || after == "%" || words.has(after, .amount)
            let isLabel = words.has(before, .numberLabel) || (i > 1 && w[i - 1] == "." && words.has(w[i - 2], .numberLabel))
            // "1,2024" is one number; "in 1994, 1995 and 1997" is a list (a space after the comma).
            let isPartOfNumber = before == "," && i > 1 && isDigits(w[i - 2]) && p[i - 1].end == p[i].start
                || after == "," && i + 2 < w.count && isDigits(w[i + 2]) && w[i + 2].count == 3 && p[i + 1].end == p[i + 2].start
                || before == "." || after == "." && i + 2 < w.count && isDigits(w[i + 2])
            let isUnit = i + 1 < w.count && words.match(w, at: i + 1, [.unit]) != nil && !(p[i + 1].isCapitalised)
            // "Orion 1980", "Windows 2000": a name's number, after a capitalised word that is no calendar word.
            let isName = i > 0 && p[i - 1].isCapitalised && !isSentenceStart(i - 1, w) && words.entries[before] == nil
            if !isAmount, !isLabel, !isPartOfNumber, !isUnit, !isName {
                found.append(Match(form: .year(y), kind: .absolute, type: .date, start: i, end: i + 1))
            }
        }
        var best: Match?
        for match in found where match.end > (best?.end ?? 0) { best = match }
        return best
    }

    /// "1990s" → 199, "1990er" → 199, "90s" (after an apostrophe, or with its s) → 199.
    static func decade(_ word: String, apostrophe: Bool) -> Int? {
        let digits = String(word.prefix { $0.isASCII && $0.isNumber })
        let rest = word.dropFirst(digits.count)
        guard rest == "s" || rest == "er", let value = Int(digits), value % 10 == 0 else { return nil }
        if digits.count == 4, (1000...2190).contains(value) { return value / 10 }
        if digits.count == 2 { return value >= 30 ? 190 + value / 10 : 200 + value / 10 }
        return nil
    }

    /// A Roman numeral of a century ("XX", "XXIe", "XIX."), with the piece after it.
    static func roman(_ i: Int, _ w: LexiconWords) -> (value: Int, end: Int)? {
        guard i < w.count else { return nil }
        var text = Substring(w[i])
        for suffix in ["ème", "e", "er", "º", "o"] where text.hasSuffix(suffix) && text.count > suffix.count {
            text = text.dropLast(suffix.count)
            break
        }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50]
        guard !text.isEmpty, text.count <= 6, text.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        let digits = text.compactMap { values[$0] }
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, digits[index + 1] > value { total -= value } else { total += value }
        }
        guard (1...30).contains(total) else { return nil }
        return (total, i + 1 < w.count && w[i + 1] == "." ? i + 2 : i + 1)
    }

    /// Holidays ("Thanksgiving Day", "last Christmas", "Navidad", "Weihnachten") and "year-end" ("by year's end", "fin de año").
    func holidayExpression(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        var modifier = TemporalExpression.Modifier.plain
        var j = i
        if let mod = words.match(w, at: i, [.modifier]) {
            modifier = Self.modifier(mod.entry.value)
            j = mod.end
        }
        if let match = words.match(w, at: j, [.holiday]), let holiday = TemporalExpression.Holiday(rule: match.entry.value) {
            // Where holidays are capitalised, a lowercase word is no holiday ("thanksgiving" is gratitude).
            if words.capitalisesCalendar, !p[j].isCapitalised { return nil }
            var end = match.end
            if modifier == .plain, let after = words.match(w, at: end, [.modifierAfter]) {
                modifier = Self.modifier(after.entry.value)
                end = after.end
            }
            return Match(form: .holiday(holiday, modifier: modifier), kind: .partial, type: .date, start: i, end: end)
        }
        if j == i, let match = words.match(w, at: i, [.yearEnd]) {
            return Match(form: .yearEnd, kind: .relative, type: .date, start: i, end: match.end)
        }
        return nil
    }

    /// "now", "currently", "the past", "recently", "the future", "los próximos meses".
    func reference(_ i: Int, _ w: LexiconWords) -> Match? {
        guard let match = words.match(w, at: i, [.ref]), !match.entry.value.isEmpty else { return nil }
        // "el pasado jueves": the modifier of what follows, not "the past".
        // "the past three summers": the modifier of an amount.
        if let last = match.entry.words.last, words.has(last, .modifier),
           words.match(w, at: match.end, [.weekday, .month, .unit, .season]) != nil || match.entry.words.count > 1 && number(match.end, w) != nil {
            return nil
        }
        return Match(form: .fixed(match.entry.value), kind: .reference, type: .date, start: i, end: match.end)
    }

    /// "every Monday" (XXXX-WXX-1), "each year", "every two weeks", "annually", "todos los lunes", "jeden Montag".
    func setExpression(_ i: Int, _ p: [Piece], _ w: LexiconWords) -> Match? {
        var found: [Match] = []
        if let set = words.match(w, at: i, [.set]), !set.entry.value.isEmpty {
            found.append(Match(form: .fixed(set.entry.value), kind: .set, type: .set, start: i, end: set.end))
        }
        if let each = words.match(w, at: i, [.each]) {
            if let weekday = words.match(w, at: each.end, [.weekday]), let day = Int(weekday.entry.value) {
                var end = weekday.end
                var code = "XXXX-WXX-\(day)"
                if let part = words.match(w, at: skip([.partJoiner], end, w), [.part]), !part.entry.value.contains(":") {
                    code += "T" + part.entry.value
                    end = part.end
                }
                found.append(Match(form: .fixed(code), kind: .set, type: .set, start: i, end: end))
            }
            let amount = self.amount(each.end, w)
            if let u = unit(amount?.end ?? each.end, w), let code = Self.durationCode(amount?.value ?? "1", u.duration) {
                found.append(Match(form: .fixed(code), kind: .set, type: .set, start: i, end: u.end))
            }
        }
        var best: Match?
        for match in found where match.end > (best?.end ?? 0) { best = match }
        return best
    }

    // MARK: Resolution

    /// Resolves expressions in article order; each discourse-relative one counts from the date before it.
    public static func resolve(_ expressions: [TemporalExpression], reference: DayDate?) -> [TemporalExpression] {
        var context = Context()
        return expressions.map { expression in
            var expression = expression
            let (resolved, derivation) = normalize(expression.form, reference: reference, context: context,
                                                   tense: Tense(future: expression.isFuture, past: expression.isPast))
            expression.derivation = derivation
            switch resolved {
            case .timex(let timex):
                expression.value = timex.timeValue
                expression.timex = timex.string
                expression.meaning = timex.display
                expression.datetime = timex.htmlDatetime
                // "the quarter ended Sept. 30": the day ends the period just named, and comparisons count from the period.
                let endsPeriod = timex.grain >= .month && (context.previous.map { $0.grain == .quarter || $0.grain == .half } ?? false)
                context.previous = timex
                if expression.kind != .discourse {
                    context.anchor = timex
                    context.anchorEndsPeriod = endsPeriod
                    context.anchorIsYearBack = isYearBack(expression.form) || isComparison(expression.form, reference)
                    // A quarter to come ("losses through the third quarter of next year") is no report's period.
                    let ended = reference.map { (timex.timeValue?.end ?? timex.anchor) <= $0 } ?? true
                    context.anchorIsAhead = !ended
                    if timex.grain == .quarter || timex.grain == .half, !context.anchorIsYearBack, ended {
                        context.period = timex
                        context.yearToDate = false
                    }
                }
            case .text(let text):
                if case .yearToDate = expression.form { context.yearToDate = true }
                expression.value = nil
                expression.timex = text
                expression.meaning = describe(text)
                expression.datetime = nil
            case nil:
                expression.value = nil
                expression.timex = nil
                expression.meaning = nil
                expression.datetime = nil
            }
            return expression
        }
    }

    /// The dates before an expression: the last one, and the last not counted from another ("a year earlier" counts
    /// from "the third quarter", not from the "a year ago" between them).
    struct Context {
        var previous: Timex?
        var anchor: Timex?
        /// The anchor counts a year back from the article ("a year ago"): a comparison after it ("… a year
        /// earlier") speaks of the same period, not of the year before that.
        var anchorIsYearBack = false
        /// The last quarter or half named ("the third quarter"), which "the year-ago period" and "the 1988 period"
        /// count from when a day was named since ("the quarter ended Sept. 30").
        var period: Timex?
        /// The anchor is a day or month named right after a quarter or half: the end of that period.
        var anchorEndsPeriod = false
        /// The anchor has not ended by the article's date ("losses through the third quarter of next year").
        var anchorIsAhead = false
        /// The year so far was named ("the first nine months") since the last quarter or half: comparisons a year back
        /// are whole years.
        var yearToDate = false

        /// The quarter or half that comparisons count from: the anchor, or the period whose end the anchor names.
        var reportPeriod: Timex? {
            guard let anchor else { return nil }
            if anchor.grain == .quarter || anchor.grain == .half { return anchor }
            return anchorEndsPeriod ? period : nil
        }
    }

    /// "the 1988 period" told in 1989: a comparison with a year before the article's, as "the year-ago period" is.
    static func isComparison(_ form: TemporalExpression.Form, _ reference: DayDate?) -> Bool {
        if case .periodOf(_, let year) = form, let reference, year < reference.year { return true }
        return false
    }

    /// How many years back a comparison counts ("a year earlier", "two years ago", "the year-ago results"), if it is one.
    static func yearsBack(_ form: TemporalExpression.Form) -> Int? {
        switch form {
        case .ago(.year, let amount) where amount > 0: return amount
        case .discourse(.year, let amount) where amount < 0: return -amount
        case .period(nil, let amount) where amount < 0: return -amount
        default: return nil
        }
    }

    /// "a year ago", "a year earlier", "the year-ago quarter": one year back from the article or the statement before.
    static func isYearBack(_ form: TemporalExpression.Form) -> Bool {
        switch form {
        case .ago(.year, 1), .discourse(.year, -1), .period(_, -1): return true
        default: return false
        }
    }

    struct Tense {
        var future: Bool
        var past: Bool

        /// Of `candidates` (the same date in neighbouring years), the one the tense implies: the latest not after
        /// the reference in the past, the first not before it in the future, else the reference's year.
        /// The past is followed within `reach` days; farther, the reference's year is likelier ("expires Dec. 15" told on 2 November).
        func pick(_ candidates: [Timex], _ reference: DayDate, reach: Int = 300) -> Timex? {
            func end(_ timex: Timex) -> DayDate { timex.timeValue?.end ?? timex.anchor }
            if past, let before = candidates.last(where: { $0.anchor <= reference }), reference.ordinal - end(before).ordinal <= reach {
                return before
            }
            if future, let after = candidates.first(where: { end($0) >= reference }) {
                return after
            }
            // Otherwise the nearest to the reference ("payable Jan. 2" told on 2 November is the next one).
            func distance(_ timex: Timex) -> Int {
                if timex.anchor > reference { return timex.anchor.ordinal - reference.ordinal }
                return max(0, reference.ordinal - end(timex).ordinal)
            }
            return candidates.min { distance($0) < distance($1) }
        }
    }

    enum Resolved {
        case timex(Timex)
        case text(String)
    }

    /// A TIMEX3 value that is no calendar period, in words: "the present", "5 years", "every Monday".
    static func describe(_ value: String) -> String {
        switch value {
        case "PRESENT_REF": return "the present"
        case "PAST_REF": return "the past"
        case "FUTURE_REF": return "the future"
        default: break
        }
        if value.hasPrefix("XXXX-WXX-"), let day = Int(String(value.dropFirst(9).prefix(1))), (1...7).contains(day) {
            return "every " + DayDate.weekdayNames[day - 1]
        }
        guard value.hasPrefix("P") else { return value }
        var body = value.dropFirst()
        let time = body.hasPrefix("T")
        if time { body = body.dropFirst() }
        let amount = String(body.prefix { $0.isNumber || $0 == "X" })
        let code = String(body.dropFirst(amount.count))
        let names: [String: String] = time ? ["H": "hour", "M": "minute", "S": "second"]
            : ["D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century"]
        guard let name = names[code] else { return value }
        let count = amount == "X" ? "some" : amount
        return "\(count) \(name)\(amount == "1" ? "" : "s")"
    }

    static func normalize(_ form: TemporalExpression.Form, reference: DayDate?, context: Context, tense: Tense) -> (Resolved?, String) {
        let previous = context.previous
        let future = tense.future
        if context.yearToDate, let reference {
            // "For the nine months, net was $5 million, up from $4 million a year earlier": the year before.
            // The report's year is its period's (a quarter named before), else the article's.
            let year = context.period?.anchor.year ?? reference.year
            if let back = yearsBack(form), let start = DayDate(year: year - back, month: 1, day: 1) {
                return (.timex(Timex(.year, containing: start)), "\(back) year(s) before the year so far of the statement before")
            }
            if case .periodOf(nil, let year) = form, let start = DayDate(year: year, month: 1, day: 1) {
                return (.timex(Timex(.year, containing: start)), "the year so far of the statement before, in \(year)")
            }
        }
        if isYearBack(form), context.anchorIsYearBack, var anchor = context.anchor {
            // "… compared with $3 million a year ago. Sales rose from $2 million a year earlier": the same year-ago period.
            anchor.clock = nil
            if anchor.grain >= .month { anchor = Timex(.year, containing: anchor.anchor) }
            return (.timex(anchor), "the year-ago period of the statement before (\(anchor.string))")
        }
        switch form {
        case .day(let year?, let month, let day):
            guard let date = DayDate(year: year, month: month, day: day) else { return (nil, "no such day") }
            return (.timex(Timex(.day, containing: date)), "full date")
        case .month(let year?, let month, _):
            guard let date = DayDate(year: year, month: month, day: 1) else { return (nil, "no such month") }
            return (.timex(Timex(.month, containing: date)), "month and year")
        case .year(let year):
            guard let date = DayDate(year: year, month: 1, day: 1) else { return (nil, "no such year") }
            return (.timex(Timex(.year, containing: date)), "year")
        case .part(let unit, let index, let year?, _):
            guard let date = partStart(unit, index, year) else { return (nil, "no such period") }
            return (.timex(Timex(Timex.grain(of: unit), containing: date)), "\(unit.rawValue) of the year")
        case .decade(let decade):
            guard let date = DayDate(year: decade * 10, month: 1, day: 1) else { return (nil, "no such decade") }
            return (.timex(Timex(.decade, containing: date)), "decade")
        case .century(let century):
            guard let date = DayDate(year: max(1, century * 100), month: 1, day: 1) else { return (nil, "no such century") }
            return (.timex(Timex(.century, containing: date)), "century")
        case .fixed(let text), .yearToDate(let text):
            return (.text(text), "TIMEX3 value as written")
        case .discourse(let unit, let amount):
            if let previous = unit == .year ? context.reportPeriod ?? context.anchor : previous {
                var base = previous
                base.clock = nil
                // "a week later" from a day is still a day; whole years from a day, a week or a month are years, as
                // TimeML writes "a year earlier" ("In June 1997 …; a year earlier" is 1996). A quarter or half keeps its
                // grain ("the third quarter …, a year earlier" is the year-ago quarter).
                if [.year, .decade, .century].contains(unit), base.grain >= .month {
                    base = Timex(.year, containing: base.anchor)
                }
                return (.timex(base.shifted(unit, by: amount)), "\(amount) \(unit.rawValue)(s) from the statement before (\(previous.string))")
            }
        case .period(nil, let yearsBack) where context.anchor?.grain == .year && reference.map { context.anchor?.anchor.year == $0.year + yearsBack } == true:
            // "In the 1988 period ... The year-ago results" told in 1989: the year named is already the year-ago one.
            guard let reference else { break }
            return (.timex(Timex(.year, containing: reference).shifted(.year, by: yearsBack)), "the year \(-yearsBack) year(s) before the article's")
        case .period(let unit, let yearsBack):
            // A day or month named after the quarter ("the quarter ended Sept. 30") does not replace it as the period.
            // Nor does a comparison a year back ("… a year ago. The latest period" is the report's quarter).
            // Nor does a period to come.
            let named = context.anchor.map { $0.grain >= .month || context.anchorIsYearBack || context.anchorIsAhead ? context.period ?? $0 : $0 }
            if let previous = named, unit == nil || previous.grain == Timex.grain(of: unit ?? .year), previous.grain != .day || unit == nil {
                var base = previous
                base.clock = nil
                return (.timex(base.shifted(.year, by: yearsBack)), "the period of the statement before (\(previous.string)), \(-yearsBack) year(s) back")
            }
        case .periodOf(let unit, let year):
            if let period = context.period, unit == nil || period.grain == Timex.grain(of: unit ?? .quarter),
               let start = DayDate(year: year, month: period.anchor.month, day: 1) {
                return (.timex(Timex(period.grain, containing: start)), "the period of the statements before (\(period.string)) in \(year)")
            }
            guard let start = DayDate(year: year, month: 1, day: 1) else { return (nil, "no such year") }
            return (.timex(Timex(.year, containing: start)), "year (no quarter named before)")
        case .around(let unit, let base):
            let (inner, derivation) = normalize(base, reference: reference, context: context, tense: tense)
            if case .timex(let timex)? = inner {
                return (.timex(Timex(Timex.grain(of: unit), containing: timex.anchor)), "the \(unit.rawValue) of " + derivation)
            }
            return (inner, derivation)
        case .timed(let base?, let clock):
            let (inner, derivation) = normalize(base, reference: reference, context: context, tense: tense)
            if case .timex(var timex)? = inner, timex.grain == .day {
                timex.clock = clock
                return (.timex(timex), derivation + ", time of day")
            }
            return (inner, derivation)
        default:
            break
        }
        guard let reference else { return (nil, "needs the article's date, which is unknown") }
        let on = "the article's date \(reference.iso)"
        switch form {
        case .day(nil, let month, let day):
            // The nearest such day: before the article's date, or after it when the sentence speaks of the future.
            let candidates = (-1...1).compactMap { DayDate(year: reference.year + $0, month: month, day: day) }.map { Timex(.day, containing: $0) }
            guard let timex = tense.pick(candidates, reference) else { return (nil, "no such day") }
            return (.timex(timex), "day and month, year from \(on) and the tense")
        case .month(nil, let month, let modifier):
            var year = reference.year
            switch modifier {
            case .last: if month >= reference.month { year -= 1 }
            case .next: if month <= reference.month { year += 1 }
            case .this: break
            case .plain:
                let candidates = (-1...1).compactMap { DayDate(year: reference.year + $0, month: month, day: 1) }.map { Timex(.month, containing: $0) }
                guard let timex = tense.pick(candidates, reference) else { return (nil, "no such month") }
                return (.timex(timex), "month, year from \(on) and the tense")
            }
            guard let date = DayDate(year: year, month: month, day: 1) else { return (nil, "no such month") }
            return (.timex(Timex(.month, containing: date)), "month, year from \(on)")
        case .part(let unit, let index, nil, let modifier):
            let grain = Timex.grain(of: unit)
            guard let start = partStart(unit, index, reference.year) else { return (nil, "no such period") }
            var timex = Timex(grain, containing: start)
            let current = Timex(grain, containing: reference)
            switch modifier {
            case .last: if timex.anchor >= current.anchor { timex = timex.shifted(.year, by: -1) }
            case .next: if timex.anchor <= current.anchor { timex = timex.shifted(.year, by: 1) }
            case .this: break
            case .plain:
                // A quarter or half is the article's year's, unless the past tense puts it before; a season as a month.
                if unit == .season {
                    timex = tense.pick([timex.shifted(.year, by: -1), timex, timex.shifted(.year, by: 1)], reference) ?? timex
                } else if tense.past, timex.anchor > current.anchor {
                    timex = timex.shifted(.year, by: -1)
                }
            }
            return (.timex(timex), "\(unit.rawValue), year from \(on)")
        case .weekday(let weekday, let modifier):
            let back = (reference.weekday - weekday + 7) % 7
            let ahead = (weekday - reference.weekday + 7) % 7
            let date: DayDate
            switch modifier {
            case .last: date = reference.adding(days: -(back == 0 ? 7 : back))
            case .next: date = reference.adding(days: ahead == 0 ? 7 : ahead)
            case .this, .plain: date = future ? reference.adding(days: ahead) : reference.adding(days: -back)
            }
            return (.timex(Timex(.day, containing: date)), "\(DayDate.weekdayNames[weekday - 1]) \(future ? "on or after" : "on or before") \(on)")
        case .relative(let unit, let offset):
            var timex = Timex(Timex.grain(of: unit), containing: reference).shifted(unit, by: offset)
            // "the weekend" told in the past, on a weekday: the one before.
            if unit == .weekend, offset == 0, !future, reference.weekday < 6 { timex = timex.shifted(.week, by: -1) }
            return (.timex(timex), "relative to \(on)")
        case .ago(let unit, let amount):
            if unit == .year, let previous = context.reportPeriod {
                return (.timex(previous.shifted(.year, by: -amount)), "\(amount) year(s) before the period of the statement before (\(previous.string))")
            }
            let grain = unit == .decade || unit == .century ? Timex.Grain.year : Timex.grain(of: unit)
            return (.timex(Timex(grain, containing: reference).shifted(unit, by: -amount)), "\(amount) \(unit.rawValue)(s) before \(on)")
        case .discourse(let unit, let amount):
            // Nothing dated before it: counted from the article's date.
            return (.timex(Timex(Timex.grain(of: unit), containing: reference).shifted(unit, by: amount)), "\(amount) \(unit.rawValue)(s) from \(on)")
        case .period(let unit, let yearsBack):
            let grain = Timex.grain(of: unit ?? .year)
            // The article's latest completed period ("the quarter" of a report is the one just ended).
            var timex = Timex(grain, containing: reference)
            if unit != nil { timex = timex.shifted(unit ?? .quarter, by: -1) }
            return (.timex(timex.shifted(.year, by: yearsBack)), "the latest \(unit?.rawValue ?? "year") before \(on)")
        case .yearPart(let unit, let index, let offset):
            let year = reference.year + offset
            let start = unit == .month ? DayDate(year: year, month: index, day: 1) : partStart(unit, index, year)
            guard let start else { return (nil, "no such period") }
            return (.timex(Timex(Timex.grain(of: unit), containing: start)), "\(unit.rawValue) of the year \(year), from \(on)")
        case .timed(nil, let clock):
            return (.timex(Timex(.day, containing: reference, clock: clock)), "time of day on \(on)")
        case .holiday(let holiday, let modifier):
            let candidates = (-1...1).compactMap { holiday.date(in: reference.year + $0) }.map { Timex(.day, containing: $0) }
            let chosen: Timex?
            switch modifier {
            case .last: chosen = candidates.last { $0.anchor < reference }
            case .next: chosen = candidates.first { $0.anchor > reference }
            case .this: chosen = candidates.first { $0.anchor.year == reference.year }
            case .plain: chosen = tense.pick(candidates, reference)
            }
            guard let chosen else { return (nil, "no such holiday") }
            return (.timex(chosen), "holiday, year from \(on)" + (modifier == .plain ? " and the tense" : ""))
        case .yearEnd:
            // "since year-end" told in the past is the end of the year before; "by year-end", this year's.
            let year = tense.past ? reference.year - 1 : reference.year
            guard let start = DayDate(year: year, month: 1, day: 1) else { return (nil, "no such year") }
            return (.timex(Timex(.year, containing: start)), "the end of the year, from \(on) and the tense")
        default:
            return (nil, "")
        }
    }

    /// The first day of a year's quarter, half or season.
    static func partStart(_ unit: TemporalExpression.Unit, _ index: Int, _ year: Int) -> DayDate? {
        switch unit {
        case .quarter: return DayDate(year: year, month: (index - 1) * 3 + 1, day: 1)
        case .half: return DayDate(year: year, month: (index - 1) * 6 + 1, day: 1)
        case .season: return DayDate(year: year, month: index == 4 ? 12 : index * 3, day: 1)
        default: return DayDate(year: year, month: 1, day: 1)
        }
    }
}

extension DayDate {
    /// The same day some months later (or earlier), clamped to the month's length.
    func addingMonths(_ months: Int) -> DayDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        return DayDate(year: newYear, month: newMonth, day: min(day, DayDate.daysIn(month: newMonth, year: newYear))) ?? self
    }
}
