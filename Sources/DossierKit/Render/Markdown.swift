import CCmark
import Foundation

/// CommonMark to HTML through libcmark, in its safe mode (raw HTML and `javascript:`,
/// `vbscript:`, `file:` and most `data:` links are not passed through), with smart punctuation.
public struct Markdown: Sendable {
    /// Lets raw HTML through; only when the dossier's config asks for it.
    public var allowUnsafeHTML: Bool

    public init(allowUnsafeHTML: Bool = false) {
        self.allowUnsafeHTML = allowUnsafeHTML
    }

    var cmarkOptions: Int32 { options }

    private var options: Int32 {
        var options = CMARK_OPT_SMART
        if allowUnsafeHTML { options |= CMARK_OPT_UNSAFE }
        return Int32(options)
    }

    /// A whole Markdown document.
    public func html(_ markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { buffer -> String in
            guard let base = buffer.baseAddress,
                  let output = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      cmark_markdown_to_html($0, buffer.count, options)
                  })
            else { return "" }
            defer { free(output) }
            return String(cString: output)
        }
    }

    /// One line of inline Markdown (a sentence, a title), without a paragraph around it.
    /// Leading characters that would start a block (a list, a heading, a quote) are escaped.
    public func inlineHTML(_ text: String) -> String {
        let rendered = html(Markdown.escapeBlockStart(text))
        let trimmed = rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered
        if trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>") {
            return String(trimmed.dropFirst(3).dropLast(4))
        }
        return HTML.escape(text)
    }

    static func escapeBlockStart(_ text: String) -> String {
        let trimmed = text.drop(while: { $0 == " " })
        guard let first = trimmed.first else { return text }
        let second = trimmed.dropFirst().first
        let startsBlock: Bool
        switch first {
        case ">": startsBlock = true
        case "#": startsBlock = second == nil || second == " " || second == "#"
        case "-", "+", "*", "=", "_": startsBlock = second == nil || second == " " || second == first
        case "`", "~": startsBlock = trimmed.hasPrefix(String(repeating: first, count: 3))
        default: startsBlock = false
        }
        if startsBlock, !(first == "*" && second == "*" && trimmed.dropFirst(2).first?.isWhitespace == false)
            && !(first == "_" && second == "_" && trimmed.dropFirst(2).first?.isWhitespace == false) {
            return "\\" + trimmed
        }
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, let mark = trimmed.dropFirst(digits.count).first, mark == "." || mark == ")" {
            return digits + "\\" + trimmed.dropFirst(digits.count)
        }
        return String(trimmed)
    }
}

/// Escaping for text placed into HTML by code (templates escape their own `{{values}}`).
public enum HTML {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
