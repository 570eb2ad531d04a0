/// A word or punctuation mark of a sentence, with its place in the sentence's Unicode scalars.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        case punctuation
    }

    var text: String
    var kind: Kind
    /// Scalar offsets in the sentence.
    var start: Int
    var end: Int
    /// "Canada’s": the word is a possessive; `text` holds it without the `’s`.
    var isPossessive = false

    var isWord: Bool { kind == .word }

    /// Starts with a capital letter ("Canada", "U.S.", "G-7", "McDonald").
    var isCapitalised: Bool {
        guard isWord, let first = text.unicodeScalars.first else { return false }
        return SentenceSplitter.isUpper(first)
    }

    /// All capitals, two or more letters ("NATO", "BBC", "U.S.").
    var isAcronym: Bool {
        let letters = text.unicodeScalars.filter { SentenceSplitter.isLetter($0) }
        return letters.count >= 2 && letters.allSatisfy(SentenceSplitter.isUpper)
    }

    /// The word in lowercase, with the plain apostrophe the lexicons write ("i’ve" is "i've").
    var lowercased: String {
        let lower = text.lowercased()
        return lower.unicodeScalars.contains("\u{2019}") ? lower.replacingOccurrences(of: "\u{2019}", with: "'") : lower
    }

    /// "iPod", "eBay", "NovaBook": a lowercase letter, then a capital: a product's name.
    var isCamelCase: Bool {
        guard isWord else { return false }
        let scalars = text.unicodeScalars.prefix(3).map { $0 }
        guard scalars.count >= 3, SentenceSplitter.isLetter(scalars[0]), !SentenceSplitter.isUpper(scalars[0]),
              SentenceSplitter.isUpper(scalars[1]) else { return false }
        return text.unicodeScalars.dropFirst(2).contains { SentenceSplitter.isLetter($0) && !SentenceSplitter.isUpper($0) }
    }

    /// A word that can start a name: capitalised, or a product's camel case.
    var isNameStart: Bool { isCapitalised || isCamelCase }

    /// Digits only.
    var isNumber: Bool { isWord && text.unicodeScalars.allSatisfy(SentenceSplitter.isDigit) }

    /// "K-40", "787", "KC-45", "4", "K-40s": a model or version number (a year is not one).
    var isModelNumber: Bool {
        guard isWord, text.unicodeScalars.count <= 8, text.unicodeScalars.contains(where: SentenceSplitter.isDigit),
              text.unicodeScalars.allSatisfy({ SentenceSplitter.isDigit($0) || SentenceSplitter.isLetter($0) || $0 == "-" })
        else { return false }
        // "7-6", "8-0", "2-1": a score or a range, not a model ("F-16", "737-800").
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.unicodeScalars.allSatisfy(SentenceSplitter.isDigit) }) {
            return false
        }
        return !isNumber || text.unicodeScalars.count <= 3
    }
}

/// Cuts a sentence into tokens. Hyphens, en dashes, apostrophes and the dots of abbreviations
/// ("U.S.", initials) inside a word keep the word whole.
enum Tokenizer {
    static let joiners: Set<Unicode.Scalar> = ["-", "\u{2013}", "'", "\u{2019}", ".", "&"]

    /// The articles and prepositions French and Italian elide onto the next word ("l'", "dell'").
    static let elidedPrefixes: Set<String> = ["l", "d", "qu", "j", "s", "n", "c", "m", "t", "dell", "dall", "nell", "sull", "all",
                                              "coll", "un", "quell", "dov", "lorsqu", "jusqu", "puisqu"]

    static func tokens(_ sentence: String, elisions: Bool = false) -> [Token] {
        let plain = plainTokens(sentence)
        guard elisions else { return plain }
        var result: [Token] = []
        result.reserveCapacity(plain.count)
        for token in plain {
            // "l'Élysée" → "l'" and "Élysée", so that the name starts with its capital.
            guard token.isWord, let apostrophe = token.text.unicodeScalars.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else {
                result.append(token)
                continue
            }
            let scalars = token.text.unicodeScalars
            let prefix = String(String.UnicodeScalarView(scalars[..<apostrophe]))
            let restStart = scalars.index(after: apostrophe)
            guard restStart < scalars.endIndex, elidedPrefixes.contains(prefix.lowercased()),
                  SentenceSplitter.isUpper(scalars[restStart]) else {
                result.append(token)
                continue
            }
            let cut = prefix.unicodeScalars.count + 1
            // (Written with the plain apostrophe, as the lexicons write it: "l’Amérique" is "l'" and "Amérique".)
            result.append(Token(text: prefix + "'", kind: .word, start: token.start, end: token.start + cut))
            var rest = token
            rest.text = String(String.UnicodeScalarView(scalars[restStart...]))
            rest.start = token.start + cut
            result.append(rest)
        }
        return result
    }

    private static func plainTokens(_ sentence: String) -> [Token] {
        let scalars = Array(sentence.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            SentenceSplitter.isLetter(s) || SentenceSplitter.isDigit(s) || s.properties.generalCategory == .nonspacingMark
        }
        while i < scalars.count {
            let s = scalars[i]
            if SentenceSplitter.isSpace(s) {
                i += 1
                continue
            }
            guard isWordScalar(s) else {
                tokens.append(Token(text: String(s), kind: .punctuation, start: i, end: i + 1))
                i += 1
                continue
            }
            var j = i + 1
            while j < scalars.count {
                if isWordScalar(scalars[j]) {
                    j += 1
                } else if joiners.contains(scalars[j]), j + 1 < scalars.count, isWordScalar(scalars[j + 1]) {
                    j += 2
                } else if scalars[j] == ".", j + 2 < scalars.count, scalars[j + 1] == "-" || scalars[j + 1] == "\u{2013}",
                          isWordScalar(scalars[j + 2]) {
                    j += 3  // "U.S.-Mexico"
                } else {
                    break
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[i..<j])
            var text = String(view)
            // The final dot of "U.S." and of an initial ("K.") belongs to the word.
            if j < scalars.count, scalars[j] == ".", isDottedAbbreviation(text) || Self.dottedHonorifics.contains(text.lowercased() + ".") {
                text += "."
                j += 1
            }
            // `end` stays at the end of the name: a possessive's `’s` is not part of it.
            var token = Token(text: text, kind: .word, start: i, end: j)
            for suffix in ["\u{2019}s", "'s"] where text.count > suffix.count + 1 && text.hasSuffix(suffix) {
                token.text = String(text.dropLast(2))
                token.isPossessive = true
                token.end = j - 2
            }
            if !token.isPossessive, text.count > 1, j < scalars.count, scalars[j] == "\u{2019}" || scalars[j] == "'",
               text.hasSuffix("s"), j + 1 == scalars.count || !isWordScalar(scalars[j + 1]) {
                // Plural possessive: "the leaders’ meeting".
                token.isPossessive = true
                j += 1
            }
            tokens.append(token)
            i = j
        }
        return tokens
    }

    /// The honorifics of every language that are written with a dot ("Mr.", "Sra.", "Mme.").
    static let dottedHonorifics: Set<String> = Set(Knowledge.builtIn.lexicons.values.flatMap { $0.honorifics.filter { $0.hasSuffix(".") } })

    /// "U.S", "U.N", "K" (an initial): letters separated by dots, each one or two letters long.
    static func isDottedAbbreviation(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 1 { return text.count == 1 && text.unicodeScalars.allSatisfy(SentenceSplitter.isUpper) }
        return parts.allSatisfy { $0.count >= 1 && $0.count <= 2 && $0.unicodeScalars.allSatisfy(SentenceSplitter.isLetter) }
    }
}
