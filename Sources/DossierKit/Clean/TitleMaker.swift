import Foundation

/// Titles for sources that do not give one.
enum TitleMaker {
    static let maxLength = 90

    /// The first sentence as plain text, without a dateline ("Mexico City: ") or Markdown,
    /// shortened at a word boundary.
    static func fromFirstSentence(_ sentence: String) -> String {
        var text = PlainText.fromInlineMarkdown(sentence)
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 30 {
            let head = text[..<colon]
            let words = head.split(separator: " ")
            if !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) {
                text = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        guard text.count > maxLength else { return text }
        var cut = ""
        for word in text.split(separator: " ") {
            if cut.count + word.count + 1 > maxLength - 1 { break }
            cut += cut.isEmpty ? String(word) : " " + word
        }
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:—–-")) + "…"
    }

    static func fromFileName(_ path: String) -> String {
        let name = Paths.stem(path)
        let words = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// Inline Markdown reduced to its visible text, for titles and summaries.
enum PlainText {
    private static let link = try! NSRegularExpression(pattern: #"!?\[([^\]]*)\]\([^)]*\)"#)

    static func fromInlineMarkdown(_ text: String) -> String {
        // Most text has no Markdown at all.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "`") })
        else { return text }
        var result = link.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1")
        for marker in ["**", "__", "`"] {
            result = result.replacingOccurrences(of: marker, with: "")
        }
        return result
    }
}
