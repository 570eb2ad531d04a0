/// Splits a paragraph into sentences with general rules of English punctuation:
/// a sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// when the next word starts a new sentence. Abbreviations, initials, decimal numbers,
/// dotted acronyms inside names ("the U.S. Steel Corporation") and text inside
/// brackets or parentheses do not end a sentence.
///
/// It works on Unicode scalars (all the marks it looks at are single scalars), which keeps
/// it fast on large corpora.
public enum SentenceSplitter {
    /// Abbreviations written in lowercase or capitalised ("Dr.", "approx.", "e.g."), compared lowercased.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "gov", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "st", "jr", "sr", "inc", "ltd", "corp", "bros", "vs", "etc", "e.g", "i.e", "cf", "pp", "approx",
        "dept", "univ", "assn", "mt", "ft", "ave", "blvd", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mon", "tue", "tues", "thu", "thur", "thurs", "fri", "pres", "hon",
        "atty", "supt", "insp", "messrs", "mme", "mlle", "sra", "a.m", "p.m", "ph.d", "u.s.a",
    ]

    /// Abbreviations that are also ordinary words ("sun", "no", "sat"): abbreviations only when
    /// written with a capital ("Sun.", "Gen.").
    static let capitalisedAbbreviations: Set<String> = [
        "Sun", "Sat", "Wed", "Mar", "Gen", "Col", "Co", "Sec", "Rep", "Rev", "Det", "Est",
    ]

    /// Abbreviations that stand before a number ("No. 7", "Vol. 2", "Fig. 3").
    static let numberAbbreviations: Set<String> = ["no", "nos", "vol", "fig", "art", "ch", "sec", "p"]

    /// Words that begin sentences; after a dotted acronym ("the U.S. The talks…") they show a real end.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "but", "and", "or", "so", "yet",
        "in", "on", "at", "this", "that", "these", "those", "there", "his", "her", "their", "our", "my", "as",
        "after", "before", "while", "when", "if", "since", "both", "some", "many", "most", "officials", "still",
    ]

    static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "*", "_"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "*", "_", "¿", "¡"]
    static let terminals: Set<Unicode.Scalar> = [".", "!", "?", "…"]

    /// A sentence and where it starts in the paragraph, in Unicode scalars.
    public struct Span: Sendable, Equatable {
        public var text: String
        public var offset: Int
    }

    public static func split(_ text: String) -> [String] {
        spans(text).map(\.text)
    }

    public static func spans(_ text: String) -> [Span] {
        let view = text.unicodeScalars
        let scalars = Array(view)
        // Indices into the string, so that sentences are sliced out without rebuilding them scalar by scalar.
        var indices = Array(view.indices)
        indices.append(view.endIndex)
        var result: [Span] = []
        var start = 0
        var depth = 0  // inside () or []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: break
            }
            guard depth == 0, terminals.contains(c) else {
                i += 1
                continue
            }
            // Take any further terminal marks and closing quotes or brackets.
            var end = i + 1
            while end < scalars.count, terminals.contains(scalars[end]) { end += 1 }
            while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
            // A sentence end needs white space after it (or the end of the text).
            guard end == scalars.count || isSpace(scalars[end]) else {
                i = end
                continue
            }
            var next = end
            while next < scalars.count, isSpace(scalars[next]) { next += 1 }
            if next < scalars.count, !startsSentence(scalars, at: next) {
                i = end
                continue
            }
            let singleDot = c == "." && (i + 1 >= scalars.count || scalars[i + 1] != ".")
            if singleDot, !endsSentenceAfterDot(scalars, dotAt: i, next: next) {
                i = end
                continue
            }
            append(start, end)
            start = next
            i = next
        }
        if start < scalars.count { append(start, scalars.count) }
        return result

        func append(_ start: Int, _ end: Int) {
            var from = start
            var to = end
            while from < to, isSpace(scalars[from]) { from += 1 }
            while to > from, isSpace(scalars[to - 1]) { to -= 1 }
            guard from < to else { return }
            result.append(Span(text: String(view[indices[from]..<indices[to]]), offset: from))
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" }
        return scalar.properties.isWhitespace
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 }
        return scalar.properties.isUppercase
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 97 && (scalar.value | 0x20) <= 122 }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    /// The next sentence must begin with a capital, a digit, or an opening quote or bracket.
    private static func startsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var i = index
        while i < scalars.count, openers.contains(scalars[i]) { i += 1 }
        guard i < scalars.count else { return true }
        return isUpper(scalars[i]) || isDigit(scalars[i]) || (i > index && isLetter(scalars[i]))
    }

    /// Decides whether the dot at `dotAt` ends the sentence, from the word before it.
    /// Months' names in every language dossier reads (CLDR's, from the knowledge data).
    static let monthNames: Set<String> = Set(Knowledge.builtIn.lexicons.values.flatMap { $0.months.keys })

    private static func endsSentenceAfterDot(_ scalars: [Unicode.Scalar], dotAt: Int, next: Int) -> Bool {
        var wordStart = dotAt
        while wordStart > 0, !isSpace(scalars[wordStart - 1]),
              !openers.contains(scalars[wordStart - 1]) || scalars[wordStart - 1] == "'" {
            wordStart -= 1
        }
        var bareStart = wordStart
        while bareStart < dotAt, openers.contains(scalars[bareStart]) { bareStart += 1 }
        guard bareStart < dotAt else { return true }
        guard dotAt - bareStart <= 12 else { return true }  // no abbreviation is this long
        var bareScalars = String.UnicodeScalarView()
        bareScalars.append(contentsOf: scalars[bareStart..<dotAt])
        let bare = String(bareScalars)
        let lower = bare.lowercased()
        if abbreviations.contains(lower) { return false }
        if capitalisedAbbreviations.contains(bare) { return false }
        if numberAbbreviations.contains(lower), next < scalars.count, isDigit(scalars[next]) { return false }
        // An ordinal before a month's name ("am 18. Juni 2025"): the date goes on.
        if bare.unicodeScalars.count <= 2, bare.unicodeScalars.allSatisfy(isDigit) {
            var word = String.UnicodeScalarView()
            var j = next
            while j < scalars.count, isLetter(scalars[j]) {
                word.append(scalars[j])
                j += 1
            }
            if monthNames.contains(String(word).lowercased()) { return false }
        }
        // A single capital letter is an initial ("J. Smith").
        if bare.unicodeScalars.count == 1, let first = bare.unicodeScalars.first, isUpper(first) { return false }
        // Dotted acronyms ("U.S", "U.N"): only a common sentence-starting word after them shows an end.
        if bare.contains("."), bare.split(separator: ".").allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) {
            var word = String.UnicodeScalarView()
            var j = next
            while j < scalars.count, isLetter(scalars[j]) {
                word.append(scalars[j])
                j += 1
            }
            return sentenceStarters.contains(String(word).lowercased())
        }
        return true
    }
}
