/// The words of one language's date expressions, read from `Knowledge/curated/temporal-<code>.tsv`
/// (units, number words, "ago", "last", "yesterday", parts of the day, seasons, references such as
/// "now") and, for months and weekdays, from CLDR's names in the language's `Lexicon`. The temporal
/// tagger's rules are the same in every language; what differs between languages is here.
struct TemporalLexicon: Sendable {
    /// The kinds of rows of a `temporal-<code>.tsv` file (see `Knowledge/PROVENANCE.md`).
    enum Kind: String, CaseIterable, Sendable {
        case numericOrder = "numeric-order", ago, ampm, anchor, anchored, article, boundary, clock
        case clockWord = "clock-word", clockBefore = "clock-before", decadeName = "decade-name"
        case deictic, deicticPart = "deictic-part", each, filler, future, futureSuffix = "future-suffix", half, later
        case long, lowercaseOnly = "lowercase-only", modifier, monthContext = "month-context", needsContext = "needs-context"
        case number, numberLabel = "number-label", ordinal, ordinalSuffix = "ordinal-suffix", part, partJoiner = "part-joiner"
        case quarter, ref, season, set, timezone, unit, vague, amount
        case modifierAfter = "modifier-after", laterPreposition = "later-prep", past, pastSuffix = "past-suffix", passive, final, holiday, yearEnd = "year-end"
        /// Months and weekdays come from CLDR through the language's lexicon; a temporal file may add abbreviations.
        case month, monthAbbreviation = "month-abbr", weekday, weekdayAbbreviation = "weekday-abbr"
    }

    struct Entry: Sendable, Hashable {
        var words: [String]
        var kind: Kind
        var value: String
        /// A unit's plural ("weeks"): "the coming weeks" is no one week.
        var plural = false
    }

    var language: Language
    /// Numeric dates ("18/09/2025") read day first.
    var dayFirst = true
    /// First word → the entries that start with it, longest first.
    private(set) var entries: [String: [Entry]] = [:]
    var futureSuffixes: [String] = []
    var pastSuffixes: [String] = []
    /// Full weekday names, for compounds ("donnerstagnachmittag").
    var weekdayNames: [(String, Int)] = []
    /// Months and weekdays are capitalised in this language ("June", "Juni"; not "junio", "juin").
    var capitalisesCalendar: Bool { language == .en || language == .de }

    init(language: Language) { self.language = language }

    /// The words of a phrase as the tagger cuts text: tokens, hyphenated words split, an
    /// apostrophe kept on the part before it, lowercased.
    static func words(_ phrase: String) -> [String] {
        TemporalTagger.pieces(Tokenizer.tokens(phrase)).map(\.lower)
    }

    mutating func add(_ kind: Kind, _ phrase: String, _ value: String, plural: Bool = false) {
        let words = Self.words(phrase)
        guard let first = words.first else { return }
        let entry = Entry(words: words, kind: kind, value: value, plural: plural)
        var list = entries[first] ?? []
        guard !list.contains(entry) else { return }
        list.append(entry)
        list.sort { $0.words.count > $1.words.count }
        entries[first] = list
    }

    /// Adds a file's rows; a row of an unknown kind is an error at its line.
    mutating func add(_ rows: [KnowledgeRow], file: String) throws(DossierError) {
        for row in rows {
            guard let kind = Kind(rawValue: row[0]), ![.month, .weekday].contains(kind) else {
                let kinds = Kind.allCases.filter { ![.month, .weekday].contains($0) }.map(\.rawValue)
                throw DossierError(.error(SourceLocation(file: file, line: row.line, column: 1),
                                          "unknown kind '\(row[0])' (expected one of: \(kinds.joined(separator: ", ")))"))
            }
            let phrase = row[1].lowercased()
            guard !phrase.isEmpty else {
                throw DossierError(.error(SourceLocation(file: file, line: row.line, column: 1), "a '\(kind.rawValue)' row needs a phrase in its second column"))
            }
            switch kind {
            case .numericOrder: dayFirst = phrase != "mdy"
            case .futureSuffix: futureSuffixes.append(phrase)
            case .pastSuffix: pastSuffixes.append(phrase)
            default: add(kind, phrase, row[2], plural: row[3] == "plural")
            }
        }
    }

    /// Months and weekdays from CLDR: the longest name of each is the full name, the others abbreviations.
    mutating func addCalendar(from lexicon: Lexicon) {
        func add(_ names: [String: Int], full: Kind, short: Kind) {
            var longest: [Int: Int] = [:]
            for (name, number) in names { longest[number] = max(longest[number] ?? 0, name.count) }
            for (name, number) in names.sorted(by: { $0.key < $1.key }) {
                let clean = name.hasSuffix(".") ? String(name.dropLast()) : name
                let isFull = name.count == longest[number] || clean.count >= 5
                self.add(isFull ? full : short, clean, String(number))
                if isFull, full == .weekday, !weekdayNames.contains(where: { $0.0 == clean }) { weekdayNames.append((clean, number)) }
            }
        }
        add(lexicon.months, full: .month, short: .monthAbbreviation)
        add(lexicon.weekdays, full: .weekday, short: .weekdayAbbreviation)
    }

    /// The longest entry of one of `kinds` that starts at `index` of `words`.
    func match(_ words: LexiconWords, at index: Int, _ kinds: [Kind]) -> (entry: Entry, end: Int)? {
        guard index >= 0, index < words.count, let list = words.entries[index] else { return nil }
        for entry in list where kinds.contains(entry.kind) && index + entry.words.count <= words.count {
            var same = true
            for (offset, word) in entry.words.enumerated() where words[index + offset] != word {
                same = false
                break
            }
            if same { return (entry, index + entry.words.count) }
        }
        return nil
    }

    /// Whether an expression can start with `word`: some entry starts with it, or it is a weekday compound
    /// ("Donnerstagnachmittag").
    func canStart(_ word: String) -> Bool {
        entries[word] != nil || weekdayNames.contains { word.count > $0.0.count + 2 && word.hasPrefix($0.0) }
    }

    func has(_ word: String, _ kind: Kind) -> Bool {
        entries[word]?.contains { $0.kind == kind && $0.words.count == 1 } ?? false
    }

    func isFutureWord(_ word: String) -> Bool {
        futureSuffixes.contains { word.count >= $0.count + 3 && word.hasSuffix($0) }
    }

    func isPastWord(_ word: String) -> Bool {
        pastSuffixes.contains { word.count >= $0.count + 3 && word.hasSuffix($0) }
    }
}

/// A sentence's words in lowercase, with the lexicon's entries that start at each, looked up once for all the
/// rules that try them.
struct LexiconWords: RandomAccessCollection {
    let words: [String]
    let entries: [[TemporalLexicon.Entry]?]

    init(words: [String], lexicon: TemporalLexicon) {
        self.words = words
        self.entries = words.map { lexicon.entries[$0] }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { words.count }
    subscript(position: Int) -> String { words[position] }
}
