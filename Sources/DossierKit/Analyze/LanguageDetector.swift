/// Tells the language of a text from its function words: each word that is a stop word of
/// some languages counts for each of them, more the fewer languages share it, and a common word
/// of one language only counts for that one. Short or mixed texts that give no clear winner
/// get no language (the caller falls back to the dossier's).
struct LanguageDetector {
    let lexicons: [Lexicon]

    init(knowledge: Knowledge.Base) {
        lexicons = Language.allCases.map(knowledge.lexicon)
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
        var scores = [Double](repeating: 0, count: lexicons.count)
        var words = 0
        outer: for sentence in sentences {
            for token in Tokenizer.tokens(sentence) where token.isWord {
                words += 1
                if words > Self.wordLimit { break outer }
                let lower = token.lowercased
                var sharing = 0
                for lexicon in lexicons where lexicon.stop.contains(lower) { sharing += 1 }
                for (index, lexicon) in lexicons.enumerated() {
                    if sharing > 0, lexicon.stop.contains(lower) { scores[index] += 1 / Double(sharing) }
                    if lexicon.common[lower] != nil { scores[index] += 0.5 }
                }
            }
        }
        let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        guard let best = ranked.first, scores[best] >= 3 else { return nil }
        let second = ranked.count > 1 ? scores[ranked[1]] : 0
        let margin = second > 0 ? scores[best] / second : .infinity
        guard margin >= 1.2 else { return nil }
        return Result(language: lexicons[best].language, margin: margin, score: scores[best])
    }
}
