import CCmark

/// Inline Markdown reduced to its visible text, for titles, summaries and name matching: the
/// text of links and the alt text of images, without emphasis or code marks, with escapes and
/// entities decoded. Taken from libcmark's tree (linear in the text), not from a pattern: a
/// regular expression for `[text](url)` backtracks on every unclosed `[`, which made a note full
/// of brackets take quadratic time.
enum PlainText {
    /// Characters without which a text has no inline Markdown to take away.
    private static let markup: Set<UInt8> = Set("[]!*_`\\&<".utf8)

    static func fromInlineMarkdown(_ text: String) -> String {
        // Most text has no Markdown at all.
        guard text.utf8.contains(where: markup.contains) else { return text }
        // A leading "." keeps the first line a paragraph, so that a text that starts like a
        // heading, a list item or an indented block ("# 1", "1. First", "    x") keeps those
        // characters; "." opens nothing and lets emphasis after it open.
        guard let tree = CmarkTree("." + text, options: CMARK_OPT_DEFAULT) else { return text }
        defer { tree.free() }
        var result = ""
        guard let iterator = cmark_iter_new(tree.root) else { return text }
        defer { cmark_iter_free(iterator) }
        var blocks = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                if blocks > 0, !result.isEmpty, !result.hasSuffix("\n") { result += "\n" }
                blocks += 1
                if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK || cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
                    result += CmarkTree.literal(node)
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                result += CmarkTree.literal(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                result += "\n"
            default:
                break
            }
        }
        guard result.hasPrefix(".") else { return text }
        return String(result.dropFirst())
    }
}
