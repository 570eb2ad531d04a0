import CCmark
import Foundation

/// Finds the wikilinks and relative Markdown links of a note on libcmark's node tree, so that
/// code spans, code blocks and link text are left alone.
public enum NoteLinkScanner {
    public static func references(in note: Note) -> [NoteReference] {
        guard let tree = CmarkTree(note.body, options: Markdown().cmarkOptions) else { return [] }
        defer { tree.free() }
        tree.mergeAdjacentText()
        var references: [NoteReference] = []
        func location(_ node: OpaquePointer, offset: Int = 0) -> SourceLocation {
            guard let start = CmarkTree.start(of: node) else { return SourceLocation(file: note.displayPath) }
            return SourceLocation(file: note.displayPath, line: note.bodyStartLine + start.line - 1, column: start.column + offset)
        }
        for node in tree.nodes(of: CMARK_NODE_TEXT) where !CmarkTree.isInsideLink(node) {
            let literal = CmarkTree.literal(node)
            guard literal.contains("[[") else { continue }
            for link in WikiLink.find(in: literal) {
                references.append(NoteReference(kind: .wikilink, target: link.target,
                                                location: location(node, offset: literal.distance(from: literal.startIndex, to: link.range.lowerBound))))
            }
            if let split = splitWikilink(startingIn: node, literal: literal) {
                references.append(NoteReference(kind: .splitWikilink, target: split.target, location: location(node, offset: split.offset)))
            }
        }
        for node in tree.nodes(of: CMARK_NODE_LINK) {
            guard let url = cmark_node_get_url(node).map({ String(cString: $0) }), RelativeLink.isRelative(url) else { continue }
            references.append(NoteReference(kind: .relativeLink, target: url, location: location(node)))
        }
        return references.sorted { $0.location < $1.location }
    }
}

extension NoteLinkScanner {
    /// A `[[` left open at the end of a text node whose `]]` comes in a later text node of the same
    /// parent, with inline HTML between: libcmark makes the HTML a node of its own, so the wikilink
    /// is never whole. Its target as written (HTML included) and the column offset of its `[[`.
    static func splitWikilink(startingIn node: OpaquePointer, literal: String) -> (target: String, offset: Int)? {
        guard let open = literal.range(of: "[[", options: .backwards), !literal[open.upperBound...].contains("]]") else { return nil }
        var target = String(literal[open.upperBound...])
        var sawHTML = false
        var next = cmark_node_next(node)
        while let sibling = next {
            let piece = CmarkTree.literal(sibling)
            switch cmark_node_get_type(sibling) {
            case CMARK_NODE_HTML_INLINE:
                sawHTML = true
                target += piece
            case CMARK_NODE_TEXT:
                if let close = piece.range(of: "]]") {
                    guard sawHTML else { return nil }
                    target += piece[..<close.lowerBound]
                    return (target, literal.distance(from: literal.startIndex, to: open.lowerBound))
                }
                if piece.contains("[[") { return nil }
                target += piece
            default:
                return nil
            }
            next = cmark_node_next(sibling)
        }
        return nil
    }
}

/// Markdown link destinations that point into the dossier's own files.
public enum RelativeLink {
    /// True for `other.md`, `../sources/a.txt#s-3`; false for `https:`, `mailto:`, `#top`, `/x`, `//host`.
    public static func isRelative(_ url: String) -> Bool {
        guard let first = url.first, first != "#", first != "/", first != "?" else { return false }
        if let colon = url.firstIndex(of: ":") {
            let scheme = url[..<colon]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }),
               !scheme.contains("/") { return false }
        }
        return true
    }

    /// Splits `path#fragment`.
    public static func split(_ url: String) -> (path: String, fragment: String?) {
        guard let hash = url.firstIndex(of: "#") else { return (url, nil) }
        let fragment = String(url[url.index(after: hash)...])
        return (String(url[..<hash]), fragment.isEmpty ? nil : fragment)
    }

    /// Joins a relative path onto the folder of a content file (`notes/a.md` + `../sources/b.txt`
    /// → `sources/b.txt`); nil when it climbs out of the content folder.
    public static func resolve(_ path: String, from file: String) -> String? {
        var parts = file.split(separator: "/").map(String.init)
        parts.removeLast()
        let decoded = path.removingPercentEncoding ?? path
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
