/// How deep a template's sections nest, found before the Mustache parser sees the template: the
/// parser (swift-mustache) recurses once per section, so a few thousand nested `{{#a}}` overflow
/// the stack and kill the process. Templates nest a handful of levels; more than `limit` is an
/// error at the section that goes too deep.
enum TemplateNesting {
    static let limit = 100

    /// The 1-based line and column of the first section opened deeper than `limit`, if any.
    /// Follows set-delimiter tags (`{{=<% %>=}}`) as the parser does; anything it cannot read is
    /// left for the parser to report.
    static func firstTooDeep(in text: String, limit: Int = limit) -> (line: Int, column: Int)? {
        let bytes = Array(text.utf8)
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var depth = 0
        var line = 1
        var lineStart = 0
        var index = 0
        func matches(_ pattern: [UInt8], at position: Int) -> Bool {
            guard position + pattern.count <= bytes.count else { return false }
            for offset in pattern.indices where bytes[position + offset] != pattern[offset] { return false }
            return true
        }
        /// The index of the next `pattern` at or after `position`, counting the lines passed.
        func find(_ pattern: [UInt8], from position: Int) -> Int? {
            var position = position
            while position < bytes.count {
                if matches(pattern, at: position) { return position }
                if bytes[position] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = position + 1
                }
                position += 1
            }
            return nil
        }
        while let start = find(open, from: index) {
            let (tagLine, tagLineStart) = (line, lineStart)
            var inner = start + open.count
            guard inner < bytes.count else { return nil }
            let sigil = bytes[inner]
            if sigil == UInt8(ascii: "=") {
                // {{=<% %>=}}: new delimiters, up to "=" and the closing delimiter in force.
                let oldClose = close
                guard let end = find(Array("=".utf8) + oldClose, from: inner + 1) else { return nil }
                let parts = String(decoding: bytes[(inner + 1)..<end], as: UTF8.self).split(separator: " ")
                guard parts.count == 2 else { return nil }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
                index = end + 1 + oldClose.count
                continue
            }
            if sigil == UInt8(ascii: "{"), open == Array("{{".utf8) {
                inner += 1  // {{{name}}}
            }
            guard let end = find(close, from: inner) else { return nil }
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                depth += 1
                if depth > limit {
                    return (tagLine, String(decoding: bytes[tagLineStart..<start], as: UTF8.self).count + 1)
                }
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            default:
                break
            }
            index = end + close.count
        }
        return nil
    }
}
