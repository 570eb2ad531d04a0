/// A block of text before cleaning: a line or paragraph, a list, a quote or a heading,
/// with the file line it starts on.
struct RawBlock: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// One line of plain text, or a Markdown paragraph.
        case text
        case heading(level: Int)
        case list(ordered: Bool, items: [String])
        case quote
    }

    var kind: Kind
    var text: String
    var line: Int
}

/// Cuts a body into raw blocks. Scraped plain text puts one paragraph on each line;
/// Markdown separates paragraphs with blank lines.
enum BlockSegmenter {
    static func segment(_ body: String, format: RawDocument.Format, firstLine: Int) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var group: [(text: String, line: Int)] = []

        func flush() {
            defer { group.removeAll(keepingCapacity: true) }
            guard let first = group.first else { return }
            if let marker = listMarker(first.text) {
                var items: [String] = []
                for entry in group {
                    if let item = listMarker(entry.text) {
                        items.append(String(entry.text.dropFirst(item.length)))
                    } else if !items.isEmpty {
                        items[items.count - 1] += " " + entry.text.trimmingCharacters(in: .whitespaces)
                    }
                }
                blocks.append(RawBlock(kind: .list(ordered: marker.ordered, items: items), text: "", line: first.line))
            } else if first.text.hasPrefix(">") {
                let text = group.map { String($0.text.drop(while: { $0 == ">" || $0 == " " })) }.joined(separator: " ")
                blocks.append(RawBlock(kind: .quote, text: text, line: first.line))
            } else if format == .markdown, group.count > 1, !group.allSatisfy({ JunkRules.isHeadlineLike($0.text) }) {
                // A Markdown paragraph wrapped over several lines.
                let text = group.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                blocks.append(RawBlock(kind: .text, text: text, line: first.line))
            } else {
                for entry in group {
                    blocks.append(textBlock(entry.text, line: entry.line, format: format))
                }
            }
        }

        var lineNumber = firstLine
        var inList = false
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { lineNumber += 1 }
            let line = rawLine.trimmingCharacters(in: .whitespaces)
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

    private static func textBlock(_ text: String, line: Int, format: RawDocument.Format) -> RawBlock {
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
