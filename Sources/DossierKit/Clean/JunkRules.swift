import Foundation

/// General rules that tell scraping junk from an article's own text. They look at the
/// shape of a line (punctuation, capitals, length, links) and at the stock phrases of
/// web page furniture, never at what a particular story is about.
enum JunkRules {
    /// Stock phrases of links to other pages, alone or at the end of a paragraph.
    static let readMorePhrases = [
        "read more", "read more here", "continue reading", "read the full story", "read the full article",
        "read full story", "read full article", "click here to read more", "more on this story", "see more",
        "keep reading", "read on",
    ]

    /// Whole lines of page furniture.
    static let furniturePhrases: Set<String> = [
        "advertisement", "sponsored", "sponsored content", "share this article", "share on facebook",
        "share on twitter", "share", "print", "copy link", "skip advertisement", "story continues below advertisement",
        "article continues below", "content continues below", "loading", "loading…", "loading...",
    ]

    /// Beginnings of calls to action ("Sign up for our newsletter …").
    static let callToActionStarts = [
        "sign up for", "sign up to", "subscribe to", "subscribe for", "follow us on", "click here", "download our",
        "get the latest", "join our", "support our journalism", "listen to this article", "watch:", "watch the video",
        "get our", "never miss", "to continue reading",
    ]

    /// Beginnings of credit lines, which go to the article's metadata.
    static let creditStarts = [
        "with reports from", "with files from", "with reporting from", "with reporting by", "reporting by",
        "additional reporting by", "additional reporting from", "writing by", "editing by", "edited by",
        "compiled by", "(reporting by", "(additional reporting", "(writing by", "(editing by",
    ]

    /// Labels of blocks of links to other stories, which come before a list of headlines.
    static let relatedLabels: Set<String> = [
        "related", "related stories", "related articles", "related news", "related coverage", "more stories",
        "more news", "most read", "most popular", "trending", "trending now", "read next", "read also", "also read",
        "you may also like", "you might also like", "recommended", "recommended for you", "latest news",
        "top stories", "more from", "more in", "editor's picks", "popular now", "latest", "see also",
    ]

    /// Short words that stay lowercase in title-case headlines.
    static let minorWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "as", "at", "by", "for", "from", "in", "into", "of", "off",
        "on", "onto", "over", "per", "to", "up", "via", "with", "amid", "near", "vs", "than", "after", "before",
        "about", "against", "under", "out",
    ]

    /// Lowercased, with typographic apostrophes made plain and edge punctuation trimmed.
    /// Only short lines are compared with stock phrases, so this is only called on them.
    static func normalized(_ text: some StringProtocol) -> String {
        text.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .trimmingCharacters(in: edgePunctuation)
    }

    static let edgePunctuation = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".:!›»>→"))

    /// The lowercased start of a line, enough to compare with stock beginnings.
    static func lowercasedPrefix(_ text: String, _ length: Int = 48) -> String {
        text.prefix(length).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// "Read More", or "Read more: <another story's headline>".
    static func isReadMore(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let bare = normalized(text).trimmingCharacters(in: CharacterSet(charactersIn: "()[]"))
        if readMorePhrases.contains(bare) { return true }
        // A pointer to another story: a stock label, a separator, and a short unpunctuated headline.
        for separator in [":", "›", "»", "→", "|"] {
            guard let range = bare.range(of: separator) else { continue }
            let label = bare[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let rest = bare[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if (readMorePhrases.contains(label) || relatedLabels.contains(label)), !rest.isEmpty,
               wordCount(rest) <= 20, !endsWithTerminalPunctuation(rest) || rest.hasSuffix("?") {
                return true
            }
        }
        return false
    }

    /// Removes a trailing "Read More" from a paragraph: the text kept, what was cut, and where the cut starts
    /// (in Unicode scalars).
    static func stripTrailingReadMore(_ text: String) -> (text: String, removed: String?, offset: Int) {
        let tail = String(text.suffix(40)).lowercased()
        for phrase in readMorePhrases where tail.contains(phrase) {
            for suffix in [phrase, phrase + ".", phrase + "…", phrase + " »", phrase + " ›", "(" + phrase + ")", "[" + phrase + "]"] {
                guard tail.hasSuffix(suffix) else { continue }
                let keep = String(text.dropLast(suffix.count))
                let trimmed = keep.trimmingCharacters(in: .whitespaces)
                // Only at the end of a finished sentence, so a sentence ending "… read more." is kept.
                guard let last = trimmed.last, ".!?\"\u{201D}".contains(last), keep.last?.isWhitespace == true else { continue }
                return (trimmed, String(text.suffix(suffix.count)), keep.unicodeScalars.count)
            }
        }
        return (text, nil, 0)
    }

    /// Where `![](…)` images with no description stand in the text, in Unicode scalars.
    static func emptyImageRanges(_ text: String) -> [Range<Int>] {
        guard text.utf8.contains(UInt8(ascii: "!")) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var i = 0
        while i + 3 < scalars.count {
            guard scalars[i] == "!", scalars[i + 1] == "[" else {
                i += 1
                continue
            }
            var j = i + 2
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard j + 1 < scalars.count, scalars[j] == "]", scalars[j + 1] == "(" else {
                i += 1
                continue
            }
            var k = j + 2
            while k < scalars.count, scalars[k] != ")", scalars[k] != "\n" { k += 1 }
            guard k < scalars.count, scalars[k] == ")" else {
                i += 1
                continue
            }
            var end = k + 1
            while end < scalars.count, scalars[end] == " " { end += 1 }  // with the space after it
            ranges.append(i..<end)
            i = end
        }
        return ranges
    }

    static func isFurniture(_ text: String) -> Bool {
        text.utf8.count <= 60 && furniturePhrases.contains(normalized(text))
    }

    static func isCallToAction(_ text: String) -> Bool {
        let lower = lowercasedPrefix(text)
        return callToActionStarts.contains { lower.hasPrefix($0) } && wordCount(text) <= 25
    }

    /// Words that may follow a credit phrase besides names: "Reporting by Ana Ruiz in Lima; Editing by Tom Aske".
    static let creditWords: Set<String> = [
        "and", "in", "the", "of", "from", "with", "at", "by", "for", "de", "del", "da", "la", "le", "van", "von",
        "der", "editing", "writing", "reporting", "additional", "compiled", "edited", "files", "reports", "staff",
    ]

    /// A credit line: a stock beginning followed by names, not by a sentence
    /// ("Reporting by the Gazette last month suggested …" is prose).
    static func isCredit(_ text: String) -> Bool {
        let lower = lowercasedPrefix(text)
        guard let start = creditStarts.first(where: { lower.hasPrefix($0) }), wordCount(text) <= 30 else { return false }
        let rest = text.dropFirst(start.count)
        for raw in rest.split(whereSeparator: { $0.isWhitespace || $0 == ";" || $0 == "," }) {
            let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: "().,;:"))
            guard let first = word.first else { continue }
            if first.isUppercase || first.isNumber || creditWords.contains(word.lowercased()) || word == "&" { continue }
            return false
        }
        return true
    }

    static func isRelatedLabel(_ text: String) -> Bool {
        text.utf8.count <= 40 && relatedLabels.contains(normalized(text))
    }

    /// A teaser for another page: a question followed by a short unpunctuated pointer,
    /// "Do you want to weigh in …? Here's how", "Confused about …? Read our guide".
    static func isTeaser(_ text: String) -> Bool {
        guard wordCount(text) <= 30, let question = text.lastIndex(of: "?") else { return false }
        let tail = text[text.index(after: question)...].trimmingCharacters(in: .whitespaces)
        guard !tail.isEmpty, !endsWithTerminalPunctuation(tail), !tail.contains("://"), !tail.contains("pic.twitter.com")
        else { return false }
        let tailWords = wordCount(tail)
        return tailWords >= 1 && tailWords <= 5 && !tail.contains("\u{201D}") && !tail.contains("\"")
    }

    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if SentenceSplitter.isSpace(scalar) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Ends like a sentence: `.`, `!`, `?`, `…`, `:` or `;`, possibly inside closing quotes.
    static func endsWithTerminalPunctuation(_ text: some StringProtocol) -> Bool {
        let core = text.unicodeScalars.reversed().drop(while: { SentenceSplitter.isSpace($0) || closingMarks.contains($0) })
        guard let last = core.first else { return false }
        return terminalMarks.contains(last)
    }

    static let closingMarks: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "*", "_"]
    static let terminalMarks: Set<Unicode.Scalar> = [".", "!", "?", "…", ":", ";"]

    /// A line shaped like a headline or subheading: a few words, no sentence punctuation at the end,
    /// and no sentence break inside.
    static func isHeadlineLike(_ text: String) -> Bool {
        guard text.utf8.count <= 250, !endsWithTerminalPunctuation(text) else { return false }
        let words = wordCount(text)
        guard words >= 2, words <= 25 else { return false }
        if text.hasPrefix("![") || text.hasPrefix("—") || text.hasPrefix("–") || text.contains("://") { return false }
        return SentenceSplitter.split(text).count == 1
    }

    /// A headline in a list of links to other stories: title case, one sentence, possibly a question
    /// ("Is the Housing Market About to Turn?").
    static func isListedHeadline(_ text: String) -> Bool {
        if isHeadlineLike(text) { return isTitleCase(text) }
        guard let last = text.unicodeScalars.last, last == "?" || last == "!", text.utf8.count <= 160 else { return false }
        let words = wordCount(text)
        return words >= 3 && words <= 16 && isTitleCase(text) && SentenceSplitter.split(text).count == 1
    }

    /// Most words capitalised, as in "Gold Prices Steady as Markets Await Key Data".
    static func isTitleCase(_ text: String) -> Bool {
        var significant = 0
        var capitalised = 0
        for raw in text.split(whereSeparator: \.isWhitespace) {
            let word = raw.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let first = word.first else { continue }
            if minorWords.contains(word.lowercased()) { continue }
            significant += 1
            if first.isUppercase || first.isNumber { capitalised += 1 }
        }
        return significant >= 2 && capitalised * 10 >= significant * 8
    }
}
