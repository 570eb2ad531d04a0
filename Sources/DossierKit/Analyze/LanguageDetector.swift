/// Tells the language of a text from its function words: each word that is a stop word of
/// some languages counts for each of them, more the fewer languages share it, and a common word
/// of one language only counts for that one. Short or mixed texts that give no clear winner
/// get no language (the caller falls back to the dossier's).
struct LanguageDetector {
    /// Each language's stop words and common words, in `Language.allCases` order (the sets alone, not the
    /// lexicons: a lexicon copied per word costs a retain for each of its tables).
    let languages: [Language]
    let stops: [Set<String>]
    let commons: [[String: Double]]

    init(knowledge: Knowledge.Base) {
        let lexicons = Language.allCases.map(knowledge.lexicon)
        languages = lexicons.map(\.language)
        stops = lexicons.map(\.stop)
        commons = lexicons.map(\.common)
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
        var scores = [Double](repeating: 0, count: languages.count)
        var words = 0
        outer: for sentence in sentences {
            for token in Tokenizer.tokens(sentence) where token.isWord {
                words += 1
                if words > Self.wordLimit { break outer }
                let lower = token.lowercased
                var sharing = 0
                for stop in stops where stop.contains(lower) { sharing += 1 }
                for index in languages.indices {
                    if sharing > 0, stops[index].contains(lower) { scores[index] += 1 / Double(sharing) }
                    if commons[index][lower] != nil { scores[index] += 0.5 }
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
