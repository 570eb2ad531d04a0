/// `[[target]]` or `[[target|text]]` in a note: a link by name to an entity, a note, a source or a page.
public struct WikiLink: Sendable, Equatable {
    /// What is inside the brackets before `|`, trimmed: `Jane Doe`, `sources/some-slug`, `timeline`.
    public var target: String
    /// The text after `|`, when given.
    public var label: String?
    /// Where the `[[` is, in characters of the text it was found in.
    public var range: Range<String.Index>

    /// Every wikilink in a run of text, in order. Empty targets and targets with brackets or
    /// line breaks are not wikilinks.
    public static func find(in text: String) -> [WikiLink] {
        var found: [WikiLink] = []
        var searchStart = text.startIndex
        while let open = text.range(of: "[[", range: searchStart..<text.endIndex) {
            guard let close = text.range(of: "]]", range: open.upperBound..<text.endIndex) else { break }
            let inside = text[open.upperBound..<close.lowerBound]
            if inside.contains("[") || inside.contains("\n") {
                // `[[a [[b]]`: start again at the inner brackets.
                searchStart = text.index(after: open.lowerBound)
                continue
            }
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let target = parts[0].trimmingCharacters(in: .whitespaces)
            let label = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
            if !target.isEmpty {
                found.append(WikiLink(target: target, label: label.flatMap { $0.isEmpty ? nil : $0 },
                                      range: open.lowerBound..<close.upperBound))
            }
            searchStart = close.upperBound
        }
        return found
    }
}
