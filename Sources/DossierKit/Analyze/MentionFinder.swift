/// Finds the names in one sentence by general rules of English:
/// runs of capitalised words (with the connectors names use: "Gulf of Mexico", "van der"),
/// split where "and" joins two names; titles and demonyms before a name become its role
/// ("Brazilian President Ana Costa"); months, weekdays, demonyms, titles alone and
/// common words that are capitalised only because they start the sentence are not names.
/// Each mention carries the evidence for its type, which resolution weighs over the corpus.
struct MentionFinder {
    let gazetteer = Knowledge.gazetteer

    struct Result {
        var mentions: [Mention] = []
        var acronyms: [AcronymDefinition] = []
    }

    func find(in sentence: Sentence) -> Result {
        let tokens = Tokenizer.tokens(sentence.text)
        let initial = Self.sentenceInitialIndices(tokens)
        var result = Result()
        var index = 0
        var previousSequenceEnd = -2
        var previousPossessiveCountry: String?
        while index < tokens.count {
            guard tokens[index].isCapitalised else {
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
        return result
    }

    // MARK: Runs of capitalised words

    /// Indices of a run of capitalised words, with connectors between them; a possessive ends it.
    private func capitalisedRun(_ tokens: [Token], from start: Int) -> [Int] {
        var run = [start]
        var last = start
        while true {
            let next = last + 1
            // A possessive ends a name, unless an institution's word follows ("the Irrigators' Association").
            if tokens[last].isPossessive {
                guard next < tokens.count, tokens[next].isCapitalised, Knowledge.organizationCues.contains(tokens[next].lowercased)
                else { break }
            }
            if next < tokens.count, tokens[next].isCapitalised {
                run.append(next)
                last = next
                continue
            }
            // Up to two lowercase connectors ("of", "of the", "de la") or "&", then a capitalised word.
            var probe = next
            var connectors: [Int] = []
            // "for" joins only after an institution's word ("Office for National Statistics").
            let institution = Knowledge.organizationCues.contains(tokens[last].lowercased)
            while probe < tokens.count, connectors.count < 2,
                  (tokens[probe].isWord && !tokens[probe].isCapitalised
                    && (Knowledge.nameConnectors.contains(tokens[probe].text) || (institution && tokens[probe].text == "for")))
                    || tokens[probe].text == "&" {
                connectors.append(probe)
                probe += 1
            }
            guard !connectors.isEmpty, probe < tokens.count, tokens[probe].isCapitalised else { break }
            run += connectors + [probe]
            last = probe
        }
        return run
    }

    // MARK: From a run to mentions

    private func process(_ run: [Int], tokens: [Token], initial initialIndex: Set<Int>, sentence: Sentence,
                         possessiveCountry: String?, into result: inout Result) {
        var words = run
        // A common word capitalised because it starts the sentence is not part of a name ("While Kenya…").
        while let first = words.first, initialIndex.contains(first),
              Knowledge.commonWords.contains(tokens[first].lowercased) || isCalendarWord(tokens[first]) {
            words.removeFirst()
            while let next = words.first, !tokens[next].isCapitalised { words.removeFirst() }
        }
        // Leading months and weekdays ("Thursday Costa…" does not happen, but "September Ministers" might).
        while let first = words.first, isCalendarWord(tokens[first]) {
            words.removeFirst()
            while let next = words.first, !tokens[next].isCapitalised { words.removeFirst() }
        }
        guard !words.isEmpty else { return }

        let fullText = text(of: words, tokens: tokens, in: sentence)
        // A known place, or a name whose first or last word marks its kind, is taken whole;
        // "and" joins two names unless the first word marks an institution ("Ministry of Finance and Trade").
        // "Amelia Strand of the National Renewal party": a name, "of", and an institution are two names.
        if gazetteer.place(named: stripThe(fullText)) == nil, let split = ofSplit(words, tokens: tokens) {
            process(Array(words[..<split.before]), tokens: tokens, initial: initialIndex, sentence: sentence,
                    possessiveCountry: possessiveCountry, into: &result)
            process(Array(words[split.after...]), tokens: tokens, initial: initialIndex, sentence: sentence,
                    possessiveCountry: nil, into: &result)
            return
        }
        let andIndex = words.firstIndex { tokens[$0].text == "and" }
        let firstIsCue = words.first.map { Knowledge.organizationCues.contains(tokens[$0].lowercased)
            || Knowledge.agreementCues.contains(tokens[$0].lowercased) } ?? false
        let lastIsCue = words.last.map { Knowledge.organizationCues.contains(tokens[$0].lowercased)
            || Knowledge.agreementCues.contains(tokens[$0].lowercased) } ?? false
        // Before "and": a known place ("Oslo and Mexico City") or a name of its own kind ("Aldara Pharma and
        // Bexmont Therapeutics") means two names.
        let beforeAndIsName = andIndex.map { index in
            gazetteer.place(named: text(of: Array(words[..<index]), tokens: tokens, in: sentence)) != nil
                || (index > 1 && Knowledge.organizationCues.contains(tokens[words[index - 1]].lowercased))
        } ?? false
        let takeWhole = andIndex == nil || firstIsCue || (lastIsCue && !beforeAndIsName)
        if gazetteer.place(named: stripThe(fullText)) != nil || (hasKindCue(words, tokens: tokens) && takeWhole) {
            emit(words, tokens: tokens, sentence: sentence, roles: [], honorific: false, initial: initialIndex, into: &result)
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
            }
            // A demonym alone before a name that is not a title is dropped ("Mexican drug cartels" has none).
            while let first = nameWords.first, gazetteer.country(forDemonym: tokens[first].text) != nil, nameWords.count > 1,
                  !hasKindCue(nameWords, tokens: tokens) {
                nameWords.removeFirst()
            }
            guard !nameWords.isEmpty else { continue }
            emit(nameWords, tokens: tokens, sentence: sentence, roles: roles, honorific: segment.honorific,
                 initial: initialIndex, into: &result)
        }
    }

    /// Where to split "<name> of [the] <institution>" into two names: when the words before "of" have no
    /// word of a kind ("Gulf of Mexico", "University of Toronto" stay whole) and the words after it name
    /// an institution or a place.
    private func ofSplit(_ words: [Int], tokens: [Token]) -> (before: Int, after: Int)? {
        guard let of = words.firstIndex(where: { tokens[$0].text == "of" }), of > 0 else { return nil }
        let head = Array(words[..<of])
        var after = of + 1
        while after < words.count, !tokens[words[after]].isCapitalised { after += 1 }
        guard after < words.count else { return nil }
        let tail = Array(words[after...])
        let headHasCue = head.contains { word in
            let lower = tokens[word].lowercased
            return Knowledge.organizationCues.contains(lower) || Knowledge.placeCues.contains(lower)
                || Knowledge.agreementCues.contains(lower) || Knowledge.eventCues.contains(lower)
                || Knowledge.titleHeads.contains(lower) || Knowledge.titleModifiers.contains(lower)
        }
        guard !headHasCue else { return nil }
        let lastTail = tokens[tail[tail.count - 1]]
        let followedByCue = tail[tail.count - 1] + 1 < tokens.count
            && Knowledge.organizationCues.contains(tokens[tail[tail.count - 1] + 1].lowercased)
        guard hasKindCue(tail, tokens: tokens) || followedByCue || gazetteer.place(named: lastTail.text) != nil else { return nil }
        return (of, after)
    }

    struct Segment {
        var country: String?
        var honorific = false
        var title: [Int]?
        var name: [Int] = []
    }

    /// Splits a run into [country or demonym] [honorific] [title] name, repeated after "and":
    /// "Trade Minister Ana Ruiz and Finance and Economy Minister Tomás Vidal".
    private func segments(_ words: [Int], tokens: [Token]) -> [Segment] {
        var segments: [Segment] = []
        var position = 0
        while position < words.count {
            var segment = Segment()
            // Skip a leading "The".
            if tokens[words[position]].lowercased == "the", position + 1 < words.count { position += 1 }
            // A demonym or country before a title: "Canadian Prime Minister", "U.S. President".
            if let country = countryPrefix(words, from: position, tokens: tokens),
               titleEnd(words, from: position + country.length, tokens: tokens) != nil {
                segment.country = country.name
                position += country.length
            }
            if position < words.count, Knowledge.honorifics.contains(tokens[words[position]].lowercased) {
                segment.honorific = true
                position += 1
            }
            if let end = titleEnd(words, from: position, tokens: tokens) {
                segment.title = Array(words[position...end])
                position = end + 1
            }
            // The name runs to the next "and" or "&".
            while position < words.count {
                let token = tokens[words[position]]
                if token.text == "and" { break }
                segment.name.append(words[position])
                position += 1
            }
            // Trailing connectors are not part of a name.
            while let last = segment.name.last, !tokens[last].isCapitalised { segment.name.removeLast() }
            segments.append(segment)
            position += 1  // past "and"
        }
        return segments
    }

    /// The index (in `words`) of the last word of a title phrase starting at `from`, when a name follows it.
    private func titleEnd(_ words: [Int], from: Int, tokens: [Token]) -> Int? {
        var position = from
        var lastHead: Int?
        while position < words.count {
            let word = tokens[words[position]].lowercased
            if Knowledge.titleHeads.contains(word) {
                lastHead = position
            } else if Knowledge.titleModifiers.contains(word) {
                // part of the title if a head follows
            } else if (word == "and" || word == "of"), position + 1 < words.count,
                      Knowledge.titleModifiers.contains(tokens[words[position + 1]].lowercased)
                        || Knowledge.titleHeads.contains(tokens[words[position + 1]].lowercased) {
                // "Finance and Revenue Minister"
            } else {
                break
            }
            position += 1
        }
        guard let head = lastHead, head + 1 < words.count, tokens[words[head + 1]].isCapitalised else { return nil }
        return head
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
        for index in [first, last] {
            let word = tokens[index].lowercased
            if Knowledge.organizationCues.contains(word) || Knowledge.agreementCues.contains(word)
                || Knowledge.eventCues.contains(word) || Knowledge.placeCues.contains(word) {
                return true
            }
        }
        return false
    }

    private func isCalendarWord(_ token: Token) -> Bool {
        Knowledge.months.contains(token.lowercased) || Knowledge.weekdays.contains(token.lowercased)
    }

    private func stripThe(_ text: String) -> String {
        text.hasPrefix("The ") ? String(text.dropFirst(4)) : text
    }

    /// The token indices that start the sentence or a quotation in it.
    static func sentenceInitialIndices(_ tokens: [Token]) -> Set<Int> {
        var result: Set<Int> = []
        var expectStart = true
        for (index, token) in tokens.enumerated() {
            if token.isWord {
                if expectStart { result.insert(index) }
                expectStart = false
            } else if ["\u{201C}", "\"", "(", "[", "*", "_", ":", "\u{2014}", "\u{2018}"].contains(token.text) {
                expectStart = expectStart || token.text == "\u{201C}" || token.text == "\"" || token.text == ":"
            }
        }
        return result
    }

    // MARK: Emitting a mention

    private func emit(_ nameWords: [Int], tokens: [Token], sentence: Sentence, roles: [Role], honorific: Bool,
                      initial: Set<Int>, into result: inout Result) {
        var words = nameWords
        if tokens[words[0]].lowercased == "the", words.count > 1 { words.removeFirst() }
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
        if words.count == 1, let hyphen = name.lastIndex(of: "-"),
           Self.adjectiveSuffixes.contains(name[name.index(after: hyphen)...].lowercased()) {
            let suffixLength = name.unicodeScalars.count - name[..<hyphen].unicodeScalars.count
            name = String(name[..<hyphen])
            nameEnd -= suffixLength
        }
        let lower = name.lowercased()
        let isInitial = initial.contains(firstIndex)
        if words.count == 1 {
            let token = tokens[firstIndex]
            if isCalendarWord(token) || Knowledge.titleHeads.contains(lower) || Knowledge.titleModifiers.contains(lower) && isInitial
                || Knowledge.honorifics.contains(lower) || gazetteer.country(forDemonym: name) != nil
                || (isInitial && Knowledge.commonWords.contains(lower)) || name == "I" || name.count < 2 {
                return
            }
        } else if gazetteer.country(forDemonym: name) != nil || words.allSatisfy({ Knowledge.titleHeads.contains(tokens[$0].lowercased) || Knowledge.titleModifiers.contains(tokens[$0].lowercased) }) {
            return
        }

        var evidence: [TypeEvidence] = []
        var allRoles = roles
        if !roles.isEmpty { evidence.append(TypeEvidence(type: .person, weight: 9, reason: "title")) }
        if honorific { evidence.append(TypeEvidence(type: .person, weight: 9, reason: "honorific")) }
        evidence += shapeEvidence(words, tokens: tokens, name: name)
        evidence += contextEvidence(before: firstIndex, after: lastIndex, tokens: tokens)
        if let role = apposition(after: lastIndex, tokens: tokens, in: sentence) {
            allRoles.append(role)
            evidence.append(TypeEvidence(type: .person, weight: 7, reason: "apposition"))
        }
        var acronym: String?
        if let definition = acronymDefinition(after: lastIndex, tokens: tokens, in: sentence, nameStart: tokens[firstIndex].start) {
            acronym = definition.acronym
            result.acronyms.append(AcronymDefinition(acronym: definition.acronym, name: definition.name, sentence: sentence.ordinal))
            evidence += definition.evidence
        }
        result.mentions.append(Mention(text: name, sentence: sentence.ordinal, start: tokens[firstIndex].start,
                                       end: nameEnd, evidence: evidence, isSentenceInitial: isInitial,
                                       roles: allRoles, acronym: acronym))
    }

    static let adjectiveSuffixes: Set<String> = ["based", "born", "led", "backed", "owned", "run", "made", "bound", "style", "era", "headquartered"]

    static let namedEventWords: Set<String> = ["summit", "conference", "election", "elections", "referendum", "games", "olympics"]

    /// Evidence from the name itself: the gazetteer, cue words, acronyms.
    private func shapeEvidence(_ words: [Int], tokens: [Token], name: String) -> [TypeEvidence] {
        var evidence: [TypeEvidence] = []
        if let place = gazetteer.place(named: name) {
            evidence.append(TypeEvidence(type: .place, weight: 10, reason: "gazetteer: \(place.kind.rawValue)"))
        }
        if Knowledge.organizations[Knowledge.Gazetteer.fold(name)] != nil {
            evidence.append(TypeEvidence(type: .organization, weight: 10, reason: "international organisation"))
        }
        if Knowledge.landmarks.contains(name) {
            evidence.append(TypeEvidence(type: .place, weight: 8, reason: "landmark"))
        }
        let last = tokens[words[words.count - 1]].lowercased
        let first = tokens[words[0]].lowercased
        if words.count > 1 {
            if Knowledge.agreementCues.contains(last) {
                evidence.append(TypeEvidence(type: .agreement, weight: 8, reason: "agreement word"))
            } else if Knowledge.eventCues.contains(last) {
                evidence.append(TypeEvidence(type: .event, weight: 8, reason: "event word"))
            } else if Knowledge.organizationCues.contains(last) || Knowledge.organizationCues.contains(first) {
                evidence.append(TypeEvidence(type: .organization, weight: 8, reason: "organisation word"))
            } else if Knowledge.placeCues.contains(last) || Knowledge.placeCues.contains(first) {
                evidence.append(TypeEvidence(type: .place, weight: 6, reason: "place word"))
            } else if words.contains(where: { Knowledge.organizationCues.contains(tokens[$0].lowercased) }) {
                evidence.append(TypeEvidence(type: .organization, weight: 6, reason: "organisation word"))
            }
            if words.contains(where: { tokens[$0].text == "&" }) {
                evidence.append(TypeEvidence(type: .organization, weight: 6, reason: "ampersand"))
            }
        }
        if words.count == 1, tokens[words[0]].isAcronym, gazetteer.place(named: name) == nil,
           Knowledge.organizations[Knowledge.Gazetteer.fold(name)] == nil {
            evidence.append(TypeEvidence(type: .organization, weight: 3, reason: "acronym"))
        }
        return evidence
    }

    /// Evidence from the words around the name: speech verbs, prepositions of place.
    private func contextEvidence(before first: Int, after last: Int, tokens: [Token]) -> [TypeEvidence] {
        var evidence: [TypeEvidence] = []
        var next = last + 1
        if tokens[last].isPossessive == false, next < tokens.count, tokens[next].isWord {
            let word = tokens[next].lowercased
            if Knowledge.speechVerbs.contains(word) {
                evidence.append(TypeEvidence(type: .person, weight: 4, reason: "speech verb"))
            } else if Knowledge.reportVerbs.contains(word) {
                evidence.append(TypeEvidence(type: .organization, weight: 3, reason: "report verb"))
            }
        }
        // "the National Renewal party": a lowercase institution word after the name.
        if !tokens[last].isPossessive, next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalised,
           Knowledge.organizationCues.contains(tokens[next].lowercased) {
            evidence.append(TypeEvidence(type: .organization, weight: 5, reason: "organisation word after"))
        }
        // "…, who chairs", "…, said": a person.
        if next + 1 < tokens.count, tokens[next].text == "," {
            if tokens[next + 1].lowercased == "who" {
                evidence.append(TypeEvidence(type: .person, weight: 6, reason: "who"))
            } else if Knowledge.speechVerbs.contains(tokens[next + 1].lowercased) {
                evidence.append(TypeEvidence(type: .person, weight: 3, reason: "speech verb"))
            }
        }
        // "the city's water director, Paul O. Nwosu": a title just before the name.
        if first >= 2, tokens[first - 1].text == ",", Knowledge.titleHeads.contains(tokens[first - 2].lowercased) {
            evidence.append(TypeEvidence(type: .person, weight: 6, reason: "title before"))
        }
        // "Lillehammer, Norway": a name followed by a known region or country is a place.
        if next < tokens.count, tokens[next].text == "," {
            next += 1
            if next < tokens.count, let place = gazetteer.place(named: tokens[next].text), place.kind != .city {
                evidence.append(TypeEvidence(type: .place, weight: 6, reason: "followed by \(place.name)"))
            }
        }
        // ", said Costa" / "“…,” said Costa".
        if first >= 1, tokens[first - 1].isWord, Knowledge.speechVerbs.contains(tokens[first - 1].lowercased),
           first >= 2, !tokens[first - 2].isWord {
            evidence.append(TypeEvidence(type: .person, weight: 4, reason: "speech verb"))
        }
        if first >= 1, tokens[first - 1].isWord, ["in", "to", "from", "at", "near", "across", "throughout", "outside", "inside", "visited", "visit"].contains(tokens[first - 1].lowercased) {
            evidence.append(TypeEvidence(type: .place, weight: 2, reason: "preposition of place"))
        }
        if first >= 2, tokens[first - 1].lowercased == "to", tokens[first - 2].lowercased == "according" {
            evidence.append(TypeEvidence(type: .organization, weight: 2, reason: "according to"))
        }
        return evidence
    }

    /// ", governor of the state of Bahia," after a name: a role, when a title word comes first.
    private func apposition(after last: Int, tokens: [Token], in sentence: Sentence) -> Role? {
        let start = last + 2
        guard !tokens[last].isPossessive, start < tokens.count, tokens[last + 1].text == "," else { return nil }
        var end = start
        while end < tokens.count, end - start < 14, tokens[end].isWord, !Knowledge.speechVerbs.contains(tokens[end].lowercased) {
            end += 1
        }
        guard end > start else { return nil }
        // ", a hydrologist at Valdmere University,": an article, a few lowercase words, then "at", "of", "for" and a name.
        if Self.appositionOpeners.contains(tokens[start].lowercased), end - start >= 3,
           let preposition = (start + 1..<min(end - 1, start + 5)).first(where: { ["at", "of", "for", "with", "from"].contains(tokens[$0].text) }),
           (start + 1..<preposition).allSatisfy({ !tokens[$0].isCapitalised }),
           tokens[preposition + 1].isCapitalised || tokens[preposition + 1].lowercased == "the" {
            return Role(title: sentence.text.scalarSlice(tokens[start].start, tokens[end - 1].end), country: nil)
        }
        guard let head = (start..<min(end, start + 3)).first(where: { Knowledge.titleHeads.contains(tokens[$0].lowercased) }),
              (start..<head).allSatisfy({ Self.appositionOpeners.contains(tokens[$0].lowercased)
                  || Knowledge.titleModifiers.contains(tokens[$0].lowercased) })
        else { return nil }
        return Role(title: sentence.text.scalarSlice(tokens[start].start, tokens[end - 1].end), country: nil)
    }

    static let appositionOpeners: Set<String> = ["the", "a", "an", "former", "then", "now", "its", "his", "her", "their"]

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
        } else if lowercaseWords.isEmpty, index + 2 < tokens.count, tokens[index].text == ",", tokens[index + 1].lowercased == "or",
                  tokens[index + 2].isAcronym {
            acronymIndex = index + 2
        }
        guard let acronymIndex else { return nil }
        let acronym = tokens[acronymIndex].text
        let nameEnd = lowercaseWords.last.map { tokens[$0].end } ?? tokens[last].end
        var evidence: [TypeEvidence] = []
        if let cue = lowercaseWords.last.map({ tokens[$0].lowercased }) {
            if Knowledge.agreementCues.contains(cue) {
                evidence.append(TypeEvidence(type: .agreement, weight: 8, reason: "agreement word"))
            } else if Knowledge.organizationCues.contains(cue) {
                evidence.append(TypeEvidence(type: .organization, weight: 8, reason: "organisation word"))
            }
        }
        return (acronym, sentence.text.scalarSlice(nameStart, nameEnd), evidence)
    }

    private func text(of words: [Int], tokens: [Token], in sentence: Sentence) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        return sentence.text.scalarSlice(tokens[first].start, tokens[last].end)
    }

}
