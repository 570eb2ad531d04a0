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
        }
        for node in tree.nodes(of: CMARK_NODE_LINK) {
            guard let url = cmark_node_get_url(node).map({ String(cString: $0) }), RelativeLink.isRelative(url) else { continue }
            references.append(NoteReference(kind: .relativeLink, target: url, location: location(node)))
        }
        return references.sorted { $0.location < $1.location }
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
