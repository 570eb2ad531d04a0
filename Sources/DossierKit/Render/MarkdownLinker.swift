import CCmark
import Foundation

/// Links names in a Markdown document on libcmark's node tree, so that code spans, code blocks,
/// existing links and raw text are never touched: the first mention of each name in a paragraph
/// (or heading, or list item) becomes a link.
struct MarkdownLinker {
    struct Name {
        var text: String
        var caseSensitive: Bool
        var href: String
        /// Names with the same key are one target: only the first of them in a paragraph is linked.
        var key: String
    }

    var markdown: Markdown
    var names: [Name]

    func html(_ source: String) -> String {
        var source = source
        let options = markdown.cmarkOptions
        guard let root = source.withUTF8({ buffer -> OpaquePointer? in
            guard let base = buffer.baseAddress else { return cmark_parse_document("", 0, options) }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, options) }
        }) else { return "" }
        defer { cmark_node_free(root) }

        // Collect the text nodes first; the tree is changed afterwards.
        var texts: [(node: OpaquePointer, block: OpaquePointer?)] = []
        if let iterator = cmark_iter_new(root) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                      cmark_node_get_type(node) == CMARK_NODE_TEXT, !Self.isInsideLink(node) else { continue }
                texts.append((node, Self.block(of: node)))
            }
        }
        var linked: [OpaquePointer?: Set<String>] = [:]
        for (node, block) in texts {
            guard let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { continue }
            var done = linked[block] ?? []
            let matches = self.matches(in: literal, skipping: &done)
            linked[block] = done
            guard !matches.isEmpty else { continue }
            var cursor = literal.startIndex
            for match in matches {
                if cursor < match.range.lowerBound {
                    Self.insert(Self.textNode(String(literal[cursor..<match.range.lowerBound])), before: node)
                }
                guard let link = cmark_node_new(CMARK_NODE_LINK) else { continue }
                cmark_node_set_url(link, match.name.href)
                if let child = Self.textNode(String(literal[match.range])) { cmark_node_append_child(link, child) }
                cmark_node_insert_before(node, link)
                cursor = match.range.upperBound
            }
            let rest = String(literal[cursor...])
            if rest.isEmpty {
                cmark_node_unlink(node)
                cmark_node_free(node)
            } else {
                cmark_node_set_literal(node, rest)
            }
        }
        guard let output = cmark_render_html(root, options) else { return "" }
        defer { free(output) }
        return String(cString: output)
    }

    /// The first whole-word occurrence of each name not yet linked in this block, longest names first,
    /// not overlapping each other, in text order.
    private func matches(in text: String, skipping done: inout Set<String>) -> [(range: Range<String.Index>, name: Name)] {
        var found: [(range: Range<String.Index>, name: Name)] = []
        let lower = text.lowercased()
        let sameIndices = lower.count == text.count && lower.utf8.count == text.utf8.count
        for name in names.sorted(by: { $0.text.count > $1.text.count }) where !done.contains(name.key) {
            let haystack = name.caseSensitive || !sameIndices ? text : lower
            let needle = name.caseSensitive || !sameIndices ? name.text : name.text.lowercased()
            var start = haystack.startIndex
            while let range = haystack.range(of: needle, range: start..<haystack.endIndex) {
                let before = range.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: range.lowerBound)]
                let after = range.upperBound == haystack.endIndex ? nil : haystack[range.upperBound]
                let wholeWord = !(before?.isLetter ?? false) && !(before?.isNumber ?? false)
                    && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
                if wholeWord, !found.contains(where: { $0.range.overlaps(range) }) {
                    found.append((range, name))
                    done.insert(name.key)
                    break
                }
                start = range.upperBound
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The nearest ancestor of a node whose type is one of `types`.
    private static func ancestor(of node: OpaquePointer, in types: [cmark_node_type]) -> OpaquePointer? {
        var current = cmark_node_parent(node)
        while let parent = current {
            if types.contains(cmark_node_get_type(parent)) { return parent }
            current = cmark_node_parent(parent)
        }
        return nil
    }

    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        ancestor(of: node, in: [CMARK_NODE_LINK, CMARK_NODE_IMAGE]) != nil
    }

    /// The paragraph or heading that holds an inline node.
    private static func block(of node: OpaquePointer) -> OpaquePointer? {
        ancestor(of: node, in: [CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING])
    }

    private static func textNode(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }

    private static func insert(_ node: OpaquePointer?, before sibling: OpaquePointer) {
        guard let node else { return }
        cmark_node_insert_before(sibling, node)
    }
}
