/// Finds the names in one sentence by general rules, with the words of the source's language
/// (`Lexicon`): runs of capitalised words (with the connectors names use: "Gulf of Mexico",
/// "van der", "Plaza de la Constitución"), split where a conjunction joins two names ("and", "y",
/// "et", "und"); titles, honorifics and demonyms before a name become its role ("Brazilian
/// President Ana Costa", "el presidente Varela", "Bundeskanzler Scholz"); articles before a name
/// are not part of it; months, weekdays, demonyms, titles alone and function words are not names;
/// a capitalised common word of the language is flagged, so that resolution keeps it only where
/// the corpus shows it is a name (German capitalises every noun). All-caps datelines and legal
/// headings are read in their ordinary case, and a credit glued to a name is split from it.
/// Each mention carries the evidence for its type, which resolution weighs over the corpus.
struct MentionFinder {
    let gazetteer: Knowledge.Gazetteer
    let lexicon: Lexicon
    /// The text of the sentence being read, from which names are cut (`slice`).
    private var sentenceText: ScalarText?

    init(knowledge: Knowledge.Base = Knowledge.builtIn, language: Language = .en) {
        gazetteer = knowledge.gazetteer
        lexicon = knowledge.lexicon(language)
    }

    struct Result {
        var mentions: [Mention] = []
        var acronyms: [AcronymDefinition] = []
        /// "The company said …", "La empresa informó …": the class noun the sentence opens with, which stands for a
        /// name of the sentence before.
        var opening: (type: EntityType, noun: String)?
    }

    func find(in sentence: Sentence) -> Result {
        find(in: sentence, plainTokens: Tokenizer.tokens(sentence.text))
    }

    /// The names of a sentence, from its tokens without elisions (a language that elides is tokenised again).
    func find(in sentence: Sentence, plainTokens: [Token]) -> Result {
        var tokens = splitGlued(lexicon.language.elides ? Tokenizer.tokens(sentence.text, elisions: true) : plainTokens)
        if lexicon.language.capitalisesNouns { markGenitives(&tokens) }
        return find(in: sentence, tokens: tokens)
    }

    /// German genitives of places ("Frankreichs Präsident", "Roms"): the place, as a possessive.
    private func markGenitives(_ tokens: inout [Token]) {
        for index in tokens.indices where tokens[index].isCapitalised && !tokens[index].isPossessive {
            let text = tokens[index].text
            guard text.count > 3, text.hasSuffix("s"), gazetteer.place(named: text) == nil,
                  gazetteer.place(named: String(text.dropLast())) != nil else { continue }
            tokens[index].text = String(text.dropLast())
            tokens[index].end -= 1
            tokens[index].isPossessive = true
        }
    }

    func find(in sentence: Sentence, tokens: [Token]) -> Result {
        if sentenceText == nil {
            var finder = self
            finder.sentenceText = ScalarText(sentence.text)
            return finder.find(in: sentence, tokens: tokens)
        }
        // In a line in title case ("Save Big On The Best Deals"), the capital of a word of the language says nothing.
        var initial = Self.sentenceInitialIndices(tokens)
        if !lexicon.language.capitalisesNouns, Self.isTitleCase(tokens) {
            initial.formUnion(tokens.indices.filter { tokens[$0].isWord && lexicon.isVocabulary(tokens[$0].lowercased) })
        }
        var result = Result()
        var index = 0
        var previousSequenceEnd = -2
        var previousPossessiveCountry: String?
        while index < tokens.count {
            guard tokens[index].isNameStart, !isContraction(tokens[index]) else {
                index += 1
                continue
            }
            let sequence = capitalisedRun(tokens, from: index)
            let roleCountry = sequence.first == previousSequenceEnd + 1 ? previousPossessiveCountry : nil
            process(sequence, tokens: tokens, initial: initial, sentence: sentence, possessiveCountry: roleCountry, into: &result)
            let last = sequence.last ?? index
            previousSequenceEnd = last
            previousPossessiveCountry = nil
            if tokens[last].isPossessive, let place = gazetteer.place(named: tokens[last].text), place.kind == .country {
                previousPossessiveCountry = place.name
            }
            index = last + 1
        }
        addListEvidence(&result.mentions, in: sentence)
        addPronounEvidence(&result.mentions, tokens: tokens)
        result.opening = openingClassNoun(tokens)
        return result
    }

    /// "The company said", "Le groupe a annoncé", "Das Unternehmen teilte mit": an article, a class noun and a word
    /// that is no name at the start of the sentence.
    private func openingClassNoun(_ tokens: [Token]) -> (type: EntityType, noun: String)? {
        guard tokens.count >= 3, tokens[0].isWord,
              lexicon.articles.contains(tokens[0].lowercased) || tokens[0].lowercased == "the" else { return nil }
        let noun = tokens[1]
        guard noun.isWord, !noun.isPossessive, let type = lexicon.classNouns[noun.lowercased],
              tokens[2].isWord, !tokens[2].isCapitalised || lexicon.language.capitalisesNouns && lexicon.isVocabulary(tokens[2].lowercased)
        else { return nil }
        return (type, noun.lowercased)
    }

    /// "Acme raised its forecast", "Kestrel has shown the jet in its range": a pronoun for no person soon after a name,
    /// with no other name and no break of the clause between them, says the name is a body's (or a place's, a thing's,
    /// as their own words tell), not a person's.
    private func addPronounEvidence(_ mentions: inout [Mention], tokens: [Token]) {
        guard !lexicon.thingPronouns.isEmpty, !mentions.isEmpty else { return }
        let breaks: Set<String> = [";", ":", "(", ")", "\"", "\u{201C}", "\u{201D}", "\u{2014}", "."]
        var given: Set<Int> = []
        for (position, token) in tokens.enumerated()
        where token.isWord && !token.isCapitalised && lexicon.thingPronouns.contains(token.lowercased) {
            guard let nearest = mentions.indices.filter({ mentions[$0].end <= token.start }).max(by: { mentions[$0].end < mentions[$1].end }),
                  !given.contains(nearest) else { continue }
            let between = tokens[..<position].filter { $0.start >= mentions[nearest].end }
            guard between.count <= 10, !between.contains(where: { breaks.contains($0.text) || $0.lowercased == "who" }) else { continue }
            given.insert(nearest)
            mentions[nearest].evidence.append(TypeEvidence(type: .organization, weight: 5, clue: .itsAfter))
        }
    }

    /// "Talvik and Kestrel Airlines", "Norvia y Talvik": names joined by a conjunction are mostly of one kind, so
    /// a name whose own words say what it is lends that to the other ("listed with Kestrel Airlines").
    private func addListEvidence(_ mentions: inout [Mention], in sentence: Sentence) {
        guard mentions.count > 1 else { return }
        let scalars = Array(sentence.text.unicodeScalars)
        func between(_ a: Mention, _ b: Mention) -> String {
            guard a.end <= b.start, b.start <= scalars.count else { return "" }
            return String(String.UnicodeScalarView(scalars[a.end..<b.start])).trimmingCharacters(in: .whitespaces)
        }
        // (A first name lends only to a name of several words that are no common words: "Amelia Strand, Tobiah
        // Okonkwo Varga" are two persons, "Blue Origin, Sierra Nevada and Tyvak" three companies.)
        func strongType(_ mention: Mention, to partner: Mention) -> EntityType? {
            let words = partner.text.split(separator: " ").filter { $0.first?.isUppercase == true }
            let lends = words.count >= 2 && !words.contains { lexicon.isVocabulary($0.lowercased()) }
            guard let best = mention.evidence.filter({ lends || $0.clue != .firstName }).max(by: { $0.weight < $1.weight }),
                  best.weight >= 3 else { return nil }
            return best.type
        }
        // "Oslo-based Kestrel": the place before the hyphen describes the next name and is listed with nothing;
        // "Elon Musk's Vantor": the owner before a possessive describes the next name too.
        func isDescriptor(_ mention: Mention) -> Bool {
            guard mention.end < scalars.count else { return false }
            if scalars[mention.end] == "-" { return true }
            return (scalars[mention.end] == "'" || scalars[mention.end] == "\u{2019}")
                && (mention.end + 1 == scalars.count || scalars[mention.end + 1] == "s" || !SentenceSplitter.isLetter(scalars[mention.end + 1]))
        }
        let order = mentions.indices.sorted { mentions[$0].start < mentions[$1].start }
        // Each pair of neighbouring names and what joins them: a conjunction (", and" too) or a comma.
        var pairs: [(a: Int, b: Int, comma: Bool)] = []
        for (position, a) in order.enumerated() where !isDescriptor(mentions[a]) && position + 1 < order.count {
            var joint = between(mentions[a], mentions[order[position + 1]]).lowercased()
            var partner = order[position + 1]
            // "Norvia and Oslo-based Kestrel Airlines": the descriptor belongs to the second name's phrase.
            if isDescriptor(mentions[partner]) {
                guard position + 2 < order.count else { continue }
                partner = order[position + 2]
            }
            if joint == "," {
                pairs.append((a, partner, true))
                continue
            }
            if joint.hasPrefix(",") { joint = String(joint.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if lexicon.conjunctions.contains(joint), joint != "&" { pairs.append((a, partner, false)) }
        }
        var lent: [(Int, TypeEvidence)] = []
        for (position, pair) in pairs.enumerated() {
            // A comma joins names of a list of three or more ("Roe, Novak, Varga"), not "Lillehammer, Norway".
            if pair.comma {
                let listed = position > 0 && pairs[position - 1].b == pair.a || position + 1 < pairs.count && pairs[position + 1].a == pair.b
                guard listed else { continue }
            }
            mentions[pair.a].listedWith.append(mentions[pair.b].start)
            mentions[pair.b].listedWith.append(mentions[pair.a].start)
            if let type = strongType(mentions[pair.b], to: mentions[pair.a]) {
                lent.append((pair.a, TypeEvidence(type: type, weight: 3, clue: .listedWith(mentions[pair.b].text))))
            }
            if let type = strongType(mentions[pair.a], to: mentions[pair.b]) {
                lent.append((pair.b, TypeEvidence(type: type, weight: 3, clue: .listedWith(mentions[pair.a].text))))
            }
        }
        for (index, evidence) in lent { mentions[index].evidence.append(evidence) }
    }

    // MARK: Tokens

    /// "Ana TorresReuters": a credit glued to the word before it is a token of its own, when the
    /// glued part is a known organisation (a news agency, a photo service).
    func splitGlued(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.isWord && $0.text.unicodeScalars.count > 5 }) else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            guard token.isWord, let cut = Self.gluedCut(token.text),
                  gazetteer.organization(named: String(token.text.unicodeScalars.dropFirst(cut))) != nil else {
                result.append(token)
                continue
            }
            var head = token
            head.text = String(String.UnicodeScalarView(token.text.unicodeScalars.prefix(cut)))
            head.end = token.start + cut
            head.isPossessive = false
            var tail = token
            tail.text = String(String.UnicodeScalarView(token.text.unicodeScalars.dropFirst(cut)))
            tail.start = token.start + cut
            result += [head, tail]
        }
        return result
    }

    /// Where a capital follows two or more lowercase letters inside a capitalised word ("TorresReuters" → 6).
    static func gluedCut(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 5, let first = scalars.first, SentenceSplitter.isUpper(first) else { return nil }
        var lowerRun = 0
        for index in 1..<scalars.count {
            let scalar = scalars[index]
            if SentenceSplitter.isUpper(scalar) {
                if lowerRun >= 2, index + 1 < scalars.count { return index }
                lowerRun = 0
            } else if SentenceSplitter.isLetter(scalar) {
                lowerRun += 1
            } else {
                return nil
            }
        }
        return nil
    }

    // MARK: Runs of capitalised words

    /// Indices of a run of capitalised words, with connectors between them; a possessive ends it.
    /// A model number joins the name before it ("Kestrel K-40", "Zephyr 4", "Orion 787").
    private func capitalisedRun(_ tokens: [Token], from start: Int) -> [Int] {
        var run = [start]
        var last = start
        var adjectives = 0
        while true {
            let next = last + 1
            // "Commission européenne", "Iglesia anglicana", "Banque centrale européenne": where adjectives follow the
            // noun and are written in lowercase, up to two of them after an institution's or place's word.
            // "l'Afrique australe" too: a known place that ends with the adjective.
            if next < tokens.count, lexicon.traits.contains(.adjectiveAfterNoun), adjectives < 2,
               adjectives > 0 || isKindCueWord(tokens[last].lowercased)
                || gazetteer.place(named: tokens[last].text + " " + tokens[next].text) != nil, !tokens[last].isPossessive,
               tokens[next].start > tokens[last].end, isNameAdjective(tokens[next]) {
                run.append(next)
                last = next
                adjectives += 1
                continue
            }
            // A possessive ends a name, unless an institution's word follows ("the Irrigators' Association").
            // "St. Anselm's Basilica" too: a place's word after the possessive of what is no place itself; and the plural of
            // a common noun, first in the run, is no owner but the start of a name ("the People's Daily", "the Farmers' Union"; not
            // "Kestrel's" or "Norvia Works'").
            if tokens[last].isPossessive {
                guard next < tokens.count, tokens[next].isCapitalised,
                      lexicon.organizationCues.contains(tokens[next].lowercased)
                        || lexicon.placeCues.contains(tokens[next].lowercased) && gazetteer.place(named: tokens[last].text) == nil
                        || last == start && tokens[last].isCapitalised && lexicon.isPluralNoun(tokens[last].lowercased) && !isFirstName(tokens[next])
                else { break }
            }
            // A number joins only where no lowercase word follows it ("Zephyr 4.", not "Canada 2 goals").
            // A credit split from the word it was glued to starts a name of its own ("TorresReuters").
            if next < tokens.count, tokens[next].start == tokens[last].end { break }
            if next < tokens.count, tokens[next].isNameStart && !isContraction(tokens[next])
                || tokens[next].isModelNumber && (!tokens[next].isNumber || next + 1 >= tokens.count
                    || !tokens[next + 1].isWord || tokens[next + 1].isCapitalised) && !isScore(tokens, at: next, runStart: start) {
                run.append(next)
                last = next
                continue
            }
            // Up to two lowercase connectors ("of", "of the", "de la") or "&", then a capitalised word.
            var probe = next
            var connectors: [Int] = []
            // "for" joins only after an institution's word ("Office for National Statistics", "Commission pour l'Europe",
            // "Comissão Nacional para a Água Potável").
            let institution = lexicon.organizationCues.contains(tokens[last].lowercased) || lexicon.isTitle(tokens[last].lowercased)
                || run.contains { lexicon.organizationCues.contains(tokens[$0].lowercased) }
            // An article joins only after a connector ("de la", "für den"), unless it is one itself: "Varga dem Minister den
            // Schlüssel" is a verb's objects, where a language capitalises its nouns.
            while probe < tokens.count, connectors.count < 2,
                  (tokens[probe].isWord && !tokens[probe].isCapitalised && isConnector(tokens[probe].text, afterInstitution: institution)
                    && (!connectors.isEmpty || !isArticleOnly(tokens[probe].text)))
                    || tokens[probe].text == "&" {
                connectors.append(probe)
                probe += 1
            }
            // "Frankfurt am Main", "Stratford-upon-Avon": lowercase words inside a known place's name.
            if connectors.isEmpty, let bridge = knownPlaceBridge(tokens, after: last) {
                run += Array(next...bridge)
                last = bridge
                continue
            }
            guard !connectors.isEmpty, probe < tokens.count, tokens[probe].isNameStart else { break }
            run += connectors + [probe]
            last = probe
        }
        return run
    }

    /// "Bruins 5, Devils 1": a team's score in a result, not a model number; either side of the comma.
    private func isScore(_ tokens: [Token], at index: Int, runStart: Int) -> Bool {
        func isSmallNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isNumber && tokens[i].text.count <= 3 }
        guard isSmallNumber(index) else { return false }
        if index + 2 < tokens.count, tokens[index + 1].text == "," {
            var j = index + 2
            while j < tokens.count, j - index <= 6, tokens[j].isCapitalised { j += 1 }
            if j > index + 2, isSmallNumber(j) { return true }
        }
        return runStart >= 3 && tokens[runStart - 1].text == "," && isSmallNumber(runStart - 2) && tokens[runStart - 3].isCapitalised
    }

    /// "I’ve", "We'll", "It's": a function word and a short lowercase ending after an apostrophe is no name
    /// ("O’Day" is one: its ending is capitalised).
    private func isContraction(_ token: Token) -> Bool {
        let text = token.text
        guard let apostrophe = text.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), apostrophe != text.startIndex else { return false }
        let ending = text[text.index(after: apostrophe)...]
        return (1...3).contains(ending.count) && ending.allSatisfy { $0.isLetter && $0.isLowercase }
            && lexicon.stop.contains(text[..<apostrophe].lowercased())
    }

    /// A lowercase word with an adjective's ending of the language ("européenne", "católica"), not a function word or a verb.
    private func isNameAdjective(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalised, token.text.unicodeScalars.count >= 5 else { return false }
        let lower = token.lowercased
        guard !lexicon.stop.contains(lower), !lexicon.speechVerbs.contains(lower), !lexicon.reportVerbs.contains(lower),
              !lexicon.cueConnectors.contains(lower) else { return false }
        return lexicon.adjectiveSuffixes.contains { lower.hasSuffix($0) }
    }

    /// The index of the last word of a known place that continues past `last` through one or two
    /// lowercase words ("am Main", "upon Tyne").
    private func knownPlaceBridge(_ tokens: [Token], after last: Int) -> Int? {
        var end = last + 1
        var words = [tokens[last].text]
        while end < tokens.count, end - last <= 2, tokens[end].isWord, !tokens[end].isCapitalised {
            words.append(tokens[end].text)
            end += 1
        }
        guard end > last + 1, end < tokens.count, tokens[end].isNameStart else { return nil }
        return gazetteer.place(named: (words + [tokens[end].text]).joined(separator: " ")) != nil ? end : nil
    }

    /// An article of the language that is no connector of names ("dem", "den", "el"; not "la", "der").
    private func isArticleOnly(_ word: String) -> Bool {
        lexicon.articles.contains(word) && !lexicon.connectors.contains(word) && !lexicon.conjunctions.contains(word)
    }

    private func isConnector(_ word: String, afterInstitution: Bool) -> Bool {
        lexicon.connectors.contains(word) || lexicon.conjunctions.contains(word) || lexicon.articles.contains(word)
            || (afterInstitution && lexicon.cueConnectors.contains(word))
    }

    // MARK: From a run to mentions

    private func process(_ run: [Int], tokens: [Token], initial initialIndex: Set<Int>, sentence: Sentence,
                         possessiveCountry: String?, into result: inout Result) {
        var words = run
        let allCaps = isAllCapsRun(words, tokens: tokens)
        // A common word capitalised because it starts the sentence is not part of a name ("While Kenya…", "Cette…").
        while !allCaps, let first = words.first, initialIndex.contains(first), isNotName(tokens[first]) {
            let lower = tokens[first].lowercased
            if lexicon.articles.contains(lower) || lower == "the", startsKnownName(words, tokens: tokens) { break }
            words.removeFirst()
            while let next = words.first, !tokens[next].isNameStart { words.removeFirst() }
        }
        // Leading months and weekdays ("September Ministers").
        while let first = words.first, lexicon.isCalendarWord(tokens[first].lowercased) {
            words.removeFirst()
            while let next = words.first, !tokens[next].isNameStart { words.removeFirst() }
        }
        // A date after a name is no part of it: "the Kremlin May 9", "Kremlin 9 May". A trailing weekday is the date
        // of the sentence ("the World Court Friday rejected", "in Kenya and Tanzania Friday"), unless the whole is a
        // name, or what is left is one word that is no known name or cue word ("Black Friday").
        while words.count > 1, let last = words.last {
            let previous = tokens[words[words.count - 2]]
            let isDay = tokens[last].isNumber && tokens[last].text.count <= 2
            if isDay && lexicon.months[previous.lowercased] != nil || lexicon.months[tokens[last].lowercased] != nil && previous.isNumber {
                words.removeLast(2)
            } else if lexicon.weekdays[tokens[last].lowercased] != nil, !isKnownName(words, tokens: tokens) {
                let rest = words.dropLast().filter { tokens[$0].isNameStart }
                guard let only = rest.first, rest.count > 1 || isKnownName([only], tokens: tokens) || isKindCueWord(tokens[only].lowercased)
                else { break }
                words.removeLast()
            } else {
                break
            }
            while let end = words.last, !tokens[end].isNameStart { words.removeLast() }
        }
        // German: common nouns at either end of a run are not part of the name ("Gartentor von Kowalczyk").
        if lexicon.language.capitalisesNouns {
            // "Stadt Orvena", "Insel Sylt": a place's class noun before the name says what it is, as "die Stadt" would.
            while let first = words.first, words.count > 1,
                  isPlainNoun(tokens[first]) || [.place, .person].contains(lexicon.classNouns[tokens[first].lowercased]),
                  !startsKnownName(words, tokens: tokens) {
                words.removeFirst()
                while let next = words.first, !tokens[next].isNameStart { words.removeFirst() }
            }
            // Only after a connector: "Jana Schmied" keeps a surname that is also a noun.
            while let last = words.last, words.count > 2, isPlainNoun(tokens[last]), !tokens[words[words.count - 2]].isNameStart,
                  !isKnownName(words, tokens: tokens) {
                words.removeLast()
                while let previous = words.last, !tokens[previous].isNameStart { words.removeLast() }
            }
        }
        guard !words.isEmpty else { return }
        // A capitalised article or function word inside a run starts a new name ("… Hochwasser Der Bürgermeister").
        if let split = words.indices.dropFirst().first(where: { position in
            let token = tokens[words[position]]
            return token.isCapitalised && (lexicon.articles.contains(token.lowercased) || lexicon.stop.contains(token.lowercased)
                && lexicon.common[token.lowercased].map { $0 >= 5 } == true && !lexicon.language.isEnglish)
                && !isKnownName(Array(words[position...]), tokens: tokens) && !isKnownName(words, tokens: tokens)
        }) {
            process(Array(words[..<split]), tokens: tokens, initial: initialIndex, sentence: sentence,
                    possessiveCountry: possessiveCountry, into: &result)
            process(Array(words[split...]), tokens: tokens, initial: initialIndex.union([words[split]]), sentence: sentence,
                    possessiveCountry: nil, into: &result)
            return
        }
        // "Ohio-based Acme Steel": the place before "-based" is a name of its own, not part of the company's.
        if words.count > 1, let first = words.first, hyphenSuffix(tokens[first].text) != nil {
            emit([first], tokens: tokens, sentence: sentence, roles: [], honorific: false, initial: initialIndex, into: &result)
            var rest = Array(words.dropFirst())
            while let next = rest.first, !tokens[next].isNameStart { rest.removeFirst() }
            if !rest.isEmpty {
                process(rest, tokens: tokens, initial: initialIndex, sentence: sentence, possessiveCountry: nil, into: &result)
            }
            return
        }

        let fullText = text(of: words, tokens: tokens, in: sentence)
        let known = knownName(stripArticle(fullText)) != nil
        // "Amelia Strand of the National Renewal party": a name, "of", and an institution are two names.
        // ("Secretary of the Coast Guard Amelia Strand" is a title and a person, not two names.)
        let titled = titleOfInstitutionEnd(words, from: lexicon.articles.contains(tokens[words[0]].lowercased) ? 1 : 0, tokens: tokens) != nil
            || countryPrefix(words, from: 0, tokens: tokens).map { titleOfInstitutionEnd(words, from: $0.length, tokens: tokens) != nil } == true
        if !known, !titled, let split = ofSplit(words, tokens: tokens) {
            process(Array(words[..<split.before]), tokens: tokens, initial: initialIndex, sentence: sentence,
                    possessiveCountry: possessiveCountry, into: &result)
            process(Array(words[split.after...]), tokens: tokens, initial: initialIndex, sentence: sentence,
                    possessiveCountry: nil, into: &result)
            return
        }
        // "Chairman and Chief Operating Officer of Kestrel Airways": titles joined by "and", no person named: only the
        // institution is a name.
        if !known, let first = words.first, lexicon.isTitle(tokens[first].lowercased),
           let connector = words.firstIndex(where: { !tokens[$0].isNameStart && !lexicon.conjunctions.contains(tokens[$0].text) }),
           words[..<connector].contains(where: { lexicon.conjunctions.contains(tokens[$0].text) }),
           words[..<connector].allSatisfy({ lexicon.isTitleWord(tokens[$0].lowercased)
               || lexicon.conjunctions.contains(tokens[$0].text) }) {
            // ("Secretary and Director of Navy Communications Amelia Varga" names the person who holds them.)
            if let conjunction = words[..<connector].lastIndex(where: { lexicon.conjunctions.contains(tokens[$0].text) }),
               let end = titleOfInstitutionEnd(words, from: conjunction + 1, tokens: tokens), end + 1 < words.count {
                emit(Array(words[(end + 1)...]), tokens: tokens, sentence: sentence,
                     roles: [Role(title: text(of: Array(words[...end]), tokens: tokens, in: sentence), country: nil)], honorific: false,
                     initial: initialIndex, allCaps: allCaps, into: &result)
                return
            }
            var rest = Array(words[connector...])
            while let next = rest.first, !tokens[next].isNameStart { rest.removeFirst() }
            if !rest.isEmpty {
                process(rest, tokens: tokens, initial: initialIndex, sentence: sentence, possessiveCountry: nil, into: &result)
            }
            return
        }
        let andIndex = words.firstIndex { lexicon.conjunctions.contains(tokens[$0].text) && tokens[$0].text != "&" }
        let firstIsCue = words.first.map { isKindCueWord(tokens[$0].lowercased) && !lexicon.isTitle(tokens[$0].lowercased) } ?? false
        let lastIsCue = words.last.map { isKindCueWord(tokens[$0].lowercased) } ?? false
        // Before "and": a known place ("Oslo and Mexico City") or a name of its own kind ("Aldara Pharma and
        // Bexmont Therapeutics") means two names.
        let beforeAndIsName = andIndex.map { index in
            knownName(text(of: Array(words[..<index]), tokens: tokens, in: sentence)) != nil
                || (index > 1 && lexicon.organizationCues.contains(tokens[words[index - 1]].lowercased))
        } ?? false
        // "Norvia and Oslo-based Kestrel Airlines": a descriptor after "and" starts a second name's phrase.
        let afterAndIsDescriptor = andIndex.map { $0 + 1 < words.count && hyphenSuffix(tokens[words[$0 + 1]].text) != nil } ?? false
        // ("Company and Norvia": a cue word alone before "and" is no name that the rest continues.)
        let takeWhole = andIndex == nil || firstIsCue && !afterAndIsDescriptor && andIndex != 1
            || (lastIsCue && !beforeAndIsName && !afterAndIsDescriptor)
        var body = words
        if body.count > 1, lexicon.articles.contains(tokens[body[0]].lowercased) || tokens[body[0]].lowercased == "the" { body.removeFirst() }
        if !known, !titled, andIndex == nil, titleEnd(body, from: 0, tokens: tokens) == nil, countryPrefix(body, from: 0, tokens: tokens) == nil,
           !lexicon.honorifics.contains(tokens[body[0]].lowercased) {
            let words = body
            // "Vice Chairman of Acme": a title of an institution, with no person named: only the institution is a name.
            if let connector = words.firstIndex(where: { !tokens[$0].isNameStart }), connector > 0,
               words[..<connector].contains(where: { lexicon.isTitle(tokens[$0].lowercased) }),
               words[..<connector].allSatisfy({ lexicon.isTitleWord(tokens[$0].lowercased) }) {
                var rest = Array(words[connector...])
                while let next = rest.first, !tokens[next].isNameStart { rest.removeFirst() }
                if !rest.isEmpty {
                    process(rest, tokens: tokens, initial: initialIndex, sentence: sentence, possessiveCountry: nil, into: &result)
                }
                return
            }
            // "EADS CEO of North America": a body's name (an acronym, a known one, or one with an institution's word) and
            // a title of a region or a unit, with no person named: the body and the region are names.
            func isTitleWord(_ index: Int) -> Bool {
                lexicon.isTitleWord(tokens[index].lowercased)
            }
            if let connector = words.firstIndex(where: { !tokens[$0].isNameStart }), connector > 1,
               let titleStart = (1..<connector).first(where: { k in
                   words[k..<connector].allSatisfy(isTitleWord) && words[k..<connector].contains { lexicon.isTitle(tokens[$0].lowercased) }
               }),
               !words[..<titleStart].contains(where: isTitleWord) {
                let employer = Array(words[..<titleStart])
                let body = employer.allSatisfy { tokens[$0].isAcronym } || employer.contains { lexicon.organizationCues.contains(tokens[$0].lowercased) }
                    || knownName(text(of: employer, tokens: tokens, in: sentence)) != nil
                if body {
                    process(employer, tokens: tokens, initial: initialIndex, sentence: sentence, possessiveCountry: possessiveCountry, into: &result)
                    var rest = Array(words[connector...])
                    while let next = rest.first, !tokens[next].isNameStart { rest.removeFirst() }
                    if !rest.isEmpty {
                        process(rest, tokens: tokens, initial: initialIndex, sentence: sentence, possessiveCountry: nil, into: &result)
                    }
                    return
                }
            }
            // "Acme CEO Jane Roe", "Union President John Doe": an employer, a title, then the person.
            if let start = employerTitleStart(words, tokens: tokens), let end = titleEnd(words, from: start, tokens: tokens) {
                let employer = Array(words[..<start])
                process(employer, tokens: tokens, initial: initialIndex, sentence: sentence, possessiveCountry: possessiveCountry, into: &result)
                let title = text(of: Array(words[...end]), tokens: tokens, in: sentence)
                let person = Array(words[(end + 1)...])
                emit(person, tokens: tokens, sentence: sentence, roles: [Role(title: title, country: nil)], honorific: false,
                     initial: initialIndex, allCaps: allCaps, into: &result)
                return
            }
        }
        // "Kestrel Procurement Director Maren Holt and the TSB": an employer, a title and a person before or after a
        // conjunction are read on their own, as a name alone would be.
        if !known, !takeWhole, let index = andIndex, index > 0 {
            var rest = Array(words[(index + 1)...])
            while let next = rest.first, lexicon.articles.contains(tokens[next].lowercased) || tokens[next].lowercased == "the" {
                rest.removeFirst()
            }
            let before = Array(words[..<index])
            if let first = rest.first, tokens[first].isNameStart, let last = before.last, tokens[last].isNameStart,
               employerTitleStart(before, tokens: tokens) != nil || employerTitleStart(rest, tokens: tokens) != nil {
                process(before, tokens: tokens, initial: initialIndex, sentence: sentence, possessiveCountry: possessiveCountry, into: &result)
                process(rest, tokens: tokens, initial: initialIndex, sentence: sentence, possessiveCountry: possessiveCountry, into: &result)
                return
            }
        }
        if known || (hasKindCue(words, tokens: tokens) && takeWhole && !startsWithTitle(words, tokens: tokens)) {
            emit(words, tokens: tokens, sentence: sentence, roles: [], honorific: false, initial: initialIndex, allCaps: allCaps,
                 into: &result)
            return
        }
        for segment in segments(words, tokens: tokens) {
            var roles: [Role] = []
            var nameWords = segment.name
            var country = segment.country ?? possessiveCountry
            if let titleWords = segment.title {
                let title = text(of: titleWords, tokens: tokens, in: sentence)
                if !nameWords.isEmpty { roles.append(Role(title: title, country: country)) }
                country = nil
            } else if let first = nameWords.first, let title = lowercaseTitle(before: first, tokens: tokens, in: sentence) {
                // "el presidente Varela", "le pape Grégoire", "the pope Gregory".
                roles.append(Role(title: title, country: country))
            }
            // A demonym alone before a name that is not a title is dropped ("Mexican drug cartels" has none).
            while let first = nameWords.first, gazetteer.country(forDemonym: tokens[first].text) != nil, nameWords.count > 1,
                  !hasKindCue(nameWords, tokens: tokens) {
                nameWords.removeFirst()
            }
            guard !nameWords.isEmpty else { continue }
            // "Norvia and Oslo-based Kestrel Airlines": a descriptor place at the start of a segment is a name of its own.
            if nameWords.count > 1, let first = nameWords.first, hyphenSuffix(tokens[first].text) != nil {
                emit([first], tokens: tokens, sentence: sentence, roles: [], honorific: false, initial: initialIndex, into: &result)
                nameWords.removeFirst()
                while let next = nameWords.first, !tokens[next].isNameStart { nameWords.removeFirst() }
                guard !nameWords.isEmpty else { continue }
            }
            emit(nameWords, tokens: tokens, sentence: sentence, roles: roles, honorific: segment.honorific,
                 initial: initialIndex, allCaps: allCaps, into: &result)
        }
    }

    /// "Acme CEO Jane Roe": where the title starts after an employer's name, when a person's name follows it.
    private func employerTitleStart(_ words: [Int], tokens: [Token]) -> Int? {
        (1..<max(1, words.count)).first { position in
            let previous = tokens[words[position - 1]].lowercased
            return tokens[words[position - 1]].isNameStart && !lexicon.titleModifiers.contains(previous) && !lexicon.isTitle(previous)
                && titleEnd(words, from: position, tokens: tokens) != nil
        }
    }

    /// A function word, a month or a weekday: at the start of a sentence, no part of a name.
    private func isNotName(_ token: Token) -> Bool {
        let lower = token.lowercased
        return (lexicon.stop.contains(lower) || lexicon.languageNames.contains(lower) || lexicon.isCalendarWord(lower))
            && knownName(token.text) == nil
    }

    /// A capitalised common noun that is not a title, an honorific or a word that marks a kind of name.
    private func isPlainNoun(_ token: Token) -> Bool {
        let lower = token.lowercased
        guard lexicon.isVocabulary(lower), !lexicon.isTitle(lower), !lexicon.honorifics.contains(lower) else { return false }
        return !isKindCueWord(lower) && knownName(token.text) == nil
    }

    private func isKindCueWord(_ lower: String) -> Bool { lexicon.isKindCue(lower) }

    private func isAllCapsRun(_ words: [Int], tokens: [Token]) -> Bool {
        let named = words.filter { tokens[$0].isCapitalised }
        guard !named.isEmpty else { return false }
        let letters = named.map { tokens[$0].text.unicodeScalars.filter(SentenceSplitter.isLetter).count }
        guard named.allSatisfy({ tokens[$0].isAcronym }) else { return false }
        // "PARIS", "NEW DELHI", "MARÍA LÓPEZ GARCÍA": long capital words, or a known place in capitals.
        if named.count >= 2 { return letters.contains { $0 >= 3 } }
        return (letters.first ?? 0) >= 4 && knownName(ordinaryCase(tokens[named[0]].text)) != nil
    }

    /// "NEW DELHI" → "New Delhi", "MARÍA DE LA O" → "María de la O": the language's connectors,
    /// articles and conjunctions inside a name in lowercase, every other word capitalised.
    func ordinaryCase(_ text: String) -> String {
        var first = true
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let lower = word.lowercased()
            defer { first = false }
            guard let initial = lower.unicodeScalars.first else { return lower }
            if !first, lexicon.connectors.contains(lower) || lexicon.articles.contains(lower) || lexicon.conjunctions.contains(lower) {
                return lower
            }
            return String(initial).uppercased() + String(String.UnicodeScalarView(lower.unicodeScalars.dropFirst()))
        }.joined(separator: " ")
    }

    /// A known place, organisation or landmark by this name.
    private func knownName(_ text: String) -> String? {
        if let place = place(named: text) { return place.name }
        return gazetteer.organization(named: text) ?? gazetteer.landmark(named: text)
    }

    /// A place by its name as written, or (in German) with its adjectives in their base form
    /// ("den Vereinigten Staaten" → "Vereinigte Staaten", "der Europäischen Union").
    func place(named text: String) -> Knowledge.Place? {
        if let place = gazetteer.place(named: text) { return place }
        guard lexicon.language.capitalisesNouns, text.contains(" ") else { return nil }
        var words = text.split(separator: " ").map(String.init)
        for index in words.indices.dropLast() where words[index].hasSuffix("en") && words[index].count > 4 {
            words[index].removeLast()
        }
        return gazetteer.place(named: words.joined(separator: " "))
    }

    private func isKnownName(_ words: [Int], tokens: [Token]) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        let text = words.count == 1 ? tokens[first].text
            : tokens[first...last].filter(\.isWord).map(\.text).joined(separator: " ")
        return knownName(text) != nil
    }

    /// "El Salvador", "Los Angeles", "The Hague": the article belongs to a known name.
    private func startsKnownName(_ words: [Int], tokens: [Token]) -> Bool {
        guard words.count > 1 else { return false }
        return isKnownName(Array(words.prefix(4)), tokens: tokens) || isKnownName(Array(words.prefix(2)), tokens: tokens)
            || isKnownName(words, tokens: tokens)
    }

    private func startsWithTitle(_ words: [Int], tokens: [Token]) -> Bool {
        guard let first = words.first else { return false }
        var position = 0
        if lexicon.articles.contains(tokens[first].lowercased) { position = 1 }
        return titleEnd(words, from: position, tokens: tokens) != nil
    }

    /// "el presidente", "le pape", "la ministre française de la Culture": a lowercase title just before a name.
    private func lowercaseTitle(before first: Int, tokens: [Token], in sentence: Sentence) -> String? {
        guard first >= 1 else { return nil }
        let previous = tokens[first - 1]
        guard previous.isWord, !previous.isCapitalised else { return nil }
        if lexicon.isTitle(previous.lowercased) {
            var start = first - 1
            // "vice presidente", "primer ministro", "former president".
            while start >= 1, tokens[start - 1].isWord, !tokens[start - 1].isCapitalised,
                  lexicon.isTitleWord(tokens[start - 1].lowercased) {
                start -= 1
            }
            return slice(sentence, tokens[start].start, previous.end)
        }
        // "le président américain Donald Trump": one adjective after the title.
        if first >= 2, tokens[first - 2].isWord, !tokens[first - 2].isCapitalised, lexicon.isTitle(tokens[first - 2].lowercased),
           !lexicon.stop.contains(previous.lowercased), !lexicon.connectors.contains(previous.lowercased) {
            return slice(sentence, tokens[first - 2].start, previous.end)
        }
        return nil
    }

    /// Where to split "<name> of [the] <institution>" into two names: when the words before "of" have no
    /// word of a kind ("Gulf of Mexico", "University of Toronto" stay whole) and the words after it name
    /// an institution or a place.
    private func ofSplit(_ words: [Int], tokens: [Token]) -> (before: Int, after: Int)? {
        guard let of = words.firstIndex(where: { tokens[$0].text == "of" || isOfParticle(tokens[$0].text) }), of > 0
        else { return nil }
        let head = Array(words[..<of])
        var after = of + 1
        while after < words.count, !tokens[words[after]].isNameStart { after += 1 }
        guard after < words.count else { return nil }
        let tail = Array(words[after...])
        let headHasCue = head.contains { word in
            let lower = tokens[word].lowercased
            return isKindCueWord(lower) || lexicon.isTitleWord(lower)
        }
        guard !headHasCue else { return nil }
        if tokens[words[of]].text != "of" {
            // "von", "de", "da" are also name particles ("Ursula von der Leyen", "Pereira da Costa"): they split
            // only before a known place or an institution.
            guard isKnownName(tail, tokens: tokens) || hasKindCue(tail, tokens: tokens) else { return nil }
            return (of, after)
        }
        let lastTail = tokens[tail[tail.count - 1]]
        let followedByCue = tail[tail.count - 1] + 1 < tokens.count
            && lexicon.organizationCues.contains(tokens[tail[tail.count - 1] + 1].lowercased)
        // "Mike Gikas of Consumer Reports": a person's name (a first name and more) of anything is two names.
        let personHead = head.count >= 2 && isFirstName(tokens[head[0]])
            && head.allSatisfy { tokens[$0].isCapitalised && !tokens[$0].isAcronym }
            && !head.dropFirst().contains { lexicon.isVocabulary(tokens[$0].lowercased) || lexicon.contains(lexicon.organizationCues, singularOf: tokens[$0].lowercased) }
        guard hasKindCue(tail, tokens: tokens) || followedByCue || gazetteer.place(named: lastTail.text) != nil || personHead else { return nil }
        return (of, after)
    }

    /// A connector of the language that says "of" between a person and an institution ("vom Lindenhof-Krankenhaus",
    /// "del Hospital"): the language's connectors that are not articles or conjunctions.
    private func isOfParticle(_ word: String) -> Bool {
        lexicon.connectors.contains(word) && !lexicon.articles.contains(word) && !lexicon.conjunctions.contains(word)
    }

    struct Segment {
        var country: String?
        var honorific = false
        var title: [Int]?
        var name: [Int] = []
    }

    /// Splits a run into [article] [country or demonym] [honorific] [title] name, repeated after a
    /// conjunction: "Trade Minister Ana Ruiz and Finance and Economy Minister Tomás Vidal".
    private func segments(_ words: [Int], tokens: [Token]) -> [Segment] {
        var segments: [Segment] = []
        var position = 0
        while position < words.count {
            var segment = Segment()
            // Skip a leading article ("The", "El", "Le", "Der").
            // ("El País", "Le Monde": an article and one common word are a title of their own.)
            if lexicon.articles.contains(tokens[words[position]].lowercased) || tokens[words[position]].lowercased == "the",
               position + 1 < words.count,
               !(position + 2 == words.count && lexicon.isVocabulary(tokens[words[position + 1]].lowercased)
                 && !lexicon.isTitle(tokens[words[position + 1]].lowercased)) {
                position += 1
            }
            // A demonym or country before a title: "Canadian Prime Minister", "U.S. President".
            if let country = countryPrefix(words, from: position, tokens: tokens),
               (titleEnd(words, from: position + country.length, tokens: tokens)
                ?? titleOfInstitutionEnd(words, from: position + country.length, tokens: tokens)) != nil {
                segment.country = country.name
                position += country.length
            }
            if position < words.count, lexicon.honorifics.contains(tokens[words[position]].lowercased) {
                segment.honorific = true
                position += 1
            }
            if let end = titleEnd(words, from: position, tokens: tokens) ?? titleOfInstitutionEnd(words, from: position, tokens: tokens) {
                segment.title = Array(words[position...end])
                position = end + 1
            }
            // The name runs to the next conjunction.
            while position < words.count {
                let token = tokens[words[position]]
                if token.isWord, !token.isCapitalised, lexicon.conjunctions.contains(token.text) { break }
                segment.name.append(words[position])
                position += 1
            }
            // Trailing connectors are not part of a name.
            while let last = segment.name.last, !tokens[last].isNameStart, !tokens[last].isModelNumber { segment.name.removeLast() }
            // "Acme Computer CEO, Rita Moss": a title at the end belongs to the name after the comma, not to this one.
            // Only a title that cannot be a surname: an acronym ("CEO") or one with its modifiers ("Chief Executive").
            // ("Acme President and Chief Executive": a title joined to another title ends the employer's name too.)
            let titleFollows = position + 1 < words.count
                && lexicon.isTitleWord(tokens[words[position + 1]].lowercased)
            while segment.name.count > 1, let last = segment.name.last, lexicon.isTitle(tokens[last].lowercased),
                  tokens[last].isAcronym || titleFollows || lexicon.titleModifiers.contains(tokens[segment.name[segment.name.count - 2]].lowercased),
                  !segment.name.dropLast().allSatisfy({ lexicon.isTitleWord(tokens[$0].lowercased) }) {
                segment.name.removeLast()
                while segment.name.count > 1, let previous = segment.name.last,
                      lexicon.titleModifiers.contains(tokens[previous].lowercased) || !tokens[previous].isNameStart {
                    segment.name.removeLast()
                }
            }
            segments.append(segment)
            position += 1  // past the conjunction
        }
        return segments
    }

    /// The index (in `words`) of the last word of a title phrase starting at `from`, when a name follows it.
    private func titleEnd(_ words: [Int], from: Int, tokens: [Token]) -> Int? {
        var position = from
        var lastHead: Int?
        while position < words.count {
            let word = tokens[words[position]].lowercased
            if lexicon.isTitle(word) {
                lastHead = position
            } else if lexicon.titleModifiers.contains(word) {
                // part of the title if a head follows
            } else if lexicon.conjunctions.contains(word) || word == "of" || lexicon.connectors.contains(word),
                      position + 1 < words.count,
                      lexicon.titleModifiers.contains(tokens[words[position + 1]].lowercased)
                        || lexicon.isTitle(tokens[words[position + 1]].lowercased) {
                // "Finance and Revenue Minister"
            } else {
                break
            }
            position += 1
        }
        guard let head = lastHead, head + 1 < words.count, tokens[words[head + 1]].isNameStart else { return nil }
        return head
    }

    /// "Secretary of the Coast Guard Amelia Strand", "Commissioner for Fisheries Petr Novak": a title, a connector and
    /// an institution or portfolio, then a person's name from a known first name on: the index of the title's last word.
    private func titleOfInstitutionEnd(_ words: [Int], from: Int, tokens: [Token]) -> Int? {
        var position = from
        var hasHead = false
        func isTitleWord(_ position: Int) -> Bool {
            position < words.count && lexicon.isTitleWord(tokens[words[position]].lowercased)
        }
        // ("Secretary and Director of …": titles joined by a conjunction.)
        while isTitleWord(position) || hasHead && position < words.count && lexicon.conjunctions.contains(tokens[words[position]].text)
                && isTitleWord(position + 1) {
            hasHead = hasHead || lexicon.isTitle(tokens[words[position]].lowercased)
            position += 1
        }
        guard hasHead, position < words.count else { return nil }
        let joint = tokens[words[position]].lowercased
        guard !tokens[words[position]].isCapitalised,
              lexicon.connectors.contains(joint) || lexicon.cueConnectors.contains(joint) || lexicon.ofWords.contains(joint) else { return nil }
        for start in (position + 2)..<max(position + 2, words.count - 1) {
            let token = tokens[words[start]]
            if token.isWord, !token.isCapitalised, lexicon.conjunctions.contains(token.text) { return nil }
            guard token.isCapitalised, isFirstName(token),
                  tokens[words[start + 1]].isCapitalised, tokens[words[start - 1]].isNameStart else { continue }
            return start - 1
        }
        // A first name the data lacks: the last two or three words, where none is a word of the language and the
        // institution's words before them are ("Commissioner for Competition Neelie Kroes").
        for count in [2, 3] where words.count - count >= position + 2 {
            let start = words.count - count
            let name = words[start...].map { tokens[$0] }
            let before = tokens[words[start - 1]]
            if name.allSatisfy({ $0.isCapitalised && !$0.isAcronym && !lexicon.isVocabulary($0.lowercased) && !isKindCueWord($0.lowercased)
                                 && !lexicon.isTitle($0.lowercased) && knownName($0.text) == nil }),
               before.isCapitalised, lexicon.isVocabulary(before.lowercased) || isKindCueWord(before.lowercased) {
                return start - 1
            }
        }
        return nil
    }

    /// A demonym ("Canadian", "North American") or a country name ("U.S.") at `from`.
    private func countryPrefix(_ words: [Int], from: Int, tokens: [Token]) -> (name: String, length: Int)? {
        guard from < words.count else { return nil }
        if from + 1 < words.count {
            let two = tokens[words[from]].text + " " + tokens[words[from + 1]].text
            if let country = gazetteer.country(forDemonym: two) { return (country, 2) }
        }
        let one = tokens[words[from]].text
        if let country = gazetteer.country(forDemonym: one) { return (country, 1) }
        if let place = gazetteer.place(named: one), place.kind == .country { return (place.name, 1) }
        return nil
    }

    private func hasKindCue(_ words: [Int], tokens: [Token]) -> Bool {
        guard let first = words.first, let last = words.last, words.count > 1 else { return false }
        return isKindCueWord(tokens[first].lowercased) || isKindCueWord(tokens[last].lowercased)
            || (lexicon.language.capitalisesNouns && (compoundCue(tokens[first].lowercased) != nil || compoundCue(tokens[last].lowercased) != nil))
    }

    /// German compounds end in the word that marks their kind ("Bischofskonferenz", "Lindenhof-Klinik").
    private func compoundCue(_ lower: String) -> EntityType? {
        let last = lower.split(separator: "-").last.map(String.init) ?? lower
        func ends(_ set: Set<String>) -> Bool {
            set.contains(last) || set.contains { $0.count >= 3 && lower.count >= $0.count + 4 && lower.hasSuffix($0) }
        }
        guard lexicon.language.capitalisesNouns || last != lower else { return nil }
        if ends(lexicon.organizationCues) { return .organization }
        if ends(lexicon.placeCues) { return .place }
        if ends(lexicon.agreementCues) { return .agreement }
        if ends(lexicon.eventCues) { return .event }
        return nil
    }

    private func hyphenSuffix(_ text: String) -> Substring? {
        guard let hyphen = text.lastIndex(of: "-") else { return nil }
        let suffix = text[text.index(after: hyphen)...]
        return Self.adjectiveSuffixes.contains(suffix.lowercased()) ? suffix : nil
    }

    private func stripArticle(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return text }
        let first = text[..<space].lowercased()
        return lexicon.articles.contains(first) || first == "the" ? String(text[text.index(after: space)...]) : text
    }

    /// A headline or a list item in title case: of four or more words of four letters or more, not in capitals, nearly all
    /// are capitalised (a sentence of prose has its verbs and common words in lowercase, even in German).
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        let long = tokens.filter { $0.isWord && $0.text.count >= 4 && $0.text.first?.isLetter == true && !$0.isAcronym }
        guard long.count >= 4 else { return false }
        return long.filter(\.isCapitalised).count * 10 >= long.count * 9
    }

    /// The token indices that start the sentence or a quotation in it.
    static func sentenceInitialIndices(_ tokens: [Token]) -> Set<Int> {
        var result: Set<Int> = []
        var expectStart = true
        for (index, token) in tokens.enumerated() {
            if token.isWord {
                if expectStart { result.insert(index) }
                expectStart = false
            } else if ["\u{201C}", "\"", "(", "[", "*", "_", ":", "\u{2014}", "\u{2018}", "\u{00AB}", "\u{00BF}", "\u{00A1}", "\u{201E}"]
                        .contains(token.text) {
                expectStart = expectStart || ["\u{201C}", "\"", ":", "\u{00AB}", "\u{00BF}", "\u{00A1}", "\u{201E}"].contains(token.text)
                    // "TARROW CITY — Where…": a dash after a dateline starts the sentence proper.
                    || token.text == "\u{2014}" && index <= 8
            } else if token.text == "\u{2013}", index <= 8 {
                expectStart = true
            }
        }
        return result
    }

    // MARK: Emitting a mention

    private func emit(_ nameWords: [Int], tokens: [Token], sentence: Sentence, roles: [Role], honorific: Bool,
                      initial: Set<Int>, allCaps: Bool = false, into result: inout Result) {
        var words = nameWords
        // An article before a name is not part of it ("the Kremlin", "l'Élysée"), unless the name is
        // a known one with it ("El Salvador") or the rest is a common word ("Le Monde", "Der Spiegel").
        if let first = words.first, words.count > 1,
           lexicon.articles.contains(tokens[first].lowercased) || tokens[first].lowercased == "the",
           !startsKnownName(words, tokens: tokens),
           !(words.count == 2 && lexicon.isVocabulary(tokens[words[1]].lowercased) && !lexicon.isTitle(tokens[words[1]].lowercased)) {
            words.removeFirst()
        }
        guard let firstIndex = words.first, var lastIndex = words.last else { return }
        // "the G-7 summit": a lowercase event word after a name is part of it.
        if lastIndex + 1 < tokens.count, !tokens[lastIndex].isPossessive, tokens[lastIndex + 1].isWord,
           !tokens[lastIndex + 1].isCapitalised, Self.namedEventWords.contains(tokens[lastIndex + 1].text) {
            lastIndex += 1
            words.append(lastIndex)
        }
        var name = text(of: words, tokens: tokens, in: sentence)
        var nameEnd = tokens[lastIndex].end
        // "Boston-based", "Oslo-born": the name is the part before the hyphen.
        if words.count == 1, let suffix = hyphenSuffix(name) {
            let suffixLength = suffix.unicodeScalars.count + 1
            name = String(name.unicodeScalars.dropLast(suffixLength))
            nameEnd -= suffixLength
        }
        if allCaps { name = ordinaryCase(name) }
        let lower = name.lowercased()
        let isInitial = initial.contains(firstIndex)
        if words.count == 1 {
            let token = tokens[firstIndex]
            if lexicon.isCalendarWord(token.lowercased) || lexicon.isTitle(lower) || lexicon.titleModifiers.contains(lower) && isInitial
                || lexicon.contains(lexicon.titles, singularOf: lower)
                // "15:46 GMT": a time zone after a time.
                || gazetteer.timeZones.contains(name) && firstIndex > 0 && tokens[firstIndex - 1].text.last?.isNumber == true
                || lexicon.honorifics.contains(lower) || gazetteer.country(forDemonym: name) != nil
                // "in English", "auf Deutsch": a language is no entity of the dossier.
                || lexicon.languageNames.contains(lower)
                || lexicon.stop.contains(lower) && (isInitial || lexicon.language.capitalisesNouns || !token.isAcronym)
                    && knownName(name) == nil
                || name == "I" || name.count < 2 || token.isModelNumber && !token.isCapitalised {
                return
            }
        } else if gazetteer.country(forDemonym: name) != nil
                    || words.allSatisfy({ lexicon.isTitleWord(tokens[$0].lowercased)
                        || !tokens[$0].isNameStart }) {
            return
        }

        var evidence: [TypeEvidence] = []
        // "the state Department of Water Safety", "the Tarrow County Sheriff's Office": a name that starts with an
        // institution's word (alone only after a possessive) is the institution, whatever a title word before it seemed to say.
        let institution = lexicon.organizationCues.contains(tokens[firstIndex].lowercased)
            && (words.count >= 2 || firstIndex > 0 && tokens[firstIndex - 1].isPossessive)
        var allRoles = institution ? [] : roles
        if !roles.isEmpty, !institution { evidence.append(TypeEvidence(type: .person, weight: 9, clue: .title)) }
        if honorific { evidence.append(TypeEvidence(type: .person, weight: 9, clue: .honorific)) }
        evidence += shapeEvidence(words, tokens: tokens, name: name)
        evidence += contextEvidence(before: firstIndex, after: lastIndex, tokens: tokens)
        if let role = apposition(after: lastIndex, tokens: tokens, in: sentence) {
            allRoles.append(role)
            evidence.append(TypeEvidence(type: .person, weight: 7, clue: .apposition))
        }
        var acronym: String?
        if let definition = acronymDefinition(after: lastIndex, tokens: tokens, in: sentence, nameStart: tokens[firstIndex].start) {
            acronym = definition.acronym
            result.acronyms.append(AcronymDefinition(acronym: definition.acronym, name: definition.name, sentence: sentence.ordinal))
            evidence += definition.evidence
        }
        let vocabulary = words.count == 1 && lexicon.isVocabulary(lower) && knownName(name) == nil
        result.mentions.append(Mention(text: name, sentence: sentence.ordinal, start: tokens[firstIndex].start,
                                       end: nameEnd, evidence: evidence, isSentenceInitial: isInitial,
                                       roles: allRoles, acronym: acronym, isCommonWord: vocabulary,
                                       place: place(named: name)?.name))
    }

    static let adjectiveSuffixes: Set<String> = ["based", "born", "led", "backed", "owned", "run", "made", "bound", "style", "era", "headquartered"]

    static let namedEventWords: Set<String> = ["summit", "conference", "election", "elections", "referendum", "games", "olympics"]

    /// Evidence from the name itself: the gazetteer, cue words, acronyms, model numbers.
    private func shapeEvidence(_ words: [Int], tokens: [Token], name: String) -> [TypeEvidence] {
        var evidence: [TypeEvidence] = []
        if let place = place(named: name) {
            evidence.append(TypeEvidence(type: .place, weight: place.kind == .city ? 8 : 10, clue: .gazetteer(place.kind)))
        } else if words.count > 1, lexicon.articles.contains(tokens[words[0]].lowercased), let place = gazetteer.place(named: stripArticle(name)) {
            evidence.append(TypeEvidence(type: .place, weight: place.kind == .city ? 8 : 10, clue: .gazetteer(place.kind)))
        }
        if gazetteer.organization(named: name) != nil {
            evidence.append(TypeEvidence(type: .organization, weight: 10, clue: .knownOrganization))
        }
        if gazetteer.landmark(named: name) != nil {
            evidence.append(TypeEvidence(type: .place, weight: 8, clue: .landmark))
        }
        let last = tokens[words[words.count - 1]].lowercased
        let first = tokens[words[0]].lowercased
        if words.count > 1 {
            if lexicon.agreementCues.contains(last) || lexicon.agreementCues.contains(first) && !lexicon.language.isEnglish {
                evidence.append(TypeEvidence(type: .agreement, weight: 8, clue: .agreementWord))
            } else if lexicon.eventCues.contains(last) || lexicon.eventCues.contains(first) && !lexicon.language.isEnglish {
                evidence.append(TypeEvidence(type: .event, weight: 8, clue: .eventWord))
            } else if lexicon.contains(lexicon.organizationCues, singularOf: last) || lexicon.organizationCues.contains(first)
                        || lexicon.organizationPrefixes.contains(first) {
                evidence.append(TypeEvidence(type: .organization, weight: 8, clue: .organizationWord))
            } else if lexicon.contains(lexicon.placeCues, singularOf: last) || lexicon.placeCues.contains(first) {
                evidence.append(TypeEvidence(type: .place, weight: 7, clue: .placeWord))
            } else if let type = compoundCue(first) ?? compoundCue(last) {
                evidence.append(TypeEvidence(type: type, weight: 7, clue: .compoundWord))
            } else if words.contains(where: { lexicon.organizationCues.contains(tokens[$0].lowercased) }) {
                evidence.append(TypeEvidence(type: .organization, weight: 6, clue: .organizationWord))
            }
            if words.contains(where: { tokens[$0].text == "&" }) {
                evidence.append(TypeEvidence(type: .organization, weight: 6, clue: .ampersand))
            }
        } else if !isKindCueWord(first), !lexicon.isVocabulary(first), let type = compoundCue(first) {
            // "Bischofskonferenz", not "Regierung" alone.
            evidence.append(TypeEvidence(type: type, weight: 6, clue: .compoundWord))
        }
        // "La Nación", "Le Monde", "Der Spiegel": an article and one common word, no place, are a paper's or a body's title.
        if words.count == 2, lexicon.articles.contains(first) || first == "the", lexicon.isVocabulary(last), !lexicon.isTitle(last),
           place(named: name) == nil, gazetteer.place(named: stripArticle(name)) == nil {
            evidence.append(TypeEvidence(type: .organization, weight: 5, clue: .paperTitle))
        }
        // "Ostkurier.de", "lemonde.fr": a web address names the outlet or company behind it.
        if words.count == 1, Self.isWebAddress(name) {
            evidence.append(TypeEvidence(type: .organization, weight: 6, clue: .webAddress))
        }
        // "Zephyr 4", "K-40", "787 Skyhawk", "NovaBook": products and models.
        if gazetteer.organization(named: name) == nil, gazetteer.place(named: name) == nil,
           words.contains(where: { tokens[$0].isModelNumber || tokens[$0].isCamelCase }),
           !words.allSatisfy({ tokens[$0].isAcronym }) {
            evidence.append(TypeEvidence(type: .other, weight: 7, clue: .modelName))
        }
        let startsWithFirstName = isFirstName(tokens[words[0]])
        // "Gregory XVII", "Juan Carlos I": first names and a regnal number; "Gregório XVII": a name that is no place and no
        // word of the language, and a number from II.
        if (2...3).contains(words.count), let numeral = words.last, Self.isRomanNumeral(tokens[numeral].text), evidence.isEmpty {
            let names = words.dropLast()
            if names.allSatisfy({ isFirstName(tokens[$0]) }) {
                evidence.append(TypeEvidence(type: .person, weight: 7, clue: .regnalName))
            } else if names.count == 1, tokens[numeral].text != "I", let word = names.first, tokens[word].isCapitalised,
                      !tokens[word].isAcronym, !lexicon.isVocabulary(tokens[word].lowercased), place(named: tokens[word].text) == nil {
                evidence.append(TypeEvidence(type: .person, weight: 5, clue: .regnalName))
            }
        }
        // "Tomás Quillet": a known first name before a capitalised word, and nothing else to go on.
        if words.count >= 2, evidence.isEmpty, startsWithFirstName,
           tokens[words[1]].isCapitalised, !words.contains(where: { tokens[$0].isModelNumber }),
           // "Nova OS X" is no person's name: a person's has no acronym after the first name.
           !words.dropFirst().contains(where: { tokens[$0].isAcronym && tokens[$0].text.count > 1 && !tokens[$0].text.hasSuffix(".") }) {
            evidence.append(TypeEvidence(type: .person, weight: 3, clue: .firstName))
        }
        // "Tomás", "Ilona": a first name alone, and nothing else to go on.
        if words.count == 1, evidence.isEmpty, startsWithFirstName, !tokens[words[0]].isAcronym, !lexicon.isVocabulary(first) {
            evidence.append(TypeEvidence(type: .person, weight: 2, clue: .firstName))
        }
        if words.count == 1, tokens[words[0]].isAcronym, gazetteer.place(named: name) == nil,
           gazetteer.organization(named: name) == nil, !tokens[words[0]].isModelNumber {
            evidence.append(TypeEvidence(type: .organization, weight: 3, clue: .acronym))
        }
        return evidence
    }

    /// "Brennhausen, 17.05.2025", "LIMA, 3 de mayo": the start of a sentence that is a place and a date, with no
    /// lowercase word but a date's connector, and a number in it.
    private func isDateline(_ tokens: ArraySlice<Token>) -> Bool {
        guard (2...10).contains(tokens.count), tokens.first?.isCapitalised == true,
              tokens.contains(where: { $0.text.first?.isNumber == true }) else { return false }
        return tokens.allSatisfy { token in
            !token.isWord || token.isCapitalised || token.text.first?.isNumber == true || token.text.count <= 3
                || lexicon.isCalendarWord(token.lowercased)
        }
    }

    /// "Ostkurier.de", "lemonde.fr", "bbc.co.uk": a name, a dot, and a lowercase domain of two to four letters.
    static func isWebAddress(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 4, let tail = parts.last, (2...4).contains(tail.count),
              tail.allSatisfy({ $0.isLowercase && $0.isASCII }), let head = parts.first, head.count >= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    /// "II", "XIV", "XXIII": a Roman numeral from II to XXXIX (a lone "I" is the pronoun as often as a number).
    static func isRomanNumeral(_ text: String) -> Bool {
        guard (2...6).contains(text.count) || text == "I", text.allSatisfy({ "IVX".contains($0) }) else { return false }
        var value = 0, previous = 0
        for character in text.reversed() {
            let digit = character == "X" ? 10 : character == "V" ? 5 : 1
            value += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        let canonical = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        return value >= 1 && value < 40 && text == String(repeating: "X", count: value / 10) + canonical[value % 10]
    }

    static let englishPlacePrepositions: Set<String> = ["in", "to", "from", "at", "near", "across", "throughout", "outside", "inside",
                                                         "visited", "visit"]

    /// Evidence from the words around the name: speech verbs, prepositions of place.
    private func contextEvidence(before first: Int, after last: Int, tokens: [Token]) -> [TypeEvidence] {
        var evidence: [TypeEvidence] = []
        var next = last + 1
        // Who speaks: not a name in capitals ("VW says", "NASA said" are bodies as often as not), and not the
        // institution at the end of someone's description ("Maria Lindqvist, director at Kestrel, said").
        let acronym = (first...last).allSatisfy { !tokens[$0].isWord || tokens[$0].isAcronym || !tokens[$0].isCapitalised }
        let described = first >= 1 && tokens[first - 1].isWord && !tokens[first - 1].isCapitalised
            && [lexicon.placePrepositions, lexicon.ofWords, lexicon.cueConnectors].contains { $0.contains(tokens[first - 1].lowercased) }
        // Nor a name made of common words that starts with no first name ("the Animal Shelter announced", "Success Mindset"):
        // a body or a thing that announces, as a person's name has a first name or a word that is no common word.
        let words = (first...last).filter { tokens[$0].isWord }
        let commonWords = !isFirstName(tokens[first])
            && words.allSatisfy { lexicon.isVocabulary(tokens[$0].lowercased) }
        let speaker = !acronym && !described && !commonWords
        if tokens[last].isPossessive == false, next < tokens.count, tokens[next].isWord {
            let word = tokens[next].lowercased
            if lexicon.speechVerbs.contains(word) {
                if speaker { evidence.append(TypeEvidence(type: .person, weight: 4, clue: .speechVerb)) }
            } else if lexicon.reportVerbs.contains(word) {
                evidence.append(TypeEvidence(type: .organization, weight: 3, clue: .reportVerb))
            }
        }
        // "Ostrava Dynamics spokesman Petr Novak", "Acme CEO Jane Roe": a job held at the name makes it a body.
        if !tokens[last].isPossessive, next < tokens.count, tokens[next].isWord, lexicon.isTitle(tokens[next].lowercased),
           !tokens[next].isCapitalised || tokens[next].isAcronym, lexicon.language.isEnglish {
            evidence.append(TypeEvidence(type: .organization, weight: 4, clue: .jobTitleAfter))
        }
        // "the National Renewal party": a lowercase institution word after the name.
        if !tokens[last].isPossessive, next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalised,
           lexicon.language.isEnglish, lexicon.organizationCues.contains(tokens[next].lowercased) {
            evidence.append(TypeEvidence(type: .organization, weight: 5, clue: .organizationWordAfter))
        }
        // "…, who chairs", "…, said": a person.
        if next + 1 < tokens.count, tokens[next].text == "," {
            if ["who", "quien", "quienes", "qui", "chi", "quem"].contains(tokens[next + 1].lowercased) {
                evidence.append(TypeEvidence(type: .person, weight: 6, clue: .who))
            } else if lexicon.speechVerbs.contains(tokens[next + 1].lowercased), speaker {
                evidence.append(TypeEvidence(type: .person, weight: 3, clue: .speechVerb))
            }
        }
        // "Danish airline Norvia", "la ciudad de Orvena", "der Bildhauer Wiecek": a class noun before the name.
        if let (type, noun) = classNoun(before: first, tokens: tokens) {
            evidence.append(TypeEvidence(type: type, weight: 6, clue: .describedAs(noun)))
        }
        // "Norvia, the Danish airline,": a class noun in an apposition after the name.
        if let (type, noun) = classNoun(inAppositionAfter: last, tokens: tokens) {
            evidence.append(TypeEvidence(type: type, weight: 5, clue: .describedAs(noun)))
        }
        // "les présidents Emmanuel Macron, Luiz Inácio Lula da Silva …": a title in the plural before a list of persons.
        if first >= 1, tokens[first - 1].isWord, !tokens[first - 1].isCapitalised, !lexicon.titles.contains(tokens[first - 1].lowercased),
           lexicon.contains(lexicon.titles, singularOf: tokens[first - 1].lowercased) {
            evidence.append(TypeEvidence(type: .person, weight: 6, clue: .titlesBefore))
        }
        // "the city's water director, Paul O. Nwosu": a title just before the name; "le recteur de la Grande Mosquée
        // de Varenne, Idriss Talbi": a title of an institution.
        if first >= 2, tokens[first - 1].text == ",", lexicon.isTitle(tokens[first - 2].lowercased)
            || titleOf(before: first - 1, tokens: tokens, acrossNames: true) != nil {
            evidence.append(TypeEvidence(type: .person, weight: 6, clue: .titleBefore))
        }
        // "el director de Asuntos Consulares": what a title is held at is a body (or a place, which the gazetteer says).
        if titleOf(before: first, tokens: tokens, acrossNames: false) != nil {
            evidence.append(TypeEvidence(type: .organization, weight: 3, clue: .titleOfItBefore))
        }
        // "Lillehammer, Norway": a name followed by a known region or country is a place.
        if next < tokens.count, tokens[next].text == "," {
            next += 1
            if next < tokens.count, !tokens[next].isPossessive, let place = gazetteer.place(named: tokens[next].text), place.kind != .city {
                evidence.append(TypeEvidence(type: .place, weight: 6, clue: .followedBy(place.name)))
            }
        }
        // ", said Costa" / "“…,” said Costa".
        if first >= 1, tokens[first - 1].isWord, lexicon.speechVerbs.contains(tokens[first - 1].lowercased),
           first >= 2, !tokens[first - 2].isWord, !acronym {
            evidence.append(TypeEvidence(type: .person, weight: 4, clue: .speechVerb))
        }
        let prepositions = lexicon.placePrepositions.isEmpty ? Self.englishPlacePrepositions : lexicon.placePrepositions
        if first >= 1, tokens[first - 1].isWord, prepositions.contains(tokens[first - 1].lowercased) {
            evidence.append(TypeEvidence(type: .place, weight: 2, clue: .placePreposition))
        }
        if first >= 2, tokens[first - 1].lowercased == "to", tokens[first - 2].lowercased == "according" {
            evidence.append(TypeEvidence(type: .organization, weight: 2, clue: .accordingTo))
        }
        // "(Reuters)", "(AFP)" right after a dateline: a credited agency.
        // "Brennhausen, 17.05.2025 (BNA)": after a dateline of a place and a date too.
        if first >= 1, tokens[first - 1].text == "(", last + 1 < tokens.count, tokens[last + 1].text == ")",
           first >= 2, tokens[first - 2].isAcronym && !Self.isRomanNumeral(tokens[first - 2].text)
            || first == last && tokens[first].isAcronym && isDateline(tokens[..<(first - 1)]) {
            evidence.append(TypeEvidence(type: .organization, weight: 5, clue: .creditedAgency))
        }
        return evidence
    }

    /// "the rector of the", "el maestro de": a lowercase title and an of-word (articles between) just before `end`, or, across
    /// the words of a name, before that name ("the rector of the Grand Mosque of Varenne"); the title's index.
    private func titleOf(before end: Int, tokens: [Token], acrossNames: Bool) -> Int? {
        var index = end - 1
        var crossedName = false
        while index >= 0, end - index <= 10, tokens[index].isWord, !tokens[index].isPossessive {
            let token = tokens[index]
            if token.isCapitalised {
                guard acrossNames else { return nil }
                crossedName = true
            } else {
                let lower = token.lowercased
                if lexicon.isTitle(lower), index + 1 < end, lexicon.ofWords.contains(tokens[index + 1].lowercased) {
                    return crossedName || !acrossNames ? index : nil
                }
                guard lexicon.ofWords.contains(lower) || lexicon.articles.contains(lower) || ["the", "a", "an"].contains(lower)
                        || lexicon.connectors.contains(lower) else { return nil }
            }
            index -= 1
        }
        return nil
    }

    /// The class noun of the word at `index` ("airline", "Stadt"), where it is written as a common noun.
    private func classNoun(at index: Int, tokens: [Token]) -> EntityType? {
        let token = tokens[index]
        guard token.isWord, !token.isPossessive, !token.isCapitalised || lexicon.language.capitalisesNouns || index == 0 else { return nil }
        if let type = lexicon.classNouns[token.lowercased] { return type }
        // "la basilique Saint-Ulrich", "el hospital Tomás Barrena": a word of a kind, where the language writes it so.
        guard lexicon.traits.contains(.kindWordBeforeName), !token.isCapitalised else { return nil }
        return lexicon.cueType(token.lowercased)
    }

    /// "airline Norvia", "aerolínea danesa Norvia" (a demonym between), "ville d'Orvena" (a place's
    /// class noun joined by "of"): the class noun just before a name and the type it gives.
    private func classNoun(before first: Int, tokens: [Token]) -> (EntityType, String)? {
        let index = first - 1
        guard index >= 0, tokens[index].isWord else { return nil }
        if let type = classNoun(at: index, tokens: tokens) { return (type, tokens[index].lowercased) }
        guard index >= 1 else { return nil }
        if lexicon.ofWords.contains(tokens[index].lowercased), classNoun(at: index - 1, tokens: tokens) == .place {
            return (.place, tokens[index - 1].lowercased)
        }
        // "Danish airline Norvia" has its adjective first; "aerolínea danesa Norvia", "constructeur suédois
        // Kestrel" after the noun, where the language puts it there.
        let adjective = gazetteer.country(forDemonym: tokens[index].text) != nil
            || lexicon.traits.contains(.adjectiveAfterNoun) && !lexicon.stop.contains(tokens[index].lowercased)
                && !lexicon.speechVerbs.contains(tokens[index].lowercased) && !lexicon.reportVerbs.contains(tokens[index].lowercased)
        if !tokens[index].isCapitalised, adjective, let type = classNoun(at: index - 1, tokens: tokens) {
            return (type, tokens[index - 1].lowercased)
        }
        return nil
    }

    /// ", the German airline,", ", una aerolínea alemana": a class noun within the first words of an apposition
    /// after the name, before any other name or punctuation.
    private func classNoun(inAppositionAfter last: Int, tokens: [Token]) -> (EntityType, String)? {
        guard !tokens[last].isPossessive, last + 2 < tokens.count, tokens[last + 1].text == "," else { return nil }
        var index = last + 2
        if lexicon.articles.contains(tokens[index].lowercased) || ["the", "a", "an"].contains(tokens[index].lowercased) { index += 1 }
        var words = 0
        while index < tokens.count, tokens[index].isWord, words < 3 {
            if tokens[index].isPossessive { return nil }
            if let type = classNoun(at: index, tokens: tokens) { return (type, tokens[index].lowercased) }
            // Only lowercase words (and a demonym) come before the noun: "the U.S. electronics retailer".
            guard !tokens[index].isCapitalised || gazetteer.country(forDemonym: tokens[index].text) != nil
                    || lexicon.language.capitalisesNouns else { return nil }
            index += 1
            words += 1
        }
        return nil
    }

    /// ", governor of the state of Bahia," after a name: a role, when a title word comes first.
    private func apposition(after last: Int, tokens: [Token], in sentence: Sentence) -> Role? {
        let start = last + 2
        guard !tokens[last].isPossessive, start < tokens.count, tokens[last + 1].text == "," else { return nil }
        var end = start
        while end < tokens.count, end - start < 14, tokens[end].isWord, !lexicon.speechVerbs.contains(tokens[end].lowercased) {
            end += 1
        }
        guard end > start else { return nil }
        let openers = Self.appositionOpeners.union(lexicon.articles)
        // ", a hydrologist at Valdmere University,": an article, a few lowercase words, then "at", "of", "for" and a name.
        if lexicon.language.isEnglish, openers.contains(tokens[start].lowercased), end - start >= 3,
           let preposition = (start + 1..<min(end - 1, start + 5)).first(where: { ["at", "of", "for", "with", "from"].contains(tokens[$0].text) }),
           (start + 1..<preposition).allSatisfy({ !tokens[$0].isCapitalised }),
           tokens[preposition + 1].isCapitalised || tokens[preposition + 1].lowercased == "the",
           // A person's noun before the preposition ("hydrologist", "member"), not a thing's ("an internal memo at Acme").
           isPersonNoun(tokens[preposition - 1].lowercased) {
            return Role(title: slice(sentence, tokens[start].start, tokens[end - 1].end), country: nil)
        }
        guard let head = (start..<min(end, start + 3)).first(where: { lexicon.isTitle(tokens[$0].lowercased) }),
              (start..<head).allSatisfy({ openers.contains(tokens[$0].lowercased)
                  || lexicon.titleModifiers.contains(tokens[$0].lowercased) })
        else { return nil }
        // ", Speaker Ana Ruiz and …": a title and a person's first name start the next name of a list, not a role; so does
        // a title in lowercase and a name (", singer-keyboardist Marrow, and …"), where a title in capitals may be
        // followed by its body (", President Kestrel North America,") and a possessive makes a role (", Queen Ana's aide,").
        var afterTitle = head + 1
        while afterTitle < end, lexicon.isTitleWord(tokens[afterTitle].lowercased) { afterTitle += 1 }
        if afterTitle < end, tokens[afterTitle].isCapitalised, isFirstName(tokens[afterTitle]) || !tokens[head].isCapitalised,
           !tokens[afterTitle].isPossessive, !(afterTitle + 1 < tokens.count && tokens[afterTitle + 1].isPossessive) { return nil }
        return Role(title: slice(sentence, tokens[start].start, tokens[end - 1].end), country: nil)
    }

    /// The text of `sentence` between two offsets in Unicode scalars.
    private func slice(_ sentence: Sentence, _ start: Int, _ end: Int) -> String {
        sentenceText?.slice(start, end) ?? sentence.text.scalarSlice(start, end)
    }

    /// A first name of the data, as the token is written.
    private func isFirstName(_ token: Token) -> Bool {
        gazetteer.firstNames.contains(Knowledge.Gazetteer.key(token.text))
    }

    static let appositionOpeners: Set<String> = ["the", "a", "an", "former", "then", "now", "its", "his", "her", "their"]

    /// A noun for a person: a title, a person's class noun, or a word with an ending of the language's nouns for
    /// people ("hydrologist", "resident", "spokesman") that is no class noun of another kind ("manufacturer").
    private func isPersonNoun(_ lower: String) -> Bool {
        if lexicon.isTitle(lower) || lexicon.classNouns[lower] == .person { return true }
        guard lexicon.classNouns[lower] == nil else { return false }
        return lexicon.personSuffixes.contains { lower.count > $0.count + 2 && lower.hasSuffix($0) }
    }

    /// "… Association (EFTA)", "… Treaty, or PTT", "… fisheries accord (NBFA)".
    private func acronymDefinition(after last: Int, tokens: [Token], in sentence: Sentence, nameStart: Int)
        -> (acronym: String, name: String, evidence: [TypeEvidence])? {
        var index = last + 1
        var lowercaseWords: [Int] = []
        while index < tokens.count, lowercaseWords.count < 4, tokens[index].isWord, !tokens[index].isCapitalised {
            lowercaseWords.append(index)
            index += 1
        }
        var acronymIndex: Int?
        if index + 2 < tokens.count, tokens[index].text == "(", tokens[index + 1].isAcronym, tokens[index + 2].text == ")" {
            acronymIndex = index + 1
        } else if lowercaseWords.isEmpty, index + 2 < tokens.count, tokens[index].text == ",",
                  ["or", "o", "ou", "oder"].contains(tokens[index + 1].lowercased), tokens[index + 2].isAcronym {
            acronymIndex = index + 2
        }
        guard let acronymIndex else { return nil }
        let acronym = tokens[acronymIndex].text
        // "MADRID (EFE)", "Paris (AFP)": a dateline's credit, not the name spelled out.
        if let known = gazetteer.organization(named: acronym), known != gazetteer.organization(named: tokens[last].text) { return nil }
        if gazetteer.place(named: slice(sentence, nameStart, tokens[last].end)) != nil
            || gazetteer.place(named: ordinaryCase(slice(sentence, nameStart, tokens[last].end))) != nil { return nil }
        let nameEnd = lowercaseWords.last.map { tokens[$0].end } ?? tokens[last].end
        var evidence: [TypeEvidence] = []
        if let cue = lowercaseWords.last.map({ tokens[$0].lowercased }) {
            if lexicon.agreementCues.contains(cue) {
                evidence.append(TypeEvidence(type: .agreement, weight: 8, clue: .agreementWord))
            } else if lexicon.organizationCues.contains(cue) {
                evidence.append(TypeEvidence(type: .organization, weight: 8, clue: .organizationWord))
            }
        }
        return (acronym, slice(sentence, nameStart, nameEnd), evidence)
    }

    private func text(of words: [Int], tokens: [Token], in sentence: Sentence) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        return slice(sentence, tokens[first].start, tokens[last].end)
    }
}

extension Language {
    var isEnglish: Bool { self == .en }

    /// French and Italian write articles and prepositions elided onto the next word ("l'Élysée", "dell'Ue").
    var elides: Bool { self == .fr || self == .it }
}
