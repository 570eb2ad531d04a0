import CCmark
import Foundation

/// Links a Markdown document on libcmark's node tree, so that code spans, code blocks, existing
/// links and raw HTML are never touched: `[[wikilinks]]` become links to their pages, relative
/// links to content files are pointed at the pages made from them, and the first mention of
/// each entity name in a paragraph (or heading, or list item) becomes a link.
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
    /// Turns a wikilink into a link's address (nil: plain text, for a link to a draft), text, and
    /// the `Name.key` it counts as (so that the same entity is not linked again by name in that
    /// paragraph); nil leaves it as written.
    var wikiLink: (WikiLink) -> (href: String?, text: String, key: String?)? = { _ in nil }
    /// What to do with a relative link's address.
    var relativeLink: (String) -> RelativeLinkAction = { _ in .keep }

    enum RelativeLinkAction {
        /// Point it at this address (the page made from the content file).
        case rewrite(String)
        /// Keep its text without the link (a link to a draft).
        case plainText
        case keep
    }

    func html(_ source: String) -> String {
        let options = markdown.cmarkOptions
        guard let tree = CmarkTree(source, options: options) else { return "" }
        defer { tree.free() }
        tree.mergeAdjacentText()

        for link in tree.nodes(of: CMARK_NODE_LINK) {
            guard let url = cmark_node_get_url(link).map({ String(cString: $0) }), RelativeLink.isRelative(url) else { continue }
            switch relativeLink(url) {
            case .rewrite(let address): cmark_node_set_url(link, address)
            case .plainText:
                // Move the link's children before it, then drop the empty link.
                while let child = cmark_node_first_child(link) {
                    cmark_node_unlink(child)
                    cmark_node_insert_before(link, child)
                }
                cmark_node_unlink(link)
                cmark_node_free(link)
            case .keep: continue
            }
        }
        // Text nodes outside links; code spans and code blocks are other node types, never touched.
        var texts: [(node: OpaquePointer, block: OpaquePointer?)] = []
        for node in tree.nodes(of: CMARK_NODE_TEXT) where !CmarkTree.isInsideLink(node) {
            texts.append((node, CmarkTree.ancestor(of: node, in: [CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING])))
        }
        var linked: [OpaquePointer?: Set<String>] = [:]
        for (node, block) in texts {
            let literal = CmarkTree.literal(node)
            var pieces: [(text: String, href: String?)] = []
            var cursor = literal.startIndex
            var done = linked[block] ?? []
            for link in literal.contains("[[") ? WikiLink.find(in: literal) : [] {
                guard let resolved = wikiLink(link) else { continue }
                if let key = resolved.key { done.insert(key) }
                pieces.append((String(literal[cursor..<link.range.lowerBound]), nil))
                pieces.append((resolved.text, resolved.href))
                cursor = link.range.upperBound
            }
            pieces.append((String(literal[cursor...]), nil))
            // Names are linked in the plain text between wikilinks.
            var output: [(text: String, href: String?)] = []
            for piece in pieces {
                guard piece.href == nil, !piece.text.isEmpty else { output.append(piece); continue }
                var pieceCursor = piece.text.startIndex
                for match in matches(in: piece.text, skipping: &done) {
                    output.append((String(piece.text[pieceCursor..<match.range.lowerBound]), nil))
                    output.append((String(piece.text[match.range]), match.name.href))
                    pieceCursor = match.range.upperBound
                }
                output.append((String(piece.text[pieceCursor...]), nil))
            }
            linked[block] = done
            guard output.contains(where: { $0.href != nil }) || pieces.count > 1 else { continue }
            for piece in output where !piece.text.isEmpty {
                let inserted = piece.href.map { CmarkTree.linkNode(url: $0, text: piece.text) } ?? CmarkTree.textNode(piece.text)
                if let inserted { cmark_node_insert_before(node, inserted) }
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return tree.html(options: options)
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
                if NameMatcher.isWholeWord(range, in: haystack), !found.contains(where: { $0.range.overlaps(range) }) {
                    found.append((range, name))
                    done.insert(name.key)
                    break
                }
                start = range.upperBound
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
