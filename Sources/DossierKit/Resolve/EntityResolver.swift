import Foundation

/// Merges the mentions of all sources into entities, one per real-world thing:
/// acronyms join the names the text spells them out as; places join their gazetteer name
/// ("U.S." → United States); a longer form of a person's name joins the shorter one
/// ("Maria Santos Ferreira"); a surname alone joins the one person it can be, preferring
/// the same article; the editors' entity files have the last word. Ambiguous cases are not
/// merged but reported.
struct EntityResolver {
    struct Input {
        var slug: String
        var article: Article
        var facts: ArticleFacts
    }

    struct Output {
        var entities: [Entity]
        var diagnostics: [Diagnostic]
        /// Likely duplicates that were not merged, for `--verbose` and `dossier check`.
        var ambiguities: [String]
    }

    var gazetteer = Knowledge.gazetteer
    /// The dossier's language (`dossier.yml`): pages go by the names its sources write where they write one.
    var language: Language

    init(gazetteer: Knowledge.Gazetteer = Knowledge.gazetteer, language: Language = .en) {
        self.gazetteer = gazetteer
        self.language = language
    }

    /// One mention with the source it is in, and that source's language.
    struct Occurrence {
        var source: Int
        var mention: Mention
        var language: Language
    }

    func resolve(_ inputs: [Input], files: [EntityFile]) -> Output {
        var occurrences: [Occurrence] = []
        for (index, input) in inputs.enumerated() {
            occurrences += input.facts.mentions.map { Occurrence(source: index, mention: $0, language: input.facts.language.language) }
        }
        let acronyms = acronymNames(inputs)
        var groups = UnionFind<EntityKey>()
        var keyOf: [Int: EntityKey] = [:]  // occurrence → key
        var singles: [Int] = []
        let surnames = personSurnames(occurrences)
        // Each mention's key, or none (a surname or a single word, placed below); article by article, in parallel.
        struct Decision: Sendable { var key: EntityKey?; var surname: Bool }
        let resolver = self
        let all = occurrences
        var starts: [Int] = []
        for (index, occurrence) in occurrences.enumerated() where index == 0 || occurrences[index - 1].source != occurrence.source {
            starts.append(index)
        }
        let parts = starts.indices.map { part in starts[part]..<(part + 1 < starts.count ? starts[part + 1] : all.count) }
        let decided = parts.parallelMap { part -> [Decision] in
            part.map { index in
                if resolver.isSurnameOfCity(all[index], surnames: surnames) { return Decision(key: nil, surname: true) }
                return Decision(key: resolver.key(for: all[index].mention, acronyms: acronyms), surname: false)
            }
        }.flatMap { $0 }
        for (index, decision) in decided.enumerated() {
            if decision.surname {
                occurrences[index].mention.evidence.removeAll { $0.clue == .gazetteer(.city) }
                singles.append(index)
            } else if let key = decision.key {
                keyOf[index] = key
                groups.add(key)
            } else {
                singles.append(index)
            }
        }
        dropTrailingWeekdays(&occurrences, keyOf: &keyOf, singles: &singles)
        var evidence = evidenceByKey(occurrences, keyOf: keyOf)
        unifyLongerNames(&groups, keys: Array(Set(keyOf.values)), evidence: evidence)
        unifyVariants(&groups, keys: Array(Set(keyOf.values)), evidence: evidence, acronyms: acronyms)

        // Surnames and other single words.
        var ambiguities: [String] = []
        // Surname → the person groups whose name has it after the first word; group → the sources naming it.
        var surnameIndex: [String: Set<EntityKey>] = [:]
        // Names that may be a person's: person evidence at least as strong as any other, and no strong other.
        func personLike(_ key: EntityKey) -> Bool {
            let weights = evidence[key] ?? [:]
            let person = weights[.person] ?? 0
            let other = weights.filter { $0.key != .person }.values.max() ?? 0
            return person > 0 && person >= other
        }
        // First name → person groups that start with it; first word → the other multi-word names that start with it.
        var firstNameIndex: [String: Set<EntityKey>] = [:]
        var shortFormIndex: [String: Set<EntityKey>] = [:]
        for key in Set(keyOf.values) where key.isName {
            let tokens = key.text.split(separator: " ").map(String.init)
            guard tokens.count >= 2 else { continue }
            if personLike(key) {
                // A first name in the middle ("Maria Teresa Ostrowska") is a middle name, not a surname.
                for (position, token) in tokens.enumerated().dropFirst()
                where position == tokens.count - 1 || !gazetteer.firstNames.contains(token) {
                    surnameIndex[token, default: []].insert(groups.find(key))
                }
                firstNameIndex[tokens[0], default: []].insert(groups.find(key))
            } else if !Self.isPersonEvidence(evidence[key] ?? [:]) {
                shortFormIndex[tokens[0], default: []].insert(groups.find(key))
            }
        }
        // "K-40" for "Kestrel K-40": a model number alone joins the one name that ends with it.
        var modelIndex: [String: Set<EntityKey>] = [:]
        for key in Set(keyOf.values) where key.isName {
            let tokens = key.text.split(separator: " ")
            if tokens.count >= 2, let last = tokens.last, last.contains(where: \.isNumber) {
                modelIndex[String(last), default: []].insert(key)
            }
        }
        // "Northwind" for "Northwind Cargo": a one-word name with a key of its own joins the one longer name it starts.
        for key in Set(keyOf.values).sorted() where key.isName && !key.text.contains(" ") {
            let word = key.text
            let models = Set((modelIndex[word] ?? []).map { groups.find($0) }).filter { $0 != groups.find(key) }
            if word.contains(where: \.isNumber), models.count == 1, let target = models.first {
                groups.union(key, target)
                continue
            }
            // (A company read as a person's name, "Northwind Cargo", counts: the short form has other evidence.)
            let candidates = Self.makerAmongProducts(Self.narrowest(Set(((shortFormIndex[word] ?? []).union(firstNameIndex[word] ?? []))
                .map { groups.find($0) }).filter { $0 != groups.find(key) }), evidence: evidence)
            if candidates.count == 1, let target = candidates.first, !personLike(key) { groups.union(key, target) }
        }
        // The initials of every name of three words or more that is no person's ("gao" → "government accountability office").
        var initialsIndex: [String: Set<EntityKey>] = [:]
        for key in Set(keyOf.values) where key.isName && !Self.isPersonEvidence(evidence[key] ?? [:]) {
            let words = key.text.split(separator: " ").filter { !Self.nameParticles.contains(String($0)) }
            guard words.count >= 3 else { continue }
            initialsIndex[String(words.compactMap(\.first)), default: []].insert(key)
        }
        let productTails = Self.productTails(Set(keyOf.values).filter { $0.isName }.sorted(), evidence: evidence)
        let leadingCueIndex = leadingCueForms(Set(keyOf.values).filter { $0.isName && !Self.isPersonEvidence(evidence[$0] ?? [:]) }.sorted())
        var sourcesByGroup: [EntityKey: Set<Int>] = [:]
        for (index, key) in keyOf { sourcesByGroup[groups.find(key), default: []].insert(occurrences[index].source) }
        for index in singles {
            let occurrence = occurrences[index]
            let word = Self.normalName(occurrence.mention.text)
            func pick(_ candidates: Set<EntityKey>) -> EntityKey? {
                let inSameSource = candidates.filter { sourcesByGroup[$0]?.contains(occurrence.source) == true }
                return inSameSource.count == 1 ? inSameSource.first : (candidates.count == 1 ? candidates.first : nil)
            }
            var candidates = surnameIndex[word] ?? []
            var chosen = pick(candidates)
            // Not a surname: the first word of one company ("Acme" for "Acme Steel"), else the first name of one person.
            if chosen == nil, candidates.isEmpty {
                candidates = Self.makerAmongProducts(Self.narrowest(shortFormIndex[word] ?? []), evidence: evidence)
                if candidates.count == 1 { chosen = candidates.first }
            }
            if chosen == nil, candidates.isEmpty, !occurrence.mention.isCommonWord {
                candidates = firstNameIndex[word] ?? []
                chosen = pick(candidates)
            }
            // "RWA" for "Regional Water Authority": the one name whose initials it is.
            if chosen == nil, candidates.isEmpty, occurrence.mention.text.count >= 2,
               occurrence.mention.text.allSatisfy({ $0.isUppercase && $0.isLetter }) {
                let named = Set((initialsIndex[occurrence.mention.text.lowercased()] ?? []).map { groups.find($0) })
                if named.count == 1 { chosen = named.first }
            }
            // "Skyhawk" for "Kestrel K-40 Skyhawk", "Skyhawks" too: the one product it ends.
            if chosen == nil, candidates.isEmpty, !occurrence.mention.isCommonWord {
                let singular = word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
                let products = Set((productTails[word] ?? productTails[singular] ?? []).map { groups.find($0) })
                if products.count == 1 { chosen = products.first }
            }
            // "Orsina" for "Capilla Orsina": the one name that is it after a cue word.
            if chosen == nil, candidates.isEmpty, !occurrence.mention.isCommonWord {
                let named = Set((leadingCueIndex[word] ?? []).map { groups.find($0) })
                if named.count == 1 { chosen = named.first }
            }
            if let chosen {
                keyOf[index] = chosen
            } else {
                if candidates.count > 1 {
                    let names = candidates.sorted().map(\.text).joined(separator: "', '")
                    ambiguities.append("'\(occurrence.mention.text)' could be '\(names)'; not merged")
                }
                let key = EntityKey.name(word)
                groups.add(key)
                keyOf[index] = key
            }
        }
        evidence = evidenceByKey(occurrences, keyOf: keyOf)
        unifyTranslations(&groups, keyOf: keyOf, occurrences: occurrences, inputs: inputs, evidence: evidence)

        // Group the occurrences by their merged key.
        var members: [EntityKey: [Int]] = [:]
        for (index, key) in keyOf { members[groups.find(key), default: []].append(index) }
        var drafts: [EntityDraft] = []
        for (root, indices) in members {
            let sorted = indices.sorted { (occurrences[$0].source, occurrences[$0].mention.sentence, occurrences[$0].mention.start)
                < (occurrences[$1].source, occurrences[$1].mention.sentence, occurrences[$1].mention.start) }
            let mentions = sorted.map { occurrences[$0] }
            let weights = Self.weigh(mentions.flatMap(\.mention.evidence))
            var reasons: [EntityType: [TypeEvidence.Clue: Int]] = [:]
            for occurrence in mentions {
                for item in occurrence.mention.evidence { reasons[item.type, default: [:]][item.clue, default: 0] += 1 }
            }
            // Capitalised only at the start of sentences, with nothing but a verb after it to say it is a name
            // ("Farmers say …"): not a name.
            let strongest = mentions.flatMap(\.mention.evidence).filter { !$0.clue.isVerbOfSaying }
                .map(\.weight).max() ?? 0
            let singleWord = mentions.allSatisfy { !$0.mention.text.contains(" ") }
            if mentions.allSatisfy(\.mention.isSentenceInitial), strongest < (singleWord ? 6 : 3) { continue }
            // Where nouns are capitalised, a lone word with nothing to say it is a name (no title, no gazetteer,
            // no word of a kind) is a noun, unless it is no common word and comes back in the corpus.
            // A title before it does not make a name of a noun ("dem neuen Vorsitzenden Gehorsam versprechen").
            // (A word in capitals is no noun: "KAP", "EZB".)
            let capitals = mentions.allSatisfy { $0.mention.text.count >= 2 && $0.mention.text.allSatisfy { $0.isUppercase || $0.isNumber } }
            if singleWord, !capitals, mentions.allSatisfy({ inputs[$0.source].facts.language.language.capitalisesNouns }) {
                let known = mentions.flatMap(\.mention.evidence).filter { !$0.clue.isContextual }.map(\.weight).max() ?? 0
                if strongest < 6 && (mentions.contains(where: \.mention.isCommonWord) || mentions.count < 2 || strongest < 2)
                    || known < 6 && mentions.allSatisfy(\.mention.isCommonWord) { continue }
            }
            // A word of a kind alone, named once ("Bureau", "Avenue", "Agency" cut from a longer name the text writes in
            // lowercase): no page of its own.
            if singleWord, mentions.count == 1, let only = mentions.first, !only.mention.text.allSatisfy({ $0.isUppercase }),
               Self.lexicons.contains(where: { $0.isKindCue(only.mention.text.lowercased()) }),
               !only.mention.evidence.contains(where: { !$0.clue.isWordOfAKind && $0.weight >= 6 }) {
                continue
            }
            // A common word of its language ("Board", "Regierung") is a name only where the corpus shows it:
            // strong evidence, or (where nouns are not capitalised) a capital in the middle of sentences, twice.
            // Capitals throughout say nothing: a common word's abbreviation is always written so ("TV", "GDP").
            if mentions.allSatisfy(\.mention.isCommonWord), strongest < 6 {
                let midSentence = mentions.filter { !$0.mention.isSentenceInitial
                    && !inputs[$0.source].facts.language.language.capitalisesNouns
                    && !$0.mention.text.allSatisfy({ $0.isUppercase || !$0.isLetter }) }.count
                if midSentence < 2 { continue }
            }
            drafts.append(EntityDraft(key: root, occurrences: mentions, weights: weights, reasons: reasons,
                                      acronymName: root.acronym.flatMap { acronyms[$0] }))
        }
        var diagnostics: [Diagnostic] = []
        drafts.sort { $0.key < $1.key }  // a stable order, whatever order the dictionary gave
        drafts = applyFiles(files, to: drafts, diagnostics: &diagnostics)
        let entities = finish(drafts, inputs: inputs)
        return Output(entities: entities, diagnostics: diagnostics, ambiguities: Set(ambiguities).sorted())
    }

    // MARK: Keys

    /// The canonical spelled-out name of each acronym defined in the corpus: the most frequent spelling.
    private func acronymNames(_ inputs: [Input]) -> [String: String] {
        var counts: [String: [String: Int]] = [:]
        var first: [String: [String: Int]] = [:]
        var order = 0
        for input in inputs {
            for definition in input.facts.acronyms {
                counts[definition.acronym, default: [:]][definition.name, default: 0] += 1
                if first[definition.acronym]?[definition.name] == nil {
                    first[definition.acronym, default: [:]][definition.name] = order
                    order += 1
                }
            }
        }
        return counts.mapValues { names in
            // Most frequent; then the one with the most capitalised words (a proper name); then the first seen.
            names.keys.sorted { a, b in
                let ca = names[a] ?? 0, cb = names[b] ?? 0
                if ca != cb { return ca > cb }
                let ua = capitalisedWords(a), ub = capitalisedWords(b)
                if ua != ub { return ua > ub }
                return a < b
            }.first ?? ""
        }
    }

    private func capitalisedWords(_ text: String) -> Int {
        text.split(separator: " ").filter { $0.first?.isUppercase == true }.count
    }

    /// The last words of the names that their own mention says are persons', by source.
    private func personSurnames(_ occurrences: [Occurrence]) -> [Int: Set<String>] {
        var result: [Int: Set<String>] = [:]
        for occurrence in occurrences where occurrence.mention.text.contains(" ")
            && Self.isPersonEvidence(Self.weigh(occurrence.mention.evidence)) {
            if let last = Self.normalName(occurrence.mention.text).split(separator: " ").last {
                result[occurrence.source, default: []].insert(String(last))
            }
        }
        return result
    }

    /// "Spokeswoman Lena Tournai said … “…,” said Tournai": a word that the gazetteer knows as a city, said of a person
    /// (nothing but the gazetteer says place) in a source that names a person with it as a surname, is that surname.
    private func isSurnameOfCity(_ occurrence: Occurrence, surnames: [Int: Set<String>]) -> Bool {
        let mention = occurrence.mention
        guard !mention.text.contains(" "), surnames[occurrence.source]?.contains(Self.normalName(mention.text)) == true,
              mention.evidence.contains(where: { $0.type == .person }),
              mention.evidence.allSatisfy({ $0.type != .place || $0.clue == .gazetteer(.city) })
        else { return false }
        return gazetteer.place(named: mention.text)?.kind == .city
    }

    /// The key that groups a mention before surnames are placed, or nil for a single word that needs its context.
    private func key(for mention: Mention, acronyms: [String: String]) -> EntityKey? {
        if let acronym = mention.acronym { return .acronym(acronym) }
        if acronyms[mention.text] != nil { return .acronym(mention.text) }
        if let place = mention.place ?? gazetteer.place(named: mention.text)?.name { return .place(place) }
        if let organization = gazetteer.organization(named: mention.text) { return .organization(organization) }
        if let landmark = gazetteer.landmark(named: mention.text) { return .landmark(landmark) }
        let normal = Self.normalName(mention.text)
        guard !normal.isEmpty else { return nil }
        if !Knowledge.Gazetteer.isShortCapitals(mention.text), let place = gazetteer.place(named: normal) { return .place(place.name) }
        if let organization = gazetteer.organization(named: normal) { return .organization(organization) }
        if normal.contains(" ") { return .name(normal) }
        // A single word: a person's surname, or a name of its own when it has strong evidence of another type.
        if mention.evidence.contains(where: { $0.type != .person && $0.weight >= 6 }) { return .name(normal) }
        return nil
    }

    private func fold(_ text: String) -> String {
        Knowledge.Gazetteer.fold(text)
    }

    /// Company designators that the same company is written with and without ("Acme Steel Inc.").
    static let designators: Set<String> = ["inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
                                           "plc", "ag", "sa", "gmbh", "nv", "bv", "spa", "sas", "srl", "ab", "asa", "oyj", "kg",
                                           "group", "holdings", "lp", "llp", "sl", "sarl", "sca"]

    /// The articles of every language dossier reads ("the", "el", "le", "der", …).
    static let articles: Set<String> = Set(Knowledge.builtIn.lexicons.values.flatMap(\.articles)).union(["the"])

    /// The form names are merged on: case, accents, dots and hyphens aside ("U.S." = "US" = "U. S."),
    /// without a leading article, a trailing company designator or an "X-based" descriptor.
    static func normalName(_ text: String) -> String {
        var words = Knowledge.Gazetteer.key(text).split(separator: " ").map(String.init)
        // "u s air force" → "us air force": initials written apart are one word.
        var joined: [String] = []
        var fromInitials = false
        for word in words {
            if word.count == 1, fromInitials, let last = joined.last {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(word)
                fromInitials = word.count == 1
            }
        }
        words = joined
        if words.count > 1, articles.contains(words[0]) { words.removeFirst() }
        // "Ohio-based Acme Steel" (its hyphen is a space by now): the descriptor is not part of the name.
        if words.count > 2, MentionFinder.adjectiveSuffixes.contains(words[1]) { words.removeFirst(2) }
        while words.count > 1, let last = words.last, designators.contains(last) { words.removeLast() }
        // "K-40s": the plural of a model number is the model.
        if let last = words.last, last.count >= 3, last.hasSuffix("s"), last.contains(where: \.isNumber),
           last.dropLast().last?.isNumber == true {
            words[words.count - 1] = String(last.dropLast())
        }
        return words.joined(separator: " ")
    }

    /// Person evidence that outweighs every other kind.
    static func isPersonEvidence(_ weights: [EntityType: Int]) -> Bool { leads(.person, weights) }

    /// A product's or model's evidence: "other" (a model name) at least as strong as any other type.
    static func isProductEvidence(_ weights: [EntityType: Int]) -> Bool { leads(.other, weights) }

    /// `type` has evidence and none of the other types has more.
    private static func leads(_ type: EntityType, _ weights: [EntityType: Int]) -> Bool {
        let own = weights[type] ?? 0
        return own > 0 && own >= (weights.filter { $0.key != type }.values.max() ?? 0)
    }

    /// The words after the first of a name's key (the surnames of a person's name).
    private func laterTokens(_ key: EntityKey) -> [String] {
        Array(key.text.split(separator: " ").dropFirst().map(String.init))
    }

    private func evidenceByKey(_ occurrences: [Occurrence], keyOf: [Int: EntityKey]) -> [EntityKey: [EntityType: Int]] {
        var items: [EntityKey: [TypeEvidence]] = [:]
        for (index, key) in keyOf { items[key, default: []] += occurrences[index].mention.evidence }
        return items.mapValues(Self.weigh)
    }

    /// The weight of each type over all of a name's mentions. One kind of clue counts at most twice its
    /// strongest instance: sixty "at Ostrava Dynamics" do not make a place of a company named once with a cue word.
    static func weigh(_ evidence: [TypeEvidence]) -> [EntityType: Int] {
        struct Clue: Hashable { var type: EntityType; var clue: TypeEvidence.Clue }
        var sums: [Clue: (total: Int, strongest: Int)] = [:]
        for item in evidence {
            let clue = Clue(type: item.type, clue: item.clue)
            let current = sums[clue] ?? (0, 0)
            sums[clue] = (current.total + item.weight, max(current.strongest, item.weight))
        }
        var weights: [EntityType: Int] = [:]
        for (clue, sum) in sums { weights[clue.type, default: 0] += min(sum.total, 2 * sum.strongest) }
        return weights
    }

    /// "Maria Santos" and "Maria Santos Ferreira" are the same person: a name that starts with
    /// all of another person's name, when neither has evidence of being something else.
    private func unifyLongerNames(_ groups: inout UnionFind<EntityKey>, keys: [EntityKey], evidence: [EntityKey: [EntityType: Int]]) {
        let names = keys.filter { $0.isName }.sorted()
        func isPersonLike(_ key: EntityKey) -> Bool {
            let weights = evidence[key] ?? [:]
            let person = weights[.person] ?? 0
            let other = weights.filter { $0.key != .person }.values.max() ?? 0
            return person >= other
        }
        let tokenLists = Dictionary(uniqueKeysWithValues: names.map { ($0, $0.text.split(separator: " ")) })
        for short in names {
            guard let shortTokens = tokenLists[short], shortTokens.count >= 2, isPersonLike(short) else { continue }
            for long in names where long != short {
                guard let longTokens = tokenLists[long], longTokens.count > shortTokens.count,
                      Array(longTokens.prefix(shortTokens.count)) == shortTokens, isPersonLike(long),
                      (evidence[short]?[.person] ?? 0) + (evidence[long]?[.person] ?? 0) > 0 else { continue }
                groups.union(short, long)
            }
            // "María López" and "María Isabel López García": same first name, the surname among the longer
            // name's words (a middle name or a second surname added) — when only one longer name fits.
            let fits = names.filter { long in
                guard long != short, let longTokens = tokenLists[long], longTokens.count > shortTokens.count,
                      longTokens.first == shortTokens.first, let surname = shortTokens.last,
                      longTokens.dropFirst().contains(surname), isPersonLike(long),
                      Array(longTokens.prefix(shortTokens.count)) != shortTokens else { return false }
                return true
            }
            if fits.count == 1, let long = fits.first, (evidence[short]?[.person] ?? 0) + (evidence[long]?[.person] ?? 0) > 0 {
                groups.union(short, long)
            }
        }
    }

    /// Of several names a short form could be, the one all the others extend ("Northwind Cargo",
    /// not "Northwind Cargo K-40"); else all of them.
    static func narrowest(_ candidates: Set<EntityKey>) -> Set<EntityKey> {
        guard candidates.count > 1 else { return candidates }
        let words = candidates.map { ($0, $0.text.split(separator: " ")) }
        let base = words.filter { candidate in words.allSatisfy { Array($0.1.prefix(candidate.1.count)) == candidate.1 } }
        return base.count == 1 ? [base[0].0] : candidates
    }

    /// Of several names a brand could be short for, the one that is not a product's: "Kestrel" alone is
    /// the maker "Kestrel Aerospace", not its "Kestrel K-40" or "Kestrel Skyhawk" (a model number, or the
    /// words around the product's mentions). Else all of them.
    static func makerAmongProducts(_ candidates: Set<EntityKey>, evidence: [EntityKey: [EntityType: Int]]) -> Set<EntityKey> {
        guard candidates.count > 1 else { return candidates }
        func product(_ key: EntityKey) -> Bool {
            let words = key.text.split(separator: " ")
            if words.count >= 2, let last = words.last, last.contains(where: \.isNumber) { return true }
            return Self.isProductEvidence(evidence[key] ?? [:])
        }
        let makers = candidates.filter { !product($0) }
        return makers.count == 1 ? makers : candidates
    }

    /// The small words inside names that initials skip ("of", "the", "de", "für").
    static let nameParticles: Set<String> = Knowledge.builtIn.lexicons.values.reduce(into: articles) {
        $0.formUnion($1.connectors); $0.formUnion($1.conjunctions)
    }

    /// Cue words of every language ("airlines", "bank", "platz"): what a short form may leave off.
    static let cueWords: Set<String> = Knowledge.builtIn.lexicons.values.reduce(into: Set<String>()) {
        $0.formUnion($1.organizationCues); $0.formUnion($1.placeCues)
    }

    /// Other spellings of one name: the acronym a text defines and the name it spells out ("NCA",
    /// "Northwind Cargo Airlines"); a plural and its singular ("Skyhawks"); a name without its last cue
    /// words ("Northwind Cargo" for "Northwind Cargo Airlines"); a model's name alone ("Skyhawk" for "Kestrel
    /// Skyhawk"); one person's name transliterated two ways ("Kovalenky", "Kowalenkyj").
    private func unifyVariants(_ groups: inout UnionFind<EntityKey>, keys: [EntityKey], evidence: [EntityKey: [EntityType: Int]],
                               acronyms: [String: String]) {
        let keySet = Set(keys)
        for (acronym, name) in acronyms.sorted(by: { $0.key < $1.key }) where keySet.contains(.acronym(acronym)) {
            let spelled = EntityKey.name(Self.normalName(name))
            if keySet.contains(spelled) { groups.union(.acronym(acronym), spelled) }
        }
        let names = keys.filter { $0.isName }.sorted()
        let tokens = Dictionary(uniqueKeysWithValues: names.map { ($0, $0.text.split(separator: " ").map(String.init)) })
        func person(_ key: EntityKey) -> Bool { Self.isPersonEvidence(evidence[key] ?? [:]) }
        func product(_ key: EntityKey) -> Bool { Self.isProductEvidence(evidence[key] ?? [:]) }
        // "Nova OSX" and "Nova OS X", "Price Line" and "Priceline": names that are no person's, the same but for spaces.
        var bySpelling: [String: EntityKey] = [:]
        for key in names where !person(key) {
            let solid = key.text.replacingOccurrences(of: " ", with: "")
            if let other = bySpelling[solid] { groups.union(other, key) } else { bySpelling[solid] = key }
        }
        // "Skyhawks", "NovaBooks": the plural of a name that is no person's joins the singular.
        for key in names where !person(key) {
            guard let words = tokens[key], let last = words.last, last.count > 3, last.hasSuffix("s") else { continue }
            for ending in ["s", "es"] where last.hasSuffix(ending) {
                let singular = EntityKey.name((words.dropLast() + [String(last.dropLast(ending.count))]).joined(separator: " "))
                if singular != key, keySet.contains(singular), !person(singular) { groups.union(key, singular) }
            }
        }
        let byTail = Self.productTails(names, evidence: evidence)
        // Each name that is no person's under each of its shorter forms that leave off only cue words.
        var extensions: [String: Set<EntityKey>] = [:]
        for key in names where !person(key) {
            guard let words = tokens[key], words.count >= 3 else { continue }
            var cut = words.count - 1
            while cut >= 2, Self.cueWords.contains(words[cut]) || Self.designators.contains(words[cut]) {
                extensions[words.prefix(cut).joined(separator: " "), default: []].insert(key)
                cut -= 1
            }
        }
        // "Orsina" for "Capilla Orsina", "Anselmo" for "Basílica Anselmo": the name without the cue word that
        // starts it, where the language puts that word first — not a known place ("Geneva" is no short "Lake Geneva").
        let leadingExtensions = leadingCueForms(names.filter { !person($0) })
        for key in names where !person(key) {
            guard let words = tokens[key], let longer = leadingExtensions[words.joined(separator: " ")], longer.count == 1,
                  let target = longer.first, extensions[words.joined(separator: " ")] == nil else { continue }
            groups.union(key, target)
        }
        for key in names {
            guard let words = tokens[key] else { continue }
            // "Northwind Cargo" for "Northwind Cargo Airlines": the one longer name that adds only cue words. A short
            // form that "said" something may still be the body, unless a first name or a title says it is a person.
            let speakingBody = person(key) && (evidence[key]?[.person] ?? 0) < 9 && words.first.map { !gazetteer.firstNames.contains($0) } == true
            guard !person(key) || speakingBody else { continue }
            if words.count >= 2, let longer = extensions[words.joined(separator: " ")], longer.count == 1, let target = longer.first {
                groups.union(key, target)
            }
            // "Skyhawk" for "Kestrel K-40 Skyhawk": a word that ends one product's name and nothing else.
            if words.count == 1, !person(key), let word = words.first, let candidates = byTail[word] {
                let roots = Set(candidates.map { groups.find($0) })
                if roots.count == 1, let target = candidates.sorted().first { groups.union(key, target) }
            }
        }
        // One person's name transliterated two ways.
        var byVariant: [String: [EntityKey]] = [:]
        for key in names {
            guard let words = tokens[key], words.count >= 2, (evidence[key]?[.person] ?? 0) > 0 || person(key) else { continue }
            if person(key), words.allSatisfy({ $0.count >= 3 }) {
                byVariant["person " + words.map(Self.transliterationKey).joined(separator: " "), default: []].append(key)
            }
        }
        for (_, keys) in byVariant.sorted(by: { $0.key < $1.key }) where keys.count > 1 {
            for key in keys.dropFirst() { groups.union(keys[0], key) }
        }
    }

    /// Each name that starts with a cue word, under the rest of it ("orsina" → "capilla orsina"), unless the rest
    /// is a known place of its own or starts with a particle ("Plaza de San Anselmo" is no "San Anselmo").
    private func leadingCueForms(_ names: [EntityKey]) -> [String: Set<EntityKey>] {
        var result: [String: Set<EntityKey>] = [:]
        for key in names {
            let words = key.text.split(separator: " ").map(String.init)
            guard words.count >= 2, Self.cueWords.contains(words[0]), let next = words.dropFirst().first,
                  !Self.nameParticles.contains(next) else { continue }
            let rest = words.dropFirst().joined(separator: " ")
            guard gazetteer.place(named: rest) == nil else { continue }
            result[rest, default: []].insert(key)
        }
        return result
    }

    /// The last word of each product's name ("nano" → "ipod nano"), unless it is a cue word.
    static func productTails(_ names: [EntityKey], evidence: [EntityKey: [EntityType: Int]]) -> [String: Set<EntityKey>] {
        var result: [String: Set<EntityKey>] = [:]
        for key in names {
            let words = key.text.split(separator: " ").map(String.init)
            guard words.count >= 2, let last = words.last, !cueWords.contains(last), isProductEvidence(evidence[key] ?? [:]) else { continue }
            result[last, default: []].insert(key)
        }
        return result
    }

    /// One name as each language writes it: "Gregory", "Gregorio", "Grégoire"; "Gregory XVII", "Gregorio XVII";
    /// "Capela Wenceslau", "Capilla Wenceslao"; "Orsina Chapel", "Capilla Orsina", "Chapelle Orsine".
    /// Two names join when no language writes both (within one language two spellings are two names,
    /// but for a lone quote of the other language's), and word for word each is the other's but for a
    /// letter or two (a numeral exactly). A person's name keeps its order and every word; the name of
    /// anything else is compared on its content words in any order ("of", "de la" aside), a word may be
    /// the other's cognate ("Orsina", "Orsine") or its translation where the lexicons gloss it
    /// ("capilla" and "chapel"). Both are persons' names or neither is.
    private func unifyTranslations(_ groups: inout UnionFind<EntityKey>, keyOf: [Int: EntityKey], occurrences: [Occurrence],
                                   inputs: [Input], evidence: [EntityKey: [EntityType: Int]]) {
        // A name's kind for this purpose: a person's, something else's, or nothing yet (no evidence either way).
        struct Form {
            var key: EntityKey
            var words: [String]
            /// The content words, each with its English gloss where it has one.
            var content: [(word: String, gloss: String?)]
            var mentions: [Language: Int]
            var person: Bool?
            func sameKind(_ other: Form) -> Bool { person == nil || other.person == nil || person == other.person }
            /// Some language writes both names, neither as a lone quote from another language that writes
            /// only it (the English "Gregory XVII" of a tweet in a Spanish article that writes "Gregorio XVII").
            func sharesLanguage(with other: Form) -> Bool {
                let onlyMine = !Set(mentions.keys).isSubset(of: other.mentions.keys)
                let onlyTheirs = !Set(other.mentions.keys).isSubset(of: mentions.keys)
                return mentions.contains { language, count in
                    guard let theirs = other.mentions[language] else { return false }
                    return !(count == 1 && theirs >= 2 && onlyMine || theirs == 1 && count >= 2 && onlyTheirs)
                }
            }
        }
        var mentionsByKey: [EntityKey: [Language: Int]] = [:]
        for (index, key) in keyOf where key.isName {
            mentionsByKey[key, default: [:]][inputs[occurrences[index].source].facts.language.language, default: 0] += 1
        }
        let knowledge = Knowledge.builtIn
        func isFunctionWord(_ word: String, in languages: some Sequence<Language>) -> Bool {
            languages.contains { (Self.functionWords[$0] ?? Self.functionWords[.en])?.contains(word) == true }
        }
        func gloss(_ word: String, in languages: some Sequence<Language>) -> String? {
            for language in languages { if let gloss = knowledge.lexicon(language).gloss(ofFolded: word) { return gloss } }
            return knowledge.lexicon(.en).gloss(ofFolded: word)
        }
        var buckets: [String: [Form]] = [:]
        for (key, mentions) in mentionsByKey {
            // Numerals as written: "XVI" and "XVII" are two numbers, not two spellings.
            let raw = key.text.split(separator: " ").map(String.init)
            let words = raw.map { MentionFinder.isRomanNumeral($0.uppercased()) ? $0 : Self.transliterationKey($0) }
            guard let first = words.first, first.count >= 3, !(words.count == 1 && first.count < 6) else { continue }
            let weights = evidence[key] ?? [:]
            let person: Bool? = (weights.values.max() ?? 0) < 2 ? nil : Self.isPersonEvidence(weights)
            let languages = mentions.keys.sorted { $0.rawValue < $1.rawValue }
            var content: [(word: String, gloss: String?)] = []
            if person != true {
                for (word, spelled) in zip(raw, words) where !isFunctionWord(word, in: languages) {
                    content.append((spelled, gloss(word, in: languages)))
                }
            }
            let form = Form(key: key, words: words, content: content, mentions: mentions, person: person)
            buckets["\(words.count) \(first.prefix(2))", default: []].append(form)
            // Anything but a person's name is also found by its content words' initials, in any order.
            if person != true, content.count >= 2, content.count <= 4 {
                let initials = content.map { item in item.gloss.map { Self.transliterationKey($0) } ?? item.word }
                    .compactMap(\.first).map(String.init).sorted().joined()
                buckets["content \(content.count) \(initials)", default: []].append(form)
            }
        }
        func close(_ a: String, _ b: String) -> Bool {
            if a == b { return true }
            if MentionFinder.isRomanNumeral(a.uppercased()) || MentionFinder.isRomanNumeral(b.uppercased())
                || a.contains(where: \.isNumber) || b.contains(where: \.isNumber) { return false }
            guard a.first == b.first else { return false }
            let distance = Self.editDistance(a, b)
            return distance <= 2 && distance * 3 <= max(a.count, b.count)
        }
        func matches(_ a: (word: String, gloss: String?), _ b: (word: String, gloss: String?)) -> Bool {
            if let x = a.gloss, let y = b.gloss { return x == y }
            let numbers = a.word.contains(where: \.isNumber) || b.word.contains(where: \.isNumber)
            return close(a.word, b.word) || !numbers && Self.cognate(a.word, b.word)
        }
        func aligned(_ a: Form, _ b: Form) -> Bool {
            guard a.content.count == b.content.count, a.content.count >= 2 else { return false }
            return Self.permutations(of: Array(b.content.indices)).contains { order in
                zip(a.content, order).allSatisfy { matches($0, b.content[$1]) }
            }
        }
        // Names in their own word order join at once; names compared on their content words join but where one
        // matches two that a language writes apart ("Orsina Chapel" for both "Capilla Orsina" and "Capilla Orsini"):
        // it could be either.
        var matched: [EntityKey: [Form]] = [:]
        for bucket in buckets.keys.sorted() {
            let forms = (buckets[bucket] ?? []).sorted { $0.key < $1.key }
            let byContent = bucket.hasPrefix("content ")
            for i in forms.indices {
                for j in forms.indices where j > i {
                    let a = forms[i], b = forms[j]
                    guard a.sameKind(b), !a.sharesLanguage(with: b) else { continue }
                    let same = byContent ? a.person != true && b.person != true && aligned(a, b)
                                         : zip(a.words, b.words).allSatisfy { close($0, $1) }
                    if same, byContent {
                        matched[a.key, default: []].append(b)
                        matched[b.key, default: []].append(a)
                    } else if same {
                        groups.union(a.key, b.key)
                    }
                }
            }
        }
        var ambiguous: Set<EntityKey> = []
        for (key, forms) in matched {
            let apart = forms.indices.contains { i in
                forms.indices.contains { j in j > i && forms[i].key != forms[j].key && forms[i].sharesLanguage(with: forms[j]) }
            }
            if apart { ambiguous.insert(key) }
        }
        for key in matched.keys.sorted() where !ambiguous.contains(key) {
            for form in matched[key] ?? [] where !ambiguous.contains(form.key) { groups.union(key, form.key) }
        }
    }

    /// The words of each language that are no content of a name (folded): stop words, articles, connectors,
    /// the "of" words and conjunctions ("of", "de la", "pour les", "para os").
    static let functionWords: [Language: Set<String>] = Knowledge.builtIn.lexicons.mapValues { lexicon in
        Set(lexicon.stop.union(lexicon.articles).union(lexicon.connectors).union(lexicon.ofWords).union(lexicon.conjunctions)
            .map(Knowledge.Gazetteer.fold))
    }

    /// Two spellings of one word in two languages ("orsina", "orsine"; "kolegio", "kolege"; "kardenalikio",
    /// "kardinals"), after `transliterationKey`: the same first letter, and the letters they share in order
    /// (their longest common subsequence) make most of each once the endings of inflection are set aside.
    static func cognate(_ a: String, _ b: String) -> Bool {
        func stem(_ word: String) -> [Character] {
            var letters = Array(word)
            if letters.count > 4, letters.last == "s" { letters.removeLast() }
            while letters.count > 4, let last = letters.last, "aeiou".contains(last) { letters.removeLast() }
            return letters
        }
        let x = stem(a), y = stem(b)
        guard x.count >= 4, y.count >= 4, x.first == y.first else { return false }
        var previous = [Int](repeating: 0, count: y.count + 1)
        for p in x {
            var current = [0]
            for (j, q) in y.enumerated() { current.append(p == q ? previous[j] + 1 : max(previous[j + 1], current[j])) }
            previous = current
        }
        let shared = previous[y.count], shorter = min(x.count, y.count)
        // Short words differ by added letters only ("sant", "saint"; not "mart", "mari").
        if shorter <= 5 { return shared == shorter && Double(shared) >= 0.6 * Double(max(x.count, y.count)) }
        return Double(shared) >= 0.75 * Double(shorter) && Double(shared) >= 0.6 * Double(max(x.count, y.count))
    }

    /// Every order of a few indices (names have at most four content words here).
    static func permutations(of items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { i in
            permutations(of: Array(items[..<i] + items[(i + 1)...])).map { [items[i]] + $0 }
        }
    }

    /// Levenshtein distance, for short words.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The form two transliterations of one name share: "Kovalenky" and "Kowalenkyj", "Navalny" and
    /// "Nawalny", "Tchaikovsky" and "Tschaikowski" (letters that stand for one sound in different
    /// languages made one, doubled letters single, a final "j" or "y" as "i").
    static func transliterationKey(_ word: String) -> String {
        var text = Knowledge.Gazetteer.fold(word)
        for (from, to) in [("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("ph", "f"), ("th", "t"), ("kh", "h"), ("ck", "k"), ("x", "ks")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        var result = ""
        for character in text {
            let mapped: Character
            switch character {
            case "w": mapped = "v"
            case "z": mapped = "s"
            case "j", "y": mapped = "i"
            case "q": mapped = "k"
            case "c": mapped = "k"
            default: mapped = character
            }
            if result.last != mapped { result.append(mapped) }
        }
        return result
    }

    // MARK: Drafts

    struct EntityDraft {
        var key: EntityKey
        var occurrences: [Occurrence]
        var weights: [EntityType: Int]
        var reasons: [EntityType: [TypeEvidence.Clue: Int]]
        var acronymName: String?
        var nameOverride: String?
        var typeOverride: EntityType?
        var extraAliases: [String] = []
        var description: String?

        var surfaces: [String] { occurrences.map(\.mention.text) }
        /// The spellings of the sources in `language`, where there are any; else every spelling.
        func surfaces(in language: Language) -> [String] {
            let own = occurrences.filter { $0.language == language }.map(\.mention.text)
            return own.isEmpty ? surfaces : own
        }
    }

    /// Editors' files: hide, merge, rename, retype, add aliases and descriptions.
    private func applyFiles(_ files: [EntityFile], to drafts: [EntityDraft], diagnostics: inout [Diagnostic]) -> [EntityDraft] {
        var drafts = drafts
        func find(_ reference: String) -> Int? {
            let wanted = fold(reference)
            let slug = Slug.make(reference)
            return drafts.indices.first { index in
                let draft = drafts[index]
                let name = displayName(draft)
                return Slug.make(name) == slug || fold(name) == wanted || draft.surfaces.contains { fold($0) == wanted }
                    || draft.extraAliases.contains { fold($0) == wanted }
            }
        }
        for file in files.sorted(by: { $0.displayPath < $1.displayPath }) {
            let references = [file.slug] + [file.name].compactMap { $0 } + file.aliases
            guard let index = references.lazy.compactMap(find).first else {
                diagnostics.append(.warning(SourceLocation(file: file.displayPath),
                                            "entity file matches no entity found in the sources (by file name, name or aliases)"))
                continue
            }
            if file.hidden {
                drafts.remove(at: index)
                continue
            }
            if let target = file.mergeInto {
                guard let targetIndex = find(target), targetIndex != index else {
                    diagnostics.append(.warning(SourceLocation(file: file.displayPath), "merge_into '\(target)' matches no other entity"))
                    continue
                }
                let merged = drafts[index]
                // The target keeps the name it had.
                drafts[targetIndex].nameOverride = drafts[targetIndex].nameOverride ?? displayName(drafts[targetIndex])
                drafts[targetIndex].occurrences += merged.occurrences
                drafts[targetIndex].extraAliases += [displayName(merged)] + merged.extraAliases
                for (type, weight) in merged.weights { drafts[targetIndex].weights[type, default: 0] += weight }
                drafts.remove(at: index)
                continue
            }
            if let name = file.name { drafts[index].nameOverride = name }
            if let type = file.type { drafts[index].typeOverride = type }
            drafts[index].extraAliases += file.aliases
            drafts[index].description = file.description
            // An alias that names another entity merges it here.
            for alias in file.aliases {
                if let other = drafts.indices.first(where: { $0 != index && fold(displayName(drafts[$0])) == fold(alias) }) {
                    drafts[index].nameOverride = drafts[index].nameOverride ?? displayName(drafts[index])
                    let merged = drafts.remove(at: other)
                    let target = other < index ? index - 1 : index
                    drafts[target].occurrences += merged.occurrences
                    for (type, weight) in merged.weights { drafts[target].weights[type, default: 0] += weight }
                }
            }
        }
        return drafts
    }

    /// The name an entity is shown by.
    func displayName(_ draft: EntityDraft) -> String {
        if let name = draft.nameOverride { return name }
        if let name = draft.acronymName, !name.isEmpty { return name }
        if case .place(let name) = draft.key {
            // In a dossier in another language than English, the place's name in it, as its sources write it ("Ciudad de México").
            if language != .en {
                var own: [String: Int] = [:]
                for occurrence in draft.occurrences where occurrence.language == language && occurrence.mention.text.contains(where: \.isUppercase)
                    && gazetteer.place(named: occurrence.mention.text)?.name == name {
                    own[occurrence.mention.text, default: 0] += 1
                }
                if let (surface, _) = own.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { return surface }
            }
            // Spelled as the sources spell it where that is the data's name but for accents ("Montreal").
            let key = Knowledge.Gazetteer.key(name)
            var counts: [String: Int] = [:]
            for surface in draft.surfaces where surface != name && Knowledge.Gazetteer.key(surface) == key { counts[surface, default: 0] += 1 }
            let total = draft.surfaces.filter { Knowledge.Gazetteer.key($0) == key }.count
            if let (surface, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 > total { return surface }
            // "New York" for "New York City": the name the sources use most, where the data's name only adds a word to it.
            var shorter: [String: Int] = [:]
            for surface in draft.surfaces where key.hasPrefix(Knowledge.Gazetteer.key(surface) + " ") && surface.contains(where: \.isUppercase) {
                shorter[surface, default: 0] += 1
            }
            if let (surface, count) = shorter.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 > draft.surfaces.count {
                return surface
            }
            return name
        }
        let known: Bool = switch draft.key { case .organization, .landmark: true; default: false }
        if known, language == .en || !draft.occurrences.contains(where: { $0.language == language }) {
            return draft.key.text
        }
        // The most frequent spelling with more than one word, else the most frequent: of the sources in the dossier's
        // language where they name it.
        var counts: [String: Int] = [:]
        for surface in draft.surfaces(in: language) { counts[surface, default: 0] += 1 }
        let ranked = counts.keys.sorted { a, b in
            let multiA = a.contains(" "), multiB = b.contains(" ")
            if multiA != multiB { return multiA }
            if counts[a] != counts[b] { return (counts[a] ?? 0) > (counts[b] ?? 0) }
            if a.count != b.count { return a.count < b.count }
            return a < b
        }
        // A body or a thing goes by the one word the sources use most when they use it twice as often as any longer
        // spelling ("Korvath", not "Korvath Systems" named once), unless that word is a common one ("Commission").
        if type(of: draft) != .person, let long = ranked.first, long.contains(" "),
           let short = counts.filter({ !$0.key.contains(" ") }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
           short.value >= 2 * (counts[long] ?? 0),
           !Self.lexicons.contains(where: { $0.isVocabulary(short.key.lowercased()) }) {
            return short.key
        }
        return ranked.first ?? draft.key.text
    }

    /// "Kestrel Tuesday" ("posted on Kestrel Tuesday, saying"): a name and a trailing weekday, the day of its
    /// sentence, is a mention of the name when the corpus names it alone too; its span ends before the weekday.
    /// ("Black Friday" stays whole: "Black" is no name of its own.)
    private func dropTrailingWeekdays(_ occurrences: inout [Occurrence], keyOf: inout [Int: EntityKey], singles: inout [Int]) {
        let keys = Set(keyOf.values)
        let singleNames = Set(singles.map { Self.normalName(occurrences[$0].mention.text) })
        for (index, key) in keyOf.sorted(by: { $0.key < $1.key }) where key.isName {
            let words = key.text.split(separator: " ")
            guard words.count >= 2, let last = words.last, Self.weekdayWords.contains(String(last)) else { continue }
            let shorter = words.dropLast().joined(separator: " ")
            let text = occurrences[index].mention.text
            guard keys.contains(.name(shorter)) || singleNames.contains(shorter), let space = text.lastIndex(of: " ") else { continue }
            let name = String(text[..<space])
            occurrences[index].mention.text = name
            occurrences[index].mention.end = occurrences[index].mention.start + name.unicodeScalars.count
            if keys.contains(.name(shorter)) {
                keyOf[index] = .name(shorter)
            } else {
                keyOf[index] = nil
                singles.append(index)
            }
        }
        singles.sort()
    }

    static let lexicons = Array(Knowledge.builtIn.lexicons.values)
    /// The weekdays of every language, written out ("tuesday", "martes"; not "mar", "so", "sun"), as names' keys write them.
    static let weekdayWords: Set<String> = Set(lexicons.flatMap { $0.weekdays.keys.filter { $0.count >= 5 }.map { normalName($0) } })

    private func type(of draft: EntityDraft) -> EntityType {
        if let type = draft.typeOverride { return type }
        let order: [EntityType] = [.person, .organization, .place, .agreement, .event, .other]
        var weights = draft.weights
        // "from Korvath", "at Talvik", "in Norvia Weekly": a preposition alone says too little to make a place (on the
        // development sets, 2 of 16 names with nothing else were places; the rest companies, products, papers).
        if let place = draft.reasons[.place], place.keys.allSatisfy({ $0 == .placePreposition }) { weights[.place] = nil }
        let best = order.max { (weights[$0] ?? 0, -(order.firstIndex(of: $0) ?? 0)) < (weights[$1] ?? 0, -(order.firstIndex(of: $1) ?? 0)) }
        guard let best, (weights[best] ?? 0) >= 2 else { return .other }
        // A company that shares a city's name ("Toyota says … its …"): the gazetteer alone says place, no sentence puts
        // anything in it, and the words around it say body.
        // (Not a city of a million or more, and not for "a London court": the institution's word after a city says where.)
        if best == .place, let place = draft.reasons[.place], place.keys.allSatisfy({ $0 == .gazetteer(.city) }),
           let body = weights[.organization], body >= 5, body >= (weights[.person] ?? 0),
           draft.reasons[.organization]?.keys.contains(where: { $0 != .organizationWordAfter }) == true,
           let city = gazetteer.place(named: draft.key.text), city.population < 1_000_000 {
            return .organization
        }
        return best
    }

    /// The weight of its own evidence a partner needs to lend its type: a title, a gazetteer entry, a word of its kind.
    static let strongListPartner = 6

    /// "between Talvex and Korvath Martin": a name that nothing types takes the one type that the names listed with it
    /// have across the corpus (persons, bodies and places named in one list are mostly of one kind). Partners of
    /// different kinds lend nothing; a partner typed only by its partners lends nothing either.
    func listedTypes(_ drafts: [EntityDraft], types: [EntityType]) -> [Int: (type: EntityType, partners: [String])] {
        struct Position: Hashable { var source: Int; var sentence: Int; var start: Int }
        var draftAt: [Position: Int] = [:]
        for (index, draft) in drafts.enumerated() {
            for occurrence in draft.occurrences {
                draftAt[Position(source: occurrence.source, sentence: occurrence.mention.sentence, start: occurrence.mention.start)] = index
            }
        }
        let lendable: Set<EntityType> = [.person, .organization, .place]
        // (A first name lends only to a name of several words, as within a sentence: "Dana Holt and Veltrix" are not two persons.)
        let withoutFirstNames = drafts.map { draft in
            Self.weigh(draft.occurrences.flatMap(\.mention.evidence).filter { $0.clue != .firstName })
        }
        var result: [Int: (type: EntityType, partners: [String])] = [:]
        for (index, draft) in drafts.enumerated()
        where types[index] == .other && draft.typeOverride == nil && (draft.weights[.other] ?? 0) < 2 {
            let severalWords = displayName(draft).split(separator: " ").filter { $0.first?.isUppercase == true }.count >= 2
            var partners: [EntityType: Set<Int>] = [:]
            for occurrence in draft.occurrences {
                for start in occurrence.mention.listedWith {
                    guard let partner = draftAt[Position(source: occurrence.source, sentence: occurrence.mention.sentence, start: start)],
                          partner != index, lendable.contains(types[partner]) else { continue }
                    let own = severalWords ? drafts[partner].weights : withoutFirstNames[partner]
                    guard (own[types[partner]] ?? 0) >= Self.strongListPartner else { continue }
                    partners[types[partner], default: []].insert(partner)
                }
            }
            guard partners.count == 1, let (type, members) = partners.first else { continue }
            result[index] = (type, members.map { displayName(drafts[$0]) }.sorted())
        }
        return result
    }

    private func finish(_ drafts: [EntityDraft], inputs: [Input]) -> [Entity] {
        let named = drafts.map { (draft: $0, name: displayName($0)) }.sorted { ($0.name, $0.draft.key) < ($1.name, $1.draft.key) }
        let slugs = Slug.unique(named.map { Slug.make($0.name).isEmpty ? "entity" : Slug.make($0.name) })
        let ownTypes = named.map { type(of: $0.draft) }
        let lent = listedTypes(named.map(\.draft), types: ownTypes)
        var entities: [Entity] = []
        for (index, item) in named.enumerated() {
            let draft = item.draft
            let entityType = lent[index]?.type ?? ownTypes[index]
            let mentions = draft.occurrences.map { occurrence in
                EntityMention(source: inputs[occurrence.source].slug, sentence: occurrence.mention.sentence,
                              start: occurrence.mention.start, end: occurrence.mention.end, text: occurrence.mention.text)
            }
            let sourceOrder = Set(draft.occurrences.map(\.source)).sorted().map { inputs[$0].slug }
            var roles: [String: (role: Role, sources: [String])] = [:]
            var roleOrder: [String] = []
            // A title without a country is the same role as that title with one ("President", "President (Mexico)").
            var countriesByTitle: [String: Set<String>] = [:]
            for role in draft.occurrences.flatMap(\.mention.roles) {
                if let country = role.country { countriesByTitle[fold(role.title), default: []].insert(country) }
            }
            for occurrence in draft.occurrences where entityType == .person {
                for mentionRole in occurrence.mention.roles {
                    var role = mentionRole
                    if role.country == nil, let countries = countriesByTitle[fold(role.title)], countries.count == 1 {
                        role.country = countries.first
                    }
                    let key = fold(role.display)
                    if roles[key] == nil {
                        roles[key] = (role, [])
                        roleOrder.append(key)
                    }
                    let slug = inputs[occurrence.source].slug
                    if roles[key]?.sources.contains(slug) == false { roles[key]?.sources.append(slug) }
                }
            }
            var aliases: [String] = []
            let name = item.name
            for alias in draft.surfaces + draft.extraAliases + [draft.key.acronym ?? ""]
                where !alias.isEmpty && alias != name && !aliases.contains(alias) {
                aliases.append(alias)
            }
            var reasons = (draft.reasons[entityType] ?? [:]).map { (label: $0.key.label, count: $0.value) }
                .sorted { ($1.count, $0.label) < ($0.count, $1.label) }.map { "\($0.label) ×\($0.count)" }
            if let partners = lent[index]?.partners {
                reasons.insert("listed with \(partners.prefix(3).joined(separator: ", ")) (\(entityType.singular.lowercased()))", at: 0)
            }
            entities.append(Entity(
                slug: slugs[index], name: name, type: entityType, aliases: aliases.sorted(),
                roles: roleOrder.compactMap { roles[$0].map { EntityRole(role: $0.role, sources: $0.sources) } },
                mentions: mentions, sources: sourceOrder, description: draft.description, notes: [], related: [],
                typeReasons: draft.typeOverride != nil ? ["editor's entity file"] : reasons))
        }
        return entities
    }
}

/// Union-find over keys, for merging names.
struct UnionFind<Key: Hashable & Comparable> {
    private var parent: [Key: Key] = [:]

    mutating func add(_ key: Key) {
        if parent[key] == nil { parent[key] = key }
    }

    func find(_ key: Key) -> Key {
        var current = key
        while let next = parent[current], next != current { current = next }
        return current
    }

    mutating func union(_ a: Key, _ b: Key) {
        add(a)
        add(b)
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        // The smaller key becomes the root, so the result does not depend on the order of unions.
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
}
