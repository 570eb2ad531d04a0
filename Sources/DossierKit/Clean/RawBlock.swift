/// A block of text before cleaning: a line or paragraph, a list, a quote, a heading or an
/// embedded post, with the file lines its text comes from.
struct RawBlock: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// One line of plain text, or a Markdown paragraph.
        case text
        case heading(level: Int)
        case list(ordered: Bool, items: [String], lines: [Int])
        case quote
        /// A social media post's text; its attribution line was folded into it.
        case post(EmbeddedPostDetector.Attribution)
    }

    /// Where a line of the file begins in `text`, counted in Unicode scalars.
    struct LineStart: Sendable, Hashable {
        var offset: Int
        var line: Int
    }

    var kind: Kind
    var text: String
    var lineStarts: [LineStart]

    init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.lineStarts = [LineStart(offset: 0, line: line)]
    }

    init(kind: Kind, text: String, lineStarts: [LineStart]) {
        self.kind = kind
        self.text = text
        self.lineStarts = lineStarts
    }

    /// The line the block starts on.
    var line: Int { lineStarts.first?.line ?? 1 }

    /// The file line of the scalar at `offset` in `text`.
    func line(at offset: Int) -> Int {
        var result = line
        for start in lineStarts where start.offset <= offset { result = start.line }
        return result
    }

    var isText: Bool { kind == .text }

    /// Removes scalars `range` from the text, keeping the line map right.
    mutating func remove(scalars range: Range<Int>) {
        var view = Array(text.unicodeScalars)
        view.removeSubrange(range)
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: view)
        text = String(scalars)
        lineStarts = lineStarts.map { start in
            if start.offset >= range.upperBound { return LineStart(offset: start.offset - range.count, line: start.line) }
            if start.offset > range.lowerBound { return LineStart(offset: range.lowerBound, line: start.line) }
            return start
        }
    }
}

/// Cuts a body into raw blocks. Scraped plain text puts one paragraph on each line;
/// Markdown separates paragraphs with blank lines.
enum BlockSegmenter {
    typealias Line = (text: String, line: Int)

    static func segment(_ body: String, format: RawDocument.Format, firstLine: Int) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var group: [Line] = []

        func flush() {
            defer { group.removeAll(keepingCapacity: true) }
            guard let first = group.first else { return }
            if let marker = listMarker(first.text) {
                var items: [String] = []
                var lines: [Int] = []
                for entry in group {
                    if let item = listMarker(entry.text) {
                        items.append(String(entry.text.dropFirst(item.length)))
                        lines.append(entry.line)
                    } else if !items.isEmpty {
                        items[items.count - 1] += " " + entry.text
                    }
                }
                blocks.append(RawBlock(kind: .list(ordered: marker.ordered, items: items, lines: lines), text: "", line: first.line))
            } else if first.text.hasPrefix(">") {
                blocks.append(joined(group.map { (String($0.text.drop(while: { $0 == ">" || $0 == " " })), $0.line) }, kind: .quote))
            } else if format == .markdown, group.count > 1, !group.allSatisfy({ JunkRules.isHeadlineLike($0.text) }) {
                // A Markdown paragraph wrapped over several lines; an attribution line of an
                // embedded post at its end stands alone.
                if let last = group.last, EmbeddedPostDetector.attribution(last.text) != nil {
                    blocks.append(joined(Array(group.dropLast()), kind: .text))
                    blocks.append(RawBlock(kind: .text, text: last.text, line: last.line))
                } else {
                    blocks.append(joined(group, kind: .text))
                }
            } else {
                for entry in group {
                    blocks.append(textBlock(entry.text, line: entry.line))
                }
            }
        }

        var lineNumber = firstLine
        var inList = false
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { lineNumber += 1 }
            let line = trimSpaces(rawLine)
            if line.isEmpty {
                flush()
                inList = false
                continue
            }
            let isItem = listMarker(line) != nil
            let isQuote = line.hasPrefix(">")
            // In plain text each line stands alone, except runs of list items and quote lines.
            if format == .text, let last = group.last {
                let lastIsItem = listMarker(last.text) != nil
                let continues = (isItem && (lastIsItem || inList)) || (isQuote && last.text.hasPrefix(">"))
                if !continues { flush() }
            } else if format == .markdown, let first = group.first {
                // A list or quote that starts after a paragraph line, or a heading, starts a new block.
                let groupIsList = listMarker(first.text) != nil
                if line.hasPrefix("#") || first.text.hasPrefix("#") || (isItem && !groupIsList) || (isQuote && !first.text.hasPrefix(">")) {
                    flush()
                }
            }
            inList = isItem || (inList && format == .markdown)
            group.append((line, lineNumber))
        }
        flush()
        return blocks
    }

    /// Lines joined with spaces into one block, remembering where each line starts.
    private static func joined(_ lines: [Line], kind: RawBlock.Kind) -> RawBlock {
        var text = ""
        var starts: [RawBlock.LineStart] = []
        var offset = 0
        for (index, entry) in lines.enumerated() {
            if index > 0 {
                text += " "
                offset += 1
            }
            starts.append(RawBlock.LineStart(offset: offset, line: entry.line))
            text += entry.text
            offset += entry.text.unicodeScalars.count
        }
        return RawBlock(kind: kind, text: text, lineStarts: starts)
    }

    static func trimSpaces(_ text: Substring) -> String {
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, SentenceSplitter.isSpace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, SentenceSplitter.isSpace(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func textBlock(_ text: String, line: Int) -> RawBlock {
        if text.hasPrefix("#") {
            let level = text.prefix(while: { $0 == "#" }).count
            let rest = text.dropFirst(level)
            if level <= 6, rest.first == " " || rest.isEmpty {
                let title = rest.trimmingCharacters(in: CharacterSet(charactersIn: " #"))
                return RawBlock(kind: .heading(level: level), text: title, line: line)
            }
        }
        return RawBlock(kind: .text, text: text, line: line)
    }

    /// `- item`, `* item`, `+ item`, `1. item`, `1) item`.
    static func listMarker(_ line: String) -> (ordered: Bool, length: Int)? {
        guard let first = line.first else { return nil }
        if first == "-" || first == "*" || first == "+" || first == "•" {
            let rest = line.dropFirst()
            guard rest.first == " ", rest.count > 1 else { return nil }
            // "* * *" and "- - -" are rules, "**bold**" is emphasis.
            if rest.allSatisfy({ $0 == first || $0 == " " }) { return nil }
            return (false, 2)
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (true, digits.count + 2)
    }
}

import Foundation
