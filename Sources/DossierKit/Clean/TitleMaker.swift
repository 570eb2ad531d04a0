import Foundation

/// Titles for sources that do not give one.
enum TitleMaker {
    static let maxLength = 90

    /// The first sentence as plain text, without a dateline ("Nairobi: ") or Markdown,
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

    /// A sentence's main clause, for an event's title: cut at the first comma or dash that comes after
    /// six words ("… visited Kenya on Thursday, where she met …" → "… visited Kenya on Thursday").
    static func eventTitle(_ sentence: String) -> String {
        let plain = PlainText.fromInlineMarkdown(sentence)
        var words = 0
        var index = plain.startIndex
        var inQuote = false
        while index < plain.endIndex {
            let character = plain[index]
            if character == "\u{201C}" || character == "\u{201D}" || character == "\"" { inQuote.toggle() }
            if character == " " { words += 1 }
            if !inQuote, words >= 6, character == "," || character == ";" || character == "\u{2014}" {
                return fromFirstSentence(String(plain[..<index]))
            }
            index = plain.index(after: index)
        }
        return fromFirstSentence(plain)
    }

    /// The clause of a sentence that holds a date phrase (scalar offsets), for the title of the event it dates:
    /// "Under the deal, …, and talks … will resume in April." → "Talks … will resume in April".
    /// Falls back to the main clause when that clause is too short to say anything.
    static func eventTitle(_ sentence: String, dateStart: Int, dateEnd: Int) -> String {
        let scalars = Array(sentence.unicodeScalars)
        guard dateStart >= 0, dateEnd <= scalars.count, dateStart < dateEnd else { return eventTitle(sentence) }
        // The main clause, when it holds the date.
        let main = eventTitle(sentence)
        let phrase = String(String.UnicodeScalarView(scalars[dateStart..<dateEnd]))
        if main.contains(phrase) { return main }
        let boundaries: Set<Unicode.Scalar> = [",", ";", ":"]
        var inQuote = false
        var quoteAt = [Bool](repeating: false, count: scalars.count)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\u{201C}" { inQuote = true } else if scalar == "\u{201D}" { inQuote = false }
            quoteAt[index] = inQuote
        }
        var start = dateStart
        while start > 0, !(boundaries.contains(scalars[start - 1]) && !quoteAt[start - 1]) { start -= 1 }
        var end = dateEnd
        while end < scalars.count, !(boundaries.contains(scalars[end]) && !quoteAt[end]) { end += 1 }
        var clause = String(String.UnicodeScalarView(scalars[start..<end])).trimmingCharacters(in: .whitespaces)
        for conjunction in ["and ", "but ", "while ", "which ", "where ", "when ", "as ", "or "] where clause.lowercased().hasPrefix(conjunction) {
            clause = String(clause.dropFirst(conjunction.count))
        }
        guard clause.split(separator: " ").count >= 5, start > 0 || end < scalars.count else { return main }
        return fromFirstSentence(clause.prefix(1).uppercased() + clause.dropFirst())
    }

    static func fromFileName(_ path: String) -> String {
        let name = Paths.stem(path)
        let words = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
