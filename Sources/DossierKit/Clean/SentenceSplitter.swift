/// Splits a paragraph into sentences with general rules of English punctuation:
/// a sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// when the next word starts a new sentence. Abbreviations, initials, decimal numbers,
/// dotted acronyms inside names ("U.S. Mexico–Canada Agreement") and text inside
/// brackets or parentheses do not end a sentence.
public enum SentenceSplitter {
    /// Words that end with a dot without ending the sentence (compared lowercased, without the dot).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "adm", "maj", "st", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "vs", "etc", "e.g", "i.e", "cf",
        "no", "nos", "vol", "pp", "fig", "approx", "est", "dept", "univ", "assn", "mt", "ft", "ave", "blvd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "pres", "rev", "hon", "sec", "gov't", "atty", "supt", "det", "insp", "messrs", "mme", "mlle", "sra", "sr",
    ]

    /// Words that begin sentences; after a dotted acronym ("the U.S. The talks…") they show a real end.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "but", "and", "or", "so", "yet",
        "in", "on", "at", "this", "that", "these", "those", "there", "his", "her", "their", "our", "my", "as",
        "after", "before", "while", "when", "if", "since", "both", "some", "many", "most", "officials", "still",
    ]

    static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "*", "_"]
    static let openers: Set<Character> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "*", "_", "¿", "¡"]

    public static func split(_ text: String) -> [String] {
        let chars = Array(text)
        var sentences: [String] = []
        var start = 0
        var depth = 0  // inside () or []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: break
            }
            guard depth == 0, c == "." || c == "!" || c == "?" || c == "…" else {
                i += 1
                continue
            }
            // Take any further terminal marks and closing quotes or brackets.
            var end = i + 1
            while end < chars.count, chars[end] == "." || chars[end] == "!" || chars[end] == "?" || chars[end] == "…" {
                end += 1
            }
            while end < chars.count, closers.contains(chars[end]) { end += 1 }
            // A sentence end needs white space after it (or the end of the text).
            guard end == chars.count || chars[end].isWhitespace else {
                i = end
                continue
            }
            var next = end
            while next < chars.count, chars[next].isWhitespace { next += 1 }
            if next < chars.count, !startsSentence(chars, at: next) {
                i = end
                continue
            }
            if c == ".", end - i == 1 || chars[i + 1] != ".", !endsSentenceAfterDot(chars, dotAt: i, next: next) {
                i = end
                continue
            }
            appendTrimmed(chars[start..<end], to: &sentences)
            start = next
            i = next
        }
        if start < chars.count { appendTrimmed(chars[start...], to: &sentences) }
        return sentences
    }

    private static func appendTrimmed(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
        let text = String(slice).trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { sentences.append(text) }
    }

    /// The next sentence must begin with a capital, a digit, or an opening quote or bracket.
    private static func startsSentence(_ chars: [Character], at index: Int) -> Bool {
        var i = index
        while i < chars.count, openers.contains(chars[i]) { i += 1 }
        guard i < chars.count else { return true }
        return chars[i].isUppercase || chars[i].isNumber || (i > index && chars[i].isLetter)
    }

    /// Decides whether the dot at `dotAt` ends the sentence, from the word before it.
    private static func endsSentenceAfterDot(_ chars: [Character], dotAt: Int, next: Int) -> Bool {
        var wordStart = dotAt
        while wordStart > 0, !chars[wordStart - 1].isWhitespace, !openers.contains(chars[wordStart - 1]) || chars[wordStart - 1] == "'" {
            wordStart -= 1
        }
        let word = String(chars[wordStart..<dotAt])
        let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "\"'()[]*_\u{201C}\u{2018}"))
        if bare.isEmpty { return true }
        if abbreviations.contains(bare.lowercased()) { return false }
        // A single capital letter is an initial ("J. Smith").
        if bare.count == 1, bare.first?.isUppercase == true { return false }
        // Dotted acronyms ("U.S", "U.N"): only a common sentence-starting word after them shows an end.
        if bare.contains("."), bare.split(separator: ".").allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) {
            let nextWord = String(chars[next...].prefix(while: { $0.isLetter })).lowercased()
            return sentenceStarters.contains(nextWord)
        }
        return true
    }
}

import Foundation
