import CCmark
import Foundation

/// A libcmark document tree, owned and freed by this value's user: parsing, walking and the
/// small edits that linking needs. Everything that reads or changes Markdown structure goes
/// through the tree, never through string replacement on the Markdown.
struct CmarkTree {
    let root: OpaquePointer

    /// Parses a document; nil only if libcmark cannot allocate.
    init?(_ source: String, options: Int32) {
        var source = source
        guard let root = source.withUTF8({ buffer -> OpaquePointer? in
            guard let base = buffer.baseAddress else { return cmark_parse_document("", 0, options) }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, options) }
        }) else { return nil }
        self.root = root
    }

    func free() {
        cmark_node_free(root)
    }

    func html(options: Int32) -> String {
        guard let output = cmark_render_html(root, options) else { return "" }
        defer { Foundation.free(output) }
        return String(cString: output)
    }

    /// Every node of a type, in document order, collected before any change to the tree.
    func nodes(of type: cmark_node_type) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == type {
                found.append(node)
            }
        }
        return found
    }

    /// Joins runs of neighbouring text nodes: libcmark leaves brackets that start no link, and
    /// the pieces around escapes, entities and smart quotes, as text nodes of their own, so
    /// `[[Name]]` can arrive in pieces. Each parent's children are walked in place; only text
    /// nodes (which have no children) are freed, so no freed node is visited again.
    func mergeAdjacentText() {
        var parents: [OpaquePointer] = []
        if let iterator = cmark_iter_new(root) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_first_child(node) != nil {
                    parents.append(node)
                }
            }
        }
        for parent in parents {
            var child = cmark_node_first_child(parent)
            while let node = child {
                if cmark_node_get_type(node) == CMARK_NODE_TEXT {
                    var literal = Self.literal(node)
                    var next = cmark_node_next(node)
                    var merged = false
                    while let sibling = next, cmark_node_get_type(sibling) == CMARK_NODE_TEXT {
                        literal += Self.literal(sibling)
                        next = cmark_node_next(sibling)
                        cmark_node_unlink(sibling)
                        cmark_node_free(sibling)
                        merged = true
                    }
                    if merged { cmark_node_set_literal(node, literal) }
                }
                child = cmark_node_next(node)
            }
        }
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The nearest ancestor of a node whose type is one of `types`.
    static func ancestor(of node: OpaquePointer, in types: [cmark_node_type]) -> OpaquePointer? {
        var current = cmark_node_parent(node)
        while let parent = current {
            if types.contains(cmark_node_get_type(parent)) { return parent }
            current = cmark_node_parent(parent)
        }
        return nil
    }

    static func isInsideLink(_ node: OpaquePointer) -> Bool {
        ancestor(of: node, in: [CMARK_NODE_LINK, CMARK_NODE_IMAGE]) != nil
    }

    static func textNode(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }

    static func linkNode(url: String, text: String) -> OpaquePointer? {
        guard let link = cmark_node_new(CMARK_NODE_LINK) else { return nil }
        cmark_node_set_url(link, url)
        if let child = textNode(text) { cmark_node_append_child(link, child) }
        return link
    }

    /// 1-based line and column where a node starts in the parsed text, when libcmark knows.
    static func start(of node: OpaquePointer) -> (line: Int, column: Int)? {
        let line = Int(cmark_node_get_start_line(node))
        guard line > 0 else { return nil }
        return (line, max(1, Int(cmark_node_get_start_column(node))))
    }
}
