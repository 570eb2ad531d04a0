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

/// Slices of one string by offsets in Unicode scalars, taken in increasing order of their start: each is
/// found from the one before instead of from the start of the string (a sentence of 40,000 words with a
/// date in every few words is read once, not once per date). The same strings as `scalarSlice`.
struct ScalarCursor {
    private let scalars: String.UnicodeScalarView
    private var offset = 0
    private var index: String.UnicodeScalarView.Index

    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    mutating func slice(_ start: Int, _ end: Int) -> String {
        guard start >= 0, end >= start else { return "" }
        if start < offset {
            offset = 0
            index = scalars.startIndex
        }
        guard let from = scalars.index(index, offsetBy: start - offset, limitedBy: scalars.endIndex),
              let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex) else { return "" }
        offset = start
        index = from
        return String(scalars[from..<to])
    }
}
