/// The words of one language that recognition needs, read from the knowledge data files:
/// function words and common vocabulary (to tell a capitalised word from a name), months and
/// weekdays, titles and honorifics, the words that mark organisations, places, agreements and
/// events, and the words that join, split or precede names.
struct Lexicon: Sendable {
    /// The rows of a `lang-<code>.tsv` file, by kind.
    enum Kind: String, CaseIterable, Sendable {
        case stop, common, noun, month, weekday, language
        case title, titleSuffix = "title-suffix", titleModifier = "title-modifier", honorific
        case organizationCue = "org-cue", placeCue = "place-cue", agreementCue = "agreement-cue", eventCue = "event-cue"
        case connector, and, article
        case speechVerb = "speech-verb", reportVerb = "report-verb", placePreposition = "place-preposition"
        case pluralSuffix = "plural-suffix", organizationPrefix = "org-prefix"
        case classNoun = "class-noun", of, trait, cueConnector = "cue-connector", adjectiveSuffix = "adjective-suffix", personSuffix = "person-suffix"
        case thingPronoun = "thing-pronoun", irregularPlural = "irregular-plural"
    }

    /// A property of the language's grammar that recognition uses, one `trait` row each.
    enum Trait: String, CaseIterable, Sendable {
        /// Adjectives follow their noun ("la aerolínea danesa Norvia").
        case adjectiveAfterNoun = "adjective-after-noun"
        /// The word of a kind is written in lowercase before the name it belongs to ("la basilique Saint-Ulrich",
        /// "el hospital Tomás Barrena", "la piazza Vele"): a cue word there says what the name is.
        case kindWordBeforeName = "kind-word-before-name"
    }

    var language: Language
    var stop: Set<String> = []
    /// Common words of this language (and how common, as a Zipf frequency, where the data gives it):
    /// frequent here and much rarer in the other languages, so vocabulary rather than a name.
    var common: [String: Double] = [:]
    /// The rest of the frequent vocabulary, for languages that capitalise nouns (German).
    var nouns: Set<String> = []
    var months: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    var languageNames: Set<String> = []
    var titles: Set<String> = []
    /// Heads of compound titles ("präsident" in "Bundespräsident", "US-Präsident").
    var titleSuffixes: [String] = []
    var titleModifiers: Set<String> = []
    var honorifics: Set<String> = []
    var organizationCues: Set<String> = []
    /// Words that start the names of bodies and say nothing at the end of one ("Air" in "Air Canada").
    var organizationPrefixes: Set<String> = []
    var placeCues: Set<String> = []
    var agreementCues: Set<String> = []
    var eventCues: Set<String> = []
    var connectors: Set<String> = []
    var conjunctions: Set<String> = []
    var articles: Set<String> = []
    var speechVerbs: Set<String> = []
    var reportVerbs: Set<String> = []
    var placePrepositions: Set<String> = []
    /// Possessives and pronouns that stand for no person ("its", "itself"), where the language has such.
    var thingPronouns: Set<String> = []
    /// Common nouns that say what a name right after them is ("the airline Norvia", "la ciudad de
    /// Orvena", "der Bildhauer Wiecek"), with the type they give it.
    var classNouns: [String: EntityType] = [:]
    /// The words that join a class noun to its name ("the city of", "la ville de").
    var ofWords: Set<String> = []
    var traits: Set<Trait> = []
    /// Words that join more of a name only after an institution's word ("Office for National Statistics").
    var cueConnectors: Set<String> = []
    /// The endings of adjectives that a name may end with, in languages that write them in lowercase after the noun
    /// ("européenne" in "Commission européenne").
    var adjectiveSuffixes: [String] = []
    /// The endings of nouns for people ("-ist" in "hydrologist", "-er" in "member").
    var personSuffixes: [String] = []
    /// The endings that make a noun plural ("s" in "Museums", "x" in "Châteaux").
    var pluralSuffixes: [String] = []
    /// Plurals that take no such ending ("people", "women").
    var irregularPlurals: Set<String> = []
    /// The English word for each cue word and title (folded), from their third column: "capilla" → "chapel",
    /// "obispo" → "bishop"; English's own words stand for themselves. Names of one thing in two languages
    /// share it ("Capilla Orsina", "Orsina Chapel").
    var glosses: [String: String] = [:]

    init(language: Language) { self.language = language }

    /// Adds a file's rows; a row of an unknown kind is an error at its line.
    mutating func add(_ rows: [KnowledgeRow], file: String) throws(DossierError) {
        for row in rows {
            guard let kind = Kind(rawValue: row[0]) else {
                throw DossierError(.error(SourceLocation(file: file, line: row.line, column: 1),
                                          "unknown kind '\(row[0])' (expected one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))"))
            }
            let word = row[1].lowercased()
            guard !word.isEmpty else {
                throw DossierError(.error(SourceLocation(file: file, line: row.line, column: 1), "a '\(kind.rawValue)' row needs a word in its second column"))
            }
            if [.organizationCue, .placeCue, .agreementCue, .eventCue, .title].contains(kind) {
                let gloss = row[2].lowercased()
                if !gloss.isEmpty || language == .en {
                    glosses[Knowledge.Gazetteer.fold(word)] = gloss.isEmpty ? Knowledge.Gazetteer.fold(word) : gloss
                }
            }
            switch kind {
            case .stop: stop.insert(word)
            // Generated rows carry a frequency; curated ones are function words to treat as stop words.
            case .common:
                if let zipf = Double(row[2]) { common[word] = zipf } else { stop.insert(word) }
            // Where nouns are capitalised, the whole frequent vocabulary counts as common words.
            case .noun: nouns.insert(word)
            case .month, .weekday:
                guard let number = Int(row[2]), number >= 1, number <= (kind == .month ? 12 : 7) else {
                    throw DossierError(.error(SourceLocation(file: file, line: row.line, column: 1),
                                              "a '\(kind.rawValue)' row needs its number in the third column"))
                }
                if kind == .month { months[word] = number } else { weekdays[word] = number }
            case .language: languageNames.insert(word)
            case .title: titles.insert(word)
            case .titleSuffix: titleSuffixes.append(word)
            case .titleModifier: titleModifiers.insert(word)
            case .honorific: honorifics.insert(word)
            case .organizationCue: organizationCues.insert(word)
            case .placeCue: placeCues.insert(word)
            case .agreementCue: agreementCues.insert(word)
            case .eventCue: eventCues.insert(word)
            case .connector: connectors.insert(word)
            case .and: conjunctions.insert(word)
            case .article: articles.insert(word)
            case .speechVerb: speechVerbs.insert(word)
            case .reportVerb: reportVerbs.insert(word)
            case .placePreposition: placePrepositions.insert(word)
            case .thingPronoun: thingPronouns.insert(word)
            case .organizationPrefix: organizationPrefixes.insert(word)
            case .pluralSuffix: if !pluralSuffixes.contains(word) { pluralSuffixes.append(word) }
            case .irregularPlural: irregularPlurals.insert(word)
            case .classNoun:
                guard let type = EntityType(rawValue: row[2]) else {
                    throw DossierError(.error(SourceLocation(file: file, line: row.line, column: 1),
                                              "a 'class-noun' row needs a type in its third column (one of: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))"))
                }
                classNouns[word] = type
            case .of: ofWords.insert(word)
            case .cueConnector: cueConnectors.insert(word)
            case .adjectiveSuffix: if !adjectiveSuffixes.contains(word) { adjectiveSuffixes.append(word) }
            case .personSuffix: if !personSuffixes.contains(word) { personSuffixes.append(word) }
            case .trait:
                guard let trait = Trait(rawValue: word) else {
                    throw DossierError(.error(SourceLocation(file: file, line: row.line, column: 1),
                                              "unknown trait '\(word)' (expected one of: \(Trait.allCases.map(\.rawValue).joined(separator: ", ")))"))
                }
                traits.insert(trait)
            }
        }
        titleSuffixes = Array(Set(titleSuffixes)).sorted { $0.count > $1.count }
    }

    /// Takes English's titles and cue words too: news in any language borrows them ("CEO", "Holding").
    mutating func borrow(from english: Lexicon) {
        titles.formUnion(english.titles)
        titleModifiers.formUnion(english.titleModifiers.filter { !stop.contains($0) })
        organizationCues.formUnion(english.organizationCues.filter { !stop.contains($0) })
        organizationPrefixes.formUnion(english.organizationPrefixes.filter { !stop.contains($0) })
        agreementCues.formUnion(english.agreementCues.filter { !stop.contains($0) })
        eventCues.formUnion(english.eventCues.filter { !stop.contains($0) })
        conjunctions.insert("&")
        // Names keep the particles of their own language in any text ("Pereira da Costa" in French).
        connectors.formUnion(english.connectors.filter { !conjunctions.contains($0) && !articles.contains($0) })
    }

    /// Takes other languages' name particles as connectors, but for this language's own function words
    /// ("do" is no particle in English text, "des" none in French).
    mutating func borrowParticles(_ particles: Set<String>) {
        connectors.formUnion(particles.filter { !stop.contains($0) && !articles.contains($0) && !conjunctions.contains($0) && common[$0] == nil })
    }

    // MARK: Questions recognition asks

    /// A word that says what kind of thing a name is: an institution's, a place's, an agreement's or an event's.
    /// The type a word of a kind gives the name it belongs to, where it says one type only.
    func cueType(_ lower: String) -> EntityType? {
        let types: [(Set<String>, EntityType)] = [(organizationCues, .organization), (placeCues, .place),
                                                 (agreementCues, .agreement), (eventCues, .event)]
        let matching = types.filter { $0.0.contains(lower) }
        return matching.count == 1 ? matching.first?.1 : nil
    }

    /// A plural of the language's vocabulary ("farmers", "people").
    func isPluralNoun(_ lower: String) -> Bool {
        guard isVocabulary(lower) else { return false }
        return irregularPlurals.contains(lower) || singulars(of: lower).contains(where: isVocabulary)
    }

    func isKindCue(_ lower: String) -> Bool {
        organizationCues.contains(lower) || placeCues.contains(lower) || agreementCues.contains(lower) || eventCues.contains(lower)
    }

    /// A word that heads a title ("President", "presidente", "Bundespräsident", "US-Präsident").
    /// A title or a word that modifies one ("deputy", "acting", "finance"): a word of a title phrase.
    func isTitleWord(_ lower: String) -> Bool {
        isTitle(lower) || titleModifiers.contains(lower)
    }

    func isTitle(_ lower: String) -> Bool {
        if titles.contains(lower) { return true }
        // "US-Präsident", "Erzbischof-Koadjutor": a title at either end of a hyphenated word.
        let parts = lower.split(separator: "-").map(String.init)
        if parts.count > 1, let first = parts.first, let last = parts.last, titles.contains(last) || titles.contains(first) { return true }
        return titleSuffixes.contains { lower.count > $0.count + 2 && lower.hasSuffix($0) }
    }

    /// The English word for a folded cue word or title, or its singular ("bispos" → "bishop").
    func gloss(ofFolded word: String) -> String? {
        glosses[word] ?? singulars(of: word).lazy.compactMap { glosses[$0] }.first
    }

    /// What `word` would be without each plural ending it has ("museums" → "museum"), in the lexicon's order.
    func singulars(of word: String) -> [String] {
        pluralSuffixes.filter { word.count > $0.count + 2 && word.hasSuffix($0) }.map { String(word.dropLast($0.count)) }
    }

    /// `word` or its singular is in `set` ("museums" for "museum").
    func contains(_ set: Set<String>, singularOf word: String) -> Bool {
        set.contains(word) || singulars(of: word).contains(where: set.contains)
    }

    func isCalendarWord(_ lower: String) -> Bool {
        months[lower] != nil || weekdays[lower] != nil
    }

    /// A function word or a common word of the language: capitalised, it is no name by itself.
    /// Where nouns are capitalised (German), a compound of common words counts too ("Holztür").
    func isVocabulary(_ lower: String) -> Bool {
        // The word-frequency data writes "ß" as "ss" ("strassen" for "Straßen").
        if lower.contains("ß") { return isVocabulary(lower.replacingOccurrences(of: "ß", with: "ss")) }
        if stop.contains(lower) || common[lower] != nil || nouns.contains(lower) || languageNames.contains(lower) { return true }
        return language.capitalisesNouns && isCompound(lower)
    }

    /// The linking elements of German compounds ("Lebens-gefahr", "Kirchen-oberhaupt").
    static let linkingElements = ["s", "es", "n", "en", "er", "e"]

    /// "holzsarg" = "holz" + "sarg", "personalabteilung" = "personal" + "abteilung": two common words,
    /// the first perhaps with a linking element, the second at least four letters.
    func isCompound(_ lower: String) -> Bool {
        let scalars = Array(lower.unicodeScalars)
        guard scalars.count >= 7, scalars.count <= 40 else { return false }
        func word(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(slice)) }
        func isCommon(_ text: String) -> Bool { text.count >= 3 && (common[text] != nil || nouns.contains(text) || isCalendarWord(text)) }
        for cut in 3...(scalars.count - 4) {
            let tail = word(scalars[cut...])
            guard common[tail] != nil || nouns.contains(tail) || isCompoundTail(tail) else { continue }
            let head = word(scalars[..<cut])
            if isCommon(head) { return true }
            for element in Self.linkingElements where head.hasSuffix(element) && isCommon(String(head.dropLast(element.count))) {
                return true
            }
        }
        return false
    }

    /// An inflected form of a common word at the end of a compound ("…gästen", "…gäste" of "gast"): the word
    /// without a plural or case ending.
    private func isCompoundTail(_ tail: String) -> Bool {
        for ending in ["en", "n", "e", "s", "er"] where tail.hasSuffix(ending) && tail.count - ending.count >= 4 {
            let stem = String(tail.dropLast(ending.count))
            if common[stem] != nil || nouns.contains(stem) { return true }
        }
        return false
    }
}
