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
