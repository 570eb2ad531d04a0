import Foundation
import Mustache

/// The templates and assets of a `Templates/` folder: every `*.mustache` file (named by its
/// path without the extension, e.g. `partials/nav`) and every file under `assets/`.
public struct TemplateSet: Sendable {
    /// Page templates the renderer needs.
    public static let requiredTemplates = ["home", "sources", "source", "notes", "note", "entities", "entity", "timeline", "tags", "tag", "404"]

    public var library: MustacheLibrary
    public var names: Set<String>
    /// Asset files: path relative to `assets/` → bytes.
    public var assets: [(path: String, data: Data)]

    /// One file of a template set: its path inside the set (`partials/nav.mustache`,
    /// `assets/style.css`) and its bytes.
    public struct File: Sendable {
        public var path: String
        public var data: Data

        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// Reads a templates folder.
    public static func load(from directory: String, displayPath: String) throws(DossierError) -> TemplateSet {
        try load(files: read(directory, displayPath: displayPath), displayPath: displayPath)
    }

    /// Every file of a templates folder, sorted by path.
    public static func read(_ directory: String, displayPath: String) throws(DossierError) -> [File] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DossierError(SourceLocation(file: displayPath), "templates folder not found (give another with --templates)")
        }
        var files: [File] = []
        for relative in (FileManager.default.subpaths(atPath: directory) ?? []).sorted() {
            let absolute = directory + "/" + relative
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = FileManager.default.contents(atPath: absolute) else {
                throw DossierError(SourceLocation(file: displayPath + "/" + relative), "template file cannot be read")
            }
            files.append(File(path: relative, data: data))
        }
        return files
    }

    /// A template set from its files (a folder's, or the defaults built into the binary).
    public static func load(files: [File], displayPath: String) throws(DossierError) -> TemplateSet {
        var library = MustacheLibrary()
        var names: Set<String> = []
        var assets: [(String, Data)] = []
        var sources: [String: (display: String, text: String)] = [:]
        for file in files.sorted(by: { $0.path < $1.path }) {
            let relative = file.path
            let display = displayPath + "/" + relative
            if relative.hasPrefix("assets/") {
                assets.append((String(relative.dropFirst("assets/".count)), file.data))
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            let name = String(relative.dropLast(".mustache".count))
            let text = TextDecoding.decode(file.data).text
            library.register(try parse(text, display: display), named: name)
            names.insert(name)
            sources[name] = (display, text)
        }
        for required in requiredTemplates where !names.contains(required) {
            throw DossierError(SourceLocation(file: displayPath + "/" + required + ".mustache"),
                               "missing template '\(required)': every template set needs \(requiredTemplates.map { "'\($0)'" }.joined(separator: ", "))")
        }
        try checkPartials(sources, names: names)
        return TemplateSet(library: library, names: names, assets: assets)
    }

    /// The pragma every template is read with: HTML escaping as Mustache's own (`< > & " '`), with a fast path for
    /// the text that needs none (Mustache's escapes character by character, a twentieth of a large build).
    /// A template's own `CONTENT_TYPE` pragma, later in its text, still wins.
    static let contentTypePragma: String = {
        MustacheContentTypes.register(FastHTMLContentType(), named: "DOSSIER_HTML")
        return "{{% CONTENT_TYPE: DOSSIER_HTML}}\n"
    }()

    /// One template's text, parsed; its nesting is checked first (the parser recurses per section).
    static func parse(_ text: String, display: String) throws(DossierError) -> MustacheTemplate {
        if let deep = TemplateNesting.firstTooDeep(in: text) {
            throw DossierError(SourceLocation(file: display, line: deep.line, column: deep.column),
                               "template sections are nested more than \(TemplateNesting.limit) deep")
        }
        do {
            return try MustacheTemplate(string: contentTypePragma + text)
        } catch let error as MustacheTemplate.ParserError {
            // (The pragma is a line of its own before the template's first.)
            throw DossierError(SourceLocation(file: display, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                               "template syntax error: \(describe(error.error))")
        } catch {
            throw DossierError(SourceLocation(file: display), "template syntax error: \(error)")
        }
    }

    /// Mustache renders a missing partial as nothing; a dossier build treats it as an error,
    /// and so is a partial that includes itself, directly or through others.
    static func checkPartials(_ sources: [String: (display: String, text: String)], names: Set<String>) throws(DossierError) {
        var references: [String: [String]] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in partialReferences(in: source.text) {
                guard names.contains(reference.name) else {
                    throw DossierError(SourceLocation(file: source.display, line: reference.line, column: reference.column),
                                       "template includes '\(reference.name)', which does not exist")
                }
                references[name, default: []].append(reference.name)
            }
        }
        // Depth-first search for a cycle.
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        func visit(_ name: String, path: [String]) -> [String]? {
            if state[name] == 2 { return nil }
            if state[name] == 1, let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
            state[name] = 1
            for next in references[name] ?? [] {
                if let cycle = visit(next, path: path + [name]) { return cycle }
            }
            state[name] = 2
            return nil
        }
        for name in references.keys.sorted() {
            if let cycle = visit(name, path: []) {
                let start = cycle.first ?? name
                throw DossierError(SourceLocation(file: sources[start]?.display ?? start),
                                   "template includes itself: \(cycle.joined(separator: " → "))")
            }
        }
    }

    struct PartialReference {
        var name: String
        var line: Int
        var column: Int
    }

    /// `{{> name}}` and `{{< name}}` tags, with their positions.
    static func partialReferences(in text: String) -> [PartialReference] {
        var result: [PartialReference] = []
        var line = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
                line += 1
                lineStart = text.index(after: index)
            } else if text[index...].hasPrefix("{{"), let close = text[index...].range(of: "}}") {
                let inner = text[text.index(index, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let marker = inner.first, marker == ">" || marker == "<" {
                    let name = inner.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !name.hasPrefix("*") {
                        result.append(PartialReference(name: name, line: line,
                                                       column: text.distance(from: lineStart, to: index) + 1))
                    }
                }
                index = close.upperBound
                continue
            }
            index = text.index(after: index)
        }
        return result
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // The parser's reader runs past the end of the text when a tag is never closed.
            return "\(error)" == "overflow" ? "the template ends inside a tag (a '{{' is never closed)" : "\(error)"
        }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "an inheritance section holds a tag other than blocks"
        case .textInsideInheritSection: return "an inheritance section holds text outside blocks"
        case .invalidConfigVariableSyntax: return "a config variable is malformed"
        case .unrecognisedConfigVariable: return "unknown config variable"
        }
    }

    /// Renders a page template; a missing template is an error naming it.
    func render(_ context: [String: Any], template: String) throws(DossierError) -> String {
        guard let html = library.render(context, withTemplate: template) else {
            throw DossierError(SourceLocation(file: template + ".mustache"), "missing template '\(template)'")
        }
        // The last net: no control character reaches a page, whatever brought it (a Markdown
        // entity such as `&#27;`, a template).
        return ControlCharacters.fileText(html)
    }
}

/// HTML escaping of `{{name}}` values: the five characters Mustache escapes, byte by byte.
struct FastHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        func special(_ byte: UInt8) -> Bool { byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 }
        guard text.utf8.contains(where: special) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case 0x3C: bytes += [0x26, 0x6C, 0x74, 0x3B]              // &lt;
            case 0x3E: bytes += [0x26, 0x67, 0x74, 0x3B]              // &gt;
            case 0x26: bytes += [0x26, 0x61, 0x6D, 0x70, 0x3B]        // &amp;
            case 0x22: bytes += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: bytes += [0x26, 0x23, 0x33, 0x39, 0x3B]        // &#39;
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
