/// Finds date expressions in sentences and normalises them against the article's date:
/// full dates in English forms, months and years, weekdays, relative expressions ("last month",
/// "earlier this week", "in the coming months") and discourse-relative ones ("a week later").
/// Durations and ages ("in eight years", "three decades") are not dates.
public struct TemporalTagger: Sendable {
    public init() {}

    static let monthWords: [String: Int] = {
        var result: [String: Int] = [:]
        for (index, name) in DayDate.monthNames.enumerated() {
            result[name.lowercased()] = index + 1
            result[String(name.lowercased().prefix(3))] = index + 1
        }
        result["sept"] = 9
        result.removeValue(forKey: "may")  // "May" is handled apart: it is also a verb
        return result
    }()

    static let weekdayWords: [String: Int] = {
        var result: [String: Int] = [:]
        for (index, name) in DayDate.weekdayNames.enumerated() { result[name.lowercased()] = index + 1 }
        return result
    }()

    static let monthContext: Set<String> = ["in", "since", "until", "till", "by", "last", "next", "this", "early", "late",
                                             "mid", "from", "during", "of", "through", "before", "after", "throughout", "end"]
    /// Words that put a clause in the future ("will", "is set to", "is scheduled"); adjectives such as
    /// "upcoming" do not, since a past event can be told in a sentence that names a future one.
    static let futureWords: Set<String> = ["will", "shall", "scheduled", "expected", "planned", "plans", "set", "due", "'ll"]
    static let numberWords: [String: Int] = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                                              "seven": 7, "eight": 8, "nine": 9, "ten": 10]

    /// Every date expression of an article, resolved against `reference` (the article's date) where it has one.
    public func tag(_ sentences: [Sentence], reference: DayDate?) -> [TemporalExpression] {
        var found: [TemporalExpression] = []
        for sentence in sentences {
            found += detect(in: sentence)
        }
        return TemporalTagger.resolve(found, reference: reference)
    }

    /// Resolves expressions in article order; each discourse-relative one counts from the value before it.
    public static func resolve(_ expressions: [TemporalExpression], reference: DayDate?) -> [TemporalExpression] {
        var previous: TimeValue?
        return expressions.map { expression in
            var expression = expression
            let (value, derivation) = normalize(expression.form, reference: reference, previous: previous, future: expression.isFuture)
            expression.value = value
            expression.derivation = derivation
            if let value { previous = value }
            return expression
        }
    }

    // MARK: Detection

    func detect(in sentence: Sentence) -> [TemporalExpression] {
        let tokens = Tokenizer.tokens(sentence.text)
        let words = tokens.map { $0.isWord ? $0.lowercased : $0.text }
        /// Whether the clause that holds token `index` speaks of the future: a future word between the
        /// clause's start (the last comma, semicolon or dash before it) and the expression.
        func isFuture(at index: Int) -> Bool {
            var start = index
            while start > 0, ![",", ";", "\u{2014}", ":"].contains(words[start - 1]) { start -= 1 }
            let clause = words[start..<index]
            return clause.contains { Self.futureWords.contains($0) }
                || zip(clause, clause.dropFirst()).contains { $0 == "to" && $1 == "be" }
        }
        var result: [TemporalExpression] = []
        var i = 0

        func word(_ index: Int) -> String? { index >= 0 && index < words.count ? words[index] : nil }
        func number(_ index: Int) -> Int? {
            guard let text = word(index) else { return nil }
            var digits = text
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = String(digits.dropLast(2)) }
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isNumber) else { return nil }
            return Int(digits)
        }
        func year(_ index: Int) -> Int? {
            guard let text = word(index), text.count == 4, let value = Int(text), (1800...2200).contains(value) else { return nil }
            return value
        }
        func month(_ index: Int) -> Int? {
            guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
            if tokens[index].text == "May" { return 5 }
            guard tokens[index].isCapitalised else { return nil }
            return Self.monthWords[words[index]]
        }
        /// Skips the dot of an abbreviated month ("Sept.").
        func afterMonth(_ index: Int) -> Int { word(index + 1) == "." ? index + 2 : index + 1 }
        func add(_ form: TemporalExpression.Form, _ kind: TemporalExpression.Kind, from: Int, to: Int, weekday: Int? = nil) {
            let start = tokens[from].start, end = tokens[to].end
            let phrase = sentence.text.scalarSlice(start, end)
            result.append(TemporalExpression(form: form, phrase: phrase, sentence: sentence.ordinal, start: start, end: end,
                                             kind: kind, value: nil, derivation: "", weekday: weekday, isFuture: isFuture(at: from)))
        }

        while i < tokens.count {
            let w = words[i]
            // ISO dates: 2025-09-18.
            if tokens[i].isWord, w.count == 10, let date = DayDate(iso: w) {
                add(.day(year: date.year, month: date.month, day: date.day), .absolute, from: i, to: i)
                i += 1
                continue
            }
            // Month [day][, year] / Month year.
            if let m = month(i) {
                let next = afterMonth(i)
                if let d = number(next), (1...31).contains(d), year(next) == nil {
                    var last = next
                    var y: Int?
                    if word(next + 1) == ",", let value = year(next + 2) {
                        y = value
                        last = next + 2
                    } else if let value = year(next + 1) {
                        y = value
                        last = next + 1
                    }
                    add(.day(year: y, month: m, day: d), y == nil ? .partial : .absolute, from: i, to: last)
                    i = last + 1
                    continue
                }
                if let y = year(next) {
                    add(.month(year: y, month: m, modifier: .plain), .absolute, from: i, to: next)
                    i = next + 1
                    continue
                }
                // A month alone needs a word that makes it a time: "in June", "last March".
                let before = word(i - 1) ?? ""
                if Self.monthContext.contains(before) || before == "-" && word(i - 2) == "mid" {
                    let modifier: TemporalExpression.Modifier = before == "last" ? .last : before == "next" ? .next : before == "this" ? .this : .plain
                    let from = modifier == .plain ? i : i - 1
                    add(.month(year: nil, month: m, modifier: modifier), .partial, from: from, to: i)
                    i += 1
                    continue
                }
            }
            // Day month [year]: 18 September 2025.
            if let d = number(i), (1...31).contains(d), year(i) == nil, let m = month(i + 1) {
                let next = afterMonth(i + 1)
                if let y = year(next) {
                    add(.day(year: y, month: m, day: d), .absolute, from: i, to: next)
                    i = next + 1
                } else {
                    add(.day(year: nil, month: m, day: d), .partial, from: i, to: i + 1)
                    i += 2
                }
                continue
            }
            // Weekdays.
            if let weekday = Self.weekdayWords[w], tokens[i].isCapitalised {
                let before = word(i - 1) ?? ""
                let modifier: TemporalExpression.Modifier = before == "last" ? .last : before == "next" ? .next : before == "this" ? .this : .plain
                add(.weekday(weekday, modifier: modifier), .weekday, from: modifier == .plain ? i : i - 1, to: i, weekday: weekday)
                i += 1
                continue
            }
            // Years: "in 2024", "the 2026 review"; not amounts ("$2024") or parts of numbers.
            if let y = year(i), tokens[i].isWord, !["$", "€", "£", "¥"].contains(word(i - 1) ?? ""),
               word(i + 1) != "%", word(i + 1) != "percent", word(i - 1) != ",", word(i + 1) != "," || year(i + 2) == nil {
                add(.year(y), .absolute, from: i, to: i)
                i += 1
                continue
            }
            // Relative to the article's date.
            if let (form, length) = relative(words, at: i) {
                add(form, .relative, from: i, to: i + length - 1)
                i += length
                continue
            }
            // Relative to the statement before: "a week later", "two days earlier", "the next day".
            if let (form, length) = discourse(words, at: i) {
                add(form, .discourse, from: i, to: i + length - 1)
                i += length
                continue
            }
            i += 1
        }
        return result
    }

    private func relative(_ words: [String], at i: Int) -> (TemporalExpression.Form, Int)? {
        func word(_ index: Int) -> String? { index < words.count ? words[index] : nil }
        let units: [String: TemporalExpression.Unit] = ["week": .week, "month": .month, "year": .year]
        switch words[i] {
        case "today", "tonight": return (.relative(unit: .day, offset: 0, part: .whole), 1)
        case "yesterday": return (.relative(unit: .day, offset: -1, part: .whole), 1)
        case "tomorrow": return (.relative(unit: .day, offset: 1, part: .whole), 1)
        case "last", "next", "this":
            guard let next = word(i + 1), let unit = units[next] else { return nil }
            let offset = words[i] == "last" ? -1 : words[i] == "next" ? 1 : 0
            return (.relative(unit: unit, offset: offset, part: .whole), 2)
        case "earlier", "later":
            guard word(i + 1) == "this", let next = word(i + 2), let unit = units[next] else { return nil }
            return (.relative(unit: unit, offset: 0, part: words[i] == "earlier" ? .earlier : .later), 3)
        case "coming":
            // "in the coming months", "the coming weeks"
            guard let next = word(i + 1), next.hasSuffix("s"), let unit = units[String(next.dropLast())] else { return nil }
            return (.coming(unit: unit), 2)
        case "through", "until", "by", "till":
            // "through the end of the year", "by the end of the month", "by year-end"
            if word(i + 1) == "the", word(i + 2) == "end", word(i + 3) == "of", word(i + 4) == "the",
               let next = word(i + 5), let unit = units[next] {
                return (.untilEnd(unit: unit), 6)
            }
            if let next = word(i + 1), next == "year-end" || next == "year's" { return (.untilEnd(unit: .year), 2) }
            return nil
        default:
            return nil
        }
    }

    private func discourse(_ words: [String], at i: Int) -> (TemporalExpression.Form, Int)? {
        func word(_ index: Int) -> String? { index < words.count ? words[index] : nil }
        let units: [String: TemporalExpression.Unit] = ["day": .day, "days": .day, "week": .week, "weeks": .week,
                                                        "month": .month, "months": .month, "year": .year, "years": .year]
        if let amount = Self.numberWords[words[i]] ?? Int(words[i]), amount < 100, let next = word(i + 1), let unit = units[next],
           let direction = word(i + 2), direction == "later" || direction == "earlier" || direction == "after" || direction == "before" {
            // "a week later"; "two days before" only at the end of a phrase
            if direction == "after" || direction == "before", let following = word(i + 3), following.first?.isLetter == true,
               !["the", "that"].contains(following) { return nil }
            return (.discourse(unit: unit, amount: direction == "later" || direction == "after" ? amount : -amount), 3)
        }
        if words[i] == "the", let next = word(i + 1), next == "next" || next == "following" || next == "previous",
           let unitWord = word(i + 2), let unit = units[unitWord], ["day", "week", "month", "year"].contains(unitWord) {
            return (.discourse(unit: unit, amount: next == "previous" ? -1 : 1), 3)
        }
        return nil
    }

    // MARK: Normalisation

    static func normalize(_ form: TemporalExpression.Form, reference: DayDate?, previous: TimeValue?, future: Bool)
        -> (TimeValue?, String) {
        switch form {
        case .day(let year?, let month, let day):
            return (DayDate(year: year, month: month, day: day).map(TimeValue.day), "full date")
        case .month(let year?, let month, _):
            return (TimeValue.month(year, month), "month and year")
        case .year(let year):
            return (TimeValue.year(year), "year")
        default:
            break
        }
        guard let reference else { return (nil, "needs the article's date, which is unknown") }
        let on = "the article's date \(reference.iso)"
        switch form {
        case .day(nil, let month, let day):
            // The nearest such day: before the article's date, or after it when the sentence speaks of the future.
            var year = reference.year
            guard var date = DayDate(year: year, month: month, day: day) else { return (nil, "no such day") }
            if !future, date > reference { year -= 1 } else if future, date < reference { year += 1 }
            date = DayDate(year: year, month: month, day: day) ?? date
            return (.day(date), "day and month, year from \(on)")
        case .month(nil, let month, let modifier):
            var year = reference.year
            switch modifier {
            case .last: if month >= reference.month { year -= 1 }
            case .next: if month <= reference.month { year += 1 }
            case .this: break
            case .plain:
                if !future, month > reference.month { year -= 1 } else if future, month < reference.month { year += 1 }
            }
            return (TimeValue.month(year, month), "month, year from \(on)")
        case .weekday(let weekday, let modifier):
            let difference = (reference.weekday - weekday + 7) % 7
            let date: DayDate
            switch modifier {
            case .last: date = reference.adding(days: -(difference == 0 ? 7 : difference))
            case .next: date = reference.adding(days: (weekday - reference.weekday + 7) % 7 == 0 ? 7 : (weekday - reference.weekday + 7) % 7)
            case .this, .plain:
                if future {
                    date = reference.adding(days: (weekday - reference.weekday + 7) % 7)
                } else {
                    date = reference.adding(days: -difference)
                }
            }
            return (.day(date), "\(DayDate.weekdayNames[weekday - 1]) \(future ? "on or after" : "on or before") \(on)")
        case .relative(let unit, let offset, let part):
            return (relativeValue(unit: unit, offset: offset, part: part, reference: reference), "relative to \(on)")
        case .coming(let unit):
            let end: DayDate
            switch unit {
            case .day: end = reference.adding(days: 3)
            case .week: end = reference.adding(days: 21)
            case .month: end = reference.addingMonths(3)
            case .year: end = reference.addingMonths(36)
            }
            return (.interval(reference.adding(days: 1), end), "the coming \(unit.rawValue)s after \(on)")
        case .untilEnd(let unit):
            let end: DayDate
            switch unit {
            case .year: end = DayDate(year: reference.year, month: 12, day: 31) ?? reference
            case .month: end = DayDate(year: reference.year, month: reference.month,
                                       day: DayDate.daysIn(month: reference.month, year: reference.year)) ?? reference
            case .week: end = reference.adding(days: 7 - reference.weekday)
            case .day: end = reference
            }
            return (.interval(reference, end), "from \(on) to the end of the \(unit.rawValue)")
        case .discourse(let unit, let amount):
            guard let previous else { return (nil, "no dated statement before it") }
            let shifted: DayDate
            switch unit {
            case .day: shifted = previous.start.adding(days: amount)
            case .week: shifted = previous.start.adding(days: 7 * amount)
            case .month: shifted = previous.start.addingMonths(amount)
            case .year: shifted = previous.start.addingMonths(12 * amount)
            }
            // At the precision of the statement it counts from: "last month … a week later" is still a month.
            let value: TimeValue?
            switch previous.precision {
            case .day, .interval: value = .day(shifted)
            case .month: value = TimeValue.month(shifted.year, shifted.month)
            case .year: value = TimeValue.year(shifted.year)
            }
            return (value, "\(amount) \(unit.rawValue)(s) from the statement before (\(previous.iso))")
        default:
            return (nil, "")
        }
    }

    static func relativeValue(unit: TemporalExpression.Unit, offset: Int, part: TemporalExpression.Part, reference: DayDate) -> TimeValue? {
        switch unit {
        case .day:
            return .day(reference.adding(days: offset))
        case .week:
            let monday = reference.adding(days: -(reference.weekday - 1)).adding(days: 7 * offset)
            let sunday = monday.adding(days: 6)
            switch part {
            case .whole: return offset == 0 ? .interval(monday, reference) : .interval(monday, sunday)
            case .earlier: return .interval(monday, max(monday, reference.adding(days: -1)))
            case .later: return .interval(min(sunday, reference.adding(days: 1)), sunday)
            }
        case .month:
            let first = DayDate(year: reference.year, month: reference.month, day: 1)?.addingMonths(offset) ?? reference
            switch part {
            case .whole: return TimeValue.month(first.year, first.month)
            case .earlier: return .interval(first, max(first, reference.adding(days: -1)))
            case .later:
                let last = DayDate(year: first.year, month: first.month, day: DayDate.daysIn(month: first.month, year: first.year)) ?? reference
                return .interval(min(last, reference.adding(days: 1)), last)
            }
        case .year:
            let year = reference.year + offset
            switch part {
            case .whole: return TimeValue.year(year)
            case .earlier: return DayDate(year: year, month: 1, day: 1).map { .interval($0, max($0, reference.adding(days: -1))) }
            case .later: return DayDate(year: year, month: 12, day: 31).map { .interval(min($0, reference.adding(days: 1)), $0) }
            }
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
