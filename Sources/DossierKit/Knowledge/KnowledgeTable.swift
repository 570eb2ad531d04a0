/// One row of a knowledge data file: tab-separated fields, with the line it came from.
/// Lines that are empty or start with `#` are not rows. Lists inside a field are separated
/// by `|` (see `Knowledge/PROVENANCE.md` for each file's columns).
struct KnowledgeRow: Sendable {
    var fields: [Substring]
    var line: Int

    subscript(_ index: Int) -> String {
        index < fields.count ? String(fields[index]).trimmingSpaces : ""
    }

    func list(_ index: Int) -> [String] {
        guard index < fields.count else { return [] }
        return fields[index].split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    static func rows(_ text: String) -> [KnowledgeRow] {
        var rows: [KnowledgeRow] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            guard !trimmed.isEmpty, trimmed.first != "#" else { continue }
            rows.append(KnowledgeRow(fields: trimmed.split(separator: "\t", omittingEmptySubsequences: false), line: number))
        }
        return rows
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " { slice = slice.dropFirst() }
        while let last = slice.last, last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
