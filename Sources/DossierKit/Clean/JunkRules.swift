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

    static func normalized(_ text: String) -> String {
        text.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".:!›»>→")))
    }

    static func isReadMore(_ text: String) -> Bool {
        let bare = normalized(text).trimmingCharacters(in: CharacterSet(charactersIn: "()[]"))
        return readMorePhrases.contains(bare)
    }

    /// Removes a trailing "Read More" from a paragraph; returns the paragraph and what was cut.
    static func stripTrailingReadMore(_ text: String) -> (text: String, removed: String?) {
        for phrase in readMorePhrases {
            let lower = text.lowercased()
            for suffix in [phrase, phrase + ".", phrase + "…", phrase + " »", phrase + " ›", "(" + phrase + ")", "[" + phrase + "]"] {
                guard lower.hasSuffix(suffix) else { continue }
                let keep = String(text.dropLast(suffix.count))
                let trimmed = keep.trimmingCharacters(in: .whitespaces)
                // Only at the end of a finished sentence, so a sentence ending "… read more." is kept.
                guard let last = trimmed.last, ".!?\"\u{201D}".contains(last), keep.last?.isWhitespace == true else { continue }
                return (trimmed, String(text.suffix(suffix.count)))
            }
        }
        return (text, nil)
    }

    /// `![](…)` or `![ ](…)`: an image with no description, left behind by a scraper.
    static let emptyImage = try! NSRegularExpression(pattern: #"!\[\s*\]\([^)]*\)"#)

    static func removeEmptyImages(_ text: String) -> (text: String, count: Int) {
        let range = NSRange(text.startIndex..., in: text)
        let count = emptyImage.numberOfMatches(in: text, range: range)
        guard count > 0 else { return (text, 0) }
        let cleaned = emptyImage.stringByReplacingMatches(in: text, range: range, withTemplate: "")
        return (cleaned.trimmingCharacters(in: .whitespaces), count)
    }

    static func isFurniture(_ text: String) -> Bool {
        furniturePhrases.contains(normalized(text))
    }

    static func isCallToAction(_ text: String) -> Bool {
        let lower = normalized(text)
        return wordCount(text) <= 25 && callToActionStarts.contains { lower.hasPrefix($0) }
    }

    static func isCredit(_ text: String) -> Bool {
        let lower = normalized(text)
        return wordCount(text) <= 30 && creditStarts.contains { lower.hasPrefix($0) }
    }

    static func isRelatedLabel(_ text: String) -> Bool {
        relatedLabels.contains(normalized(text))
    }

    /// A teaser for another page: a question followed by a short unpunctuated pointer,
    /// "Do you want to weigh in …? Here's how", "Confused about …? Read our guide".
    static func isTeaser(_ text: String) -> Bool {
        guard wordCount(text) <= 30, let question = text.lastIndex(of: "?") else { return false }
        let tail = text[text.index(after: question)...].trimmingCharacters(in: .whitespaces)
        guard !tail.isEmpty, !endsWithTerminalPunctuation(tail) else { return false }
        let tailWords = wordCount(tail)
        return tailWords >= 1 && tailWords <= 5 && !tail.contains("\u{201D}") && !tail.contains("\"")
    }

    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for character in text {
            if character.isWhitespace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Ends like a sentence: `.`, `!`, `?`, `…`, `:` or `;`, possibly inside closing quotes.
    static func endsWithTerminalPunctuation(_ text: some StringProtocol) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let core = trimmed.reversed().drop(while: { "\"'\u{201D}\u{2019})]*_".contains($0) })
        guard let last = core.first else { return false }
        return ".!?…:;".contains(last)
    }

    /// A line shaped like a headline or subheading: a few words, no sentence punctuation at the end,
    /// and no sentence break inside.
    static func isHeadlineLike(_ text: String) -> Bool {
        let words = wordCount(text)
        guard words >= 2, words <= 25, !endsWithTerminalPunctuation(text) else { return false }
        if text.hasPrefix("![") || text.hasPrefix("—") || text.hasPrefix("–") || text.contains("://") { return false }
        return SentenceSplitter.split(text).count == 1
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
