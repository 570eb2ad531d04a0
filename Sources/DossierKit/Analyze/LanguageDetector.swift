/// Tells the language of a text from its function words: each word that is a stop word of
/// some languages counts for each of them, more the fewer languages share it, and a common word
/// of one language only counts for that one. Short or mixed texts that give no clear winner
/// get no language (the caller falls back to the dossier's).
struct LanguageDetector {
    /// The languages, in `Language.allCases` order, and for each word that is a stop word or a common word of
    /// some of them, which: bit `i` of `stop` and of `common` stands for `languages[i]` (one lookup a word).
    let languages: [Language]
    let words: [String: (stop: UInt32, common: UInt32)]

    init(knowledge: Knowledge.Base) {
        let lexicons = Language.allCases.map(knowledge.lexicon)
        languages = lexicons.map(\.language)
        var words: [String: (stop: UInt32, common: UInt32)] = [:]
        for (index, lexicon) in lexicons.enumerated() {
            for word in lexicon.stop { words[word, default: (0, 0)].stop |= 1 << UInt32(index) }
            for word in lexicon.common.keys { words[word, default: (0, 0)].common |= 1 << UInt32(index) }
        }
        self.words = words
    }

    struct Result: Sendable, Hashable {
        var language: Language
        /// The winner's score over the runner-up's (≥ 1).
        var margin: Double
        var score: Double
    }

    /// At most this many words are read: enough for any article, cheap for a long one.
    static let wordLimit = 2_000

    func detect(_ sentences: [String]) -> Result? {
        detect(tokens: sentences.map { Tokenizer.tokens($0) })
    }

    /// The same, from each sentence's tokens (`Tokenizer.tokens` without elisions).
    func detect(tokens sentences: [[Token]]) -> Result? {
        var scores = [Double](repeating: 0, count: languages.count)
        var words = 0
        outer: for sentence in sentences {
            for token in sentence where token.isWord {
                words += 1
                if words > Self.wordLimit { break outer }
                guard let entry = self.words[token.lowercased] else { continue }
                let sharing = entry.stop.nonzeroBitCount
                for index in languages.indices {
                    if entry.stop & (1 << UInt32(index)) != 0 { scores[index] += 1 / Double(sharing) }
                    if entry.common & (1 << UInt32(index)) != 0 { scores[index] += 0.5 }
                }
            }
        }
        let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        guard let best = ranked.first, scores[best] >= 3 else { return nil }
        let second = ranked.count > 1 ? scores[ranked[1]] : 0
        let margin = second > 0 ? scores[best] / second : .infinity
        guard margin >= 1.2 else { return nil }
        return Result(language: languages[best], margin: margin, score: scores[best])
    }
}
