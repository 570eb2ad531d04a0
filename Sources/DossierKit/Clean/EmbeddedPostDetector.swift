import Foundation

/// Recognises a social media post pasted into an article: the post's text, then an
/// attribution line such as `— Jane Doe (@janedoe) March 3, 2024`.
enum EmbeddedPostDetector {
    struct Attribution: Sendable, Hashable {
        var author: String?
        var handle: String
        var dateText: String?
        var date: DayDate?
    }

    private static let attributionPattern = try! NSRegularExpression(
        pattern: #"^(?:[—–]|-{1,2})\s*(.*?)\s*\((@[A-Za-z0-9_.]{1,30})\)\s*(.*)$"#)
    private static let trailingLink = try! NSRegularExpression(pattern: #"\s*(?:https?://|pic\.twitter\.com/)\S+$"#)

    static func attribution(_ line: String) -> Attribution? {
        let range = NSRange(line.startIndex..., in: line)
        guard let match = attributionPattern.firstMatch(in: line, range: range),
              let handleRange = Range(match.range(at: 2), in: line) else { return nil }
        let author = Range(match.range(at: 1), in: line).map { String(line[$0]) }.flatMap { $0.isEmpty ? nil : $0 }
        let dateText = Range(match.range(at: 3), in: line).map { String(line[$0]).trimmingCharacters(in: .whitespaces) }
            .flatMap { $0.isEmpty ? nil : $0 }
        return Attribution(author: author, handle: String(line[handleRange]), dateText: dateText,
                           date: dateText.flatMap(parseLongDate))
    }

    /// Splits a post's text from the media link at its end.
    static func splitLink(_ text: String) -> (text: String, link: String?) {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = trailingLink.firstMatch(in: text, range: range), let linkRange = Range(match.range, in: text) else {
            return (text, nil)
        }
        return (String(text[..<linkRange.lowerBound]), text[linkRange].trimmingCharacters(in: .whitespaces))
    }

    /// "September 18, 2025" or "18 September 2025".
    static func parseLongDate(_ text: String) -> DayDate? {
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        guard words.count == 3 else { return nil }
        func month(_ word: String) -> Int? {
            DayDate.monthNames.firstIndex { $0.lowercased() == word.lowercased() || $0.prefix(3).lowercased() == word.lowercased() }
                .map { $0 + 1 }
        }
        if let m = month(words[0]), let d = Int(words[1]), let y = Int(words[2]) { return DayDate(year: y, month: m, day: d) }
        if let d = Int(words[0]), let m = month(words[1]), let y = Int(words[2]) { return DayDate(year: y, month: m, day: d) }
        return nil
    }
}
