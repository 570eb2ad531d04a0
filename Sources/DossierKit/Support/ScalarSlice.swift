extension String {
    /// The text between two offsets counted in Unicode scalars, the unit in which the analyze stage
    /// records where mentions and date expressions stand in a sentence.
    func scalarSlice(_ start: Int, _ end: Int) -> String {
        let scalars = unicodeScalars
        guard start >= 0, end >= start,
              let from = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
              let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex) else { return "" }
        return String(scalars[from..<to])
    }
}

/// A sentence's text cut by offsets in Unicode scalars, the same strings as `scalarSlice`: a long sentence
/// is read into its scalars once, so that cutting many names or dates from it does not count from its start
/// each time (a sentence of 80,000 words with a name or a date in every few took minutes).
struct ScalarText: Sendable {
    /// A text of more bytes than this is read into `scalars`.
    static let longTextBytes = 2_000
    private let text: String
    private let scalars: [Unicode.Scalar]?

    init(_ text: String) {
        self.text = text
        scalars = text.utf8.count > Self.longTextBytes ? Array(text.unicodeScalars) : nil
    }

    func slice(_ start: Int, _ end: Int) -> String {
        guard let scalars else { return text.scalarSlice(start, end) }
        guard start >= 0, end >= start, end <= scalars.count else { return "" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
