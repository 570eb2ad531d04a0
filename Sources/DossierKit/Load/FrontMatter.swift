import Foundation
import Yams

/// The YAML block between `---` lines at the top of a file, read with Yams, with every
/// value checked for its type and every problem reported at its line and column.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var date: DayDate?
    public var outlet: String?
    public var url: String?
    public var draft: Bool?
    public var tags: [String]?
    public var slug: String?
    public var description: String?
    /// A source's language, as a BCP 47 tag ("es", "pt-BR"): overrides detection.
    public var language: String?
    // Entity files (`content/entities/<slug>.md`):
    public var name: String?
    public var type: EntityType?
    public var aliases: [String]?
    public var hidden: Bool?
    public var mergeInto: String?
    /// A note's event: `event: {date: 2025-06, title: "…", entities: [..]}`.
    public var event: EventFields?
    /// The entities a note is about (names, aliases or slugs), each where it is written.
    public var entities: [Located<String>]?
    /// The sources a note cites (source slugs), each where it is written.
    public var sources: [Located<String>]?

    public struct EventFields: Sendable, Equatable {
        public var value: TimeValue
        public var title: String
        public var entities: [String]
    }

    public init() {}

    /// The keys each kind of file understands.
    public static let sourceKeys: Set<String> = ["title", "date", "outlet", "url", "draft", "slug", "tags", "description",
                                                  "language"]
    public static let noteKeys: Set<String> = ["title", "date", "tags", "draft", "slug", "description", "event",
                                                "entities", "sources"]
    public static let entityKeys: Set<String> = ["name", "type", "aliases", "hidden", "merge_into"]
}

/// Splits a document into front matter and body.
public enum FrontMatterParser {
    public struct Split: Sendable {
        /// The parsed front matter, or nil when the file has none.
        public var frontMatter: FrontMatter?
        /// What follows the front matter.
        public var body: String
        /// The 1-based line of the file on which `body` starts.
        public var bodyStartLine: Int
        public var diagnostics: [Diagnostic]
    }

    /// - Parameters:
    ///   - text: the whole file, with LF line endings.
    ///   - file: the path shown in messages.
    ///   - allowedKeys: other keys get a warning.
    public static func split(_ text: String, file: String, allowedKeys: Set<String>) throws(DossierError) -> Split {
        guard text.hasPrefix("---\n") || text == "---" else {
            return Split(frontMatter: nil, body: text, bodyStartLine: 1, diagnostics: [])
        }
        // Find the closing `---` (or YAML's `...`) on a line of its own.
        var yamlLines: [Substring] = []
        var closingLine: Int?
        var lineNumber = 1
        var bodyStart = text.endIndex
        var index = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        while index < text.endIndex {
            lineNumber += 1
            let end = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[index..<end]
            if line == "---" || line == "..." {
                closingLine = lineNumber
                bodyStart = end < text.endIndex ? text.index(after: end) : end
                break
            }
            yamlLines.append(line)
            index = end < text.endIndex ? text.index(after: end) : end
        }
        guard let closingLine else {
            throw DossierError(SourceLocation(file: file, line: 1, column: 1),
                               "front matter starts with '---' but has no closing '---' line")
        }
        let yaml = yamlLines.joined(separator: "\n")
        var diagnostics: [Diagnostic] = []
        let frontMatter = try parse(yaml: yaml, file: file, firstLine: 2, allowedKeys: allowedKeys, diagnostics: &diagnostics)
        return Split(frontMatter: frontMatter, body: String(text[bodyStart...]), bodyStartLine: closingLine + 1,
                     diagnostics: diagnostics)
    }

    /// Parses the YAML text of a front matter block whose first line is line `firstLine` of `file`.
    static func parse(yaml: String, file: String, firstLine: Int, allowedKeys: Set<String>,
                      diagnostics: inout [Diagnostic]) throws(DossierError) -> FrontMatter {
        let fields = try YAMLFields(yaml: yaml, file: file, firstLine: firstLine)
        var result = FrontMatter()
        for field in fields.entries {
            let key = field.key
            guard allowedKeys.contains(key) else {
                diagnostics.append(.warning(field.keyLocation, "unknown front matter key '\(key)' is ignored"
                    + (closestKey(to: key, in: allowedKeys).map { " (did you mean '\($0)'?)" } ?? "")))
                continue
            }
            switch key {
            case "title": result.title = try field.string()
            case "outlet": result.outlet = try field.string()
            case "description": result.description = try field.string()
            case "language": result.language = try field.languageTag()
            case "date": result.date = try field.date()
            case "draft": result.draft = try field.bool()
            case "tags": result.tags = try field.stringList()
            case "url": result.url = try field.webURL()
            case "slug": result.slug = try field.slug()
            case "name": result.name = try field.string()
            case "type": result.type = try field.entityType()
            case "aliases": result.aliases = try field.stringList()
            case "hidden": result.hidden = try field.bool()
            case "merge_into": result.mergeInto = try field.string()
            case "event": result.event = try field.event()
            case "entities": result.entities = try field.locatedStringList()
            case "sources": result.sources = try field.locatedStringList()
            default: break
            }
        }
        return result
    }

    static func closestKey(to key: String, in keys: Set<String>) -> String? {
        let scored = keys.map { ($0, EditDistance.between(key.lowercased(), $0)) }
            .filter { $0.1 <= max(2, $0.0.count / 3) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        return scored.first?.0
    }
}

/// The top-level mapping of a YAML document, each entry with the location of its key and value.
struct YAMLFields {
    struct Field {
        var key: String
        var value: Node
        var keyLocation: SourceLocation
        var valueLocation: SourceLocation
        /// The file line on which the YAML starts, to place marks inside the value.
        var firstLine: Int

        func fail(_ expectation: String) -> DossierError {
            DossierError(valueLocation, "front matter key '\(key)' \(expectation)")
        }

        private var scalarText: String? {
            if case .scalar(let scalar) = value { return scalar.string }
            return nil
        }

        private var isNull: Bool {
            if case .scalar(let scalar) = value {
                return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            }
            return false
        }

        func string() throws(DossierError) -> String? {
            if isNull { return nil }
            guard let text = scalarText else { throw fail("must be a single line of text") }
            // YAML escapes ("\0", "\e") can write any control character; none reaches a page.
            let trimmed = ControlCharacters.singleLine(text).trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }

        func date() throws(DossierError) -> DayDate? {
            if isNull { return nil }
            guard let text = scalarText?.trimmingCharacters(in: .whitespaces) else {
                throw fail("must be a date written YYYY-MM-DD")
            }
            // Accept a full timestamp too (`2025-09-18T14:30:00Z`, `2025-09-18 14:30`), keeping its day;
            // anything else after the day is an error, not silently dropped.
            let dayPart = String(text.prefix(10))
            let rest = text.dropFirst(10)
            if !rest.isEmpty {
                guard rest.first == "T" || rest.first == "t" || rest.first == " ", DayDate(iso: dayPart) != nil else {
                    throw fail("must be a date written YYYY-MM-DD, not '\(text)'")
                }
                switch TimeOfDay.check(rest.dropFirst().trimmingCharacters(in: .whitespaces)) {
                case .valid: break
                case .impossible: throw fail("is '\(text)', a time that does not exist")
                case .malformed: throw fail("must be a date written YYYY-MM-DD (optionally with a time, HH:MM:SS), not '\(text)'")
                }
            }
            if let date = DayDate(iso: dayPart) { return date }
            if dayPart.count == 10, dayPart.split(separator: "-").count == 3 {
                throw fail("is '\(text)', a day that does not exist")
            }
            throw fail("must be a date written YYYY-MM-DD, not '\(text)'")
        }

        func bool() throws(DossierError) -> Bool? {
            if isNull { return nil }
            switch scalarText?.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: throw fail("must be true or false")
            }
        }

        func stringList() throws(DossierError) -> [String]? {
            if isNull { return nil }
            guard case .sequence(let sequence) = value else {
                throw fail("must be a list, such as [economy, trade]")
            }
            var items: [String] = []
            for node in sequence {
                guard case .scalar(let scalar) = node else { throw fail("must be a list of words or phrases") }
                let item = ControlCharacters.singleLine(scalar.string).trimmingCharacters(in: .whitespaces)
                if !item.isEmpty { items.append(item) }
            }
            return items
        }

        /// A list of text items, each with the place it is written, for messages about one item.
        func locatedStringList() throws(DossierError) -> [Located<String>]? {
            if isNull { return nil }
            guard case .sequence(let sequence) = value else {
                throw fail("must be a list, such as [\"first\", \"second\"]")
            }
            var items: [Located<String>] = []
            for node in sequence {
                guard case .scalar(let scalar) = node else { throw fail("must be a list of names") }
                let item = ControlCharacters.singleLine(scalar.string).trimmingCharacters(in: .whitespaces)
                if !item.isEmpty { items.append(Located(item, at: location(of: node))) }
            }
            return items
        }

        /// Where a node inside this field's value is written.
        func location(of node: Node) -> SourceLocation {
            guard let mark = node.mark else { return valueLocation }
            return SourceLocation(file: valueLocation.file, line: mark.line + firstLine - 1, column: mark.column)
        }

        /// A BCP 47 language tag: a primary language of 2–3 letters, then subtags of 1–8 letters or digits.
        func languageTag() throws(DossierError) -> String? {
            guard let text = try string() else { return nil }
            guard LanguageTag.isValid(text) else {
                throw fail("must be a language tag such as 'en', 'es' or 'pt-BR', not '\(text)'")
            }
            return text
        }

        func webURL() throws(DossierError) -> String? {
            guard let text = try string() else { return nil }
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                  scheme == "http" || scheme == "https", url.host != nil else {
                throw fail("must be an http or https address, not '\(text)'")
            }
            return text
        }

        /// `{date: 2025 | 2025-06 | 2025-06-16, title: "…", entities: [names or slugs]}`.
        func event() throws(DossierError) -> FrontMatter.EventFields? {
            if isNull { return nil }
            guard case .mapping(let mapping) = value else {
                throw fail("must be a mapping such as {date: 2025-06-16, title: \"…\", entities: [\"…\"]}")
            }
            var value: TimeValue?
            var title: String?
            var entities: [String] = []
            // Marks count lines in the YAML text; the mapping's own location says where that is in the file.
            let lineOffset = (valueLocation.line ?? 1) - (self.value.mark?.line ?? 1)
            for (keyNode, valueNode) in mapping {
                let key = keyNode.string ?? ""
                let location = valueNode.mark.map {
                    SourceLocation(file: valueLocation.file, line: $0.line + lineOffset, column: $0.column)
                } ?? valueLocation
                let inner = Field(key: "event." + key, value: valueNode, keyLocation: location, valueLocation: location, firstLine: firstLine)
                switch key {
                case "date":
                    guard let text = try inner.string() else { continue }
                    let parts = text.split(separator: "-").compactMap { Int($0) }
                    switch parts.count {
                    case 1 where text.count == 4: value = TimeValue.year(parts[0])
                    case 2 where text.count == 7: value = TimeValue.month(parts[0], parts[1])
                    case 3: value = DayDate(iso: text).map(TimeValue.day)
                    default: value = nil
                    }
                    if value == nil { throw inner.fail("must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(text)'") }
                case "title": title = try inner.string()
                case "entities": entities = try inner.stringList() ?? []
                default: throw inner.fail("is not known (an event has date, title and entities)")
                }
            }
            guard let value else { throw fail("needs a date") }
            guard let title else { throw fail("needs a title") }
            return FrontMatter.EventFields(value: value, title: title, entities: entities)
        }

        func entityType() throws(DossierError) -> EntityType? {
            guard let text = try string()?.lowercased() else { return nil }
            if text == "organisation" { return .organization }
            guard let type = EntityType(rawValue: text) else {
                throw fail("must be one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
            }
            return type
        }

        func slug() throws(DossierError) -> String? {
            guard let text = try string() else { return nil }
            if text.contains("/") || text.contains("\\") || text.contains("..") {
                throw fail("must be a single name, without '/', '\\' or '..'")
            }
            let slug = Slug.make(text)
            if slug.isEmpty { throw fail("'\(text)' has no letters or digits left to make a page name") }
            return slug
        }
    }

    var entries: [Field] = []

    init(yaml: String, file: String, firstLine: Int) throws(DossierError) {
        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return SourceLocation(file: file, line: firstLine) }
            return SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
        }
        if let alias = YAMLKeyCheck.firstAliasInKey(yaml) {
            throw DossierError(SourceLocation(file: file, line: alias.line + firstLine - 1, column: alias.column),
                               "front matter keys must be plain words, not an alias ('*name')")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw YAMLFields.diagnose(error, file: file, firstLine: firstLine)
        } catch {
            throw DossierError(SourceLocation(file: file, line: firstLine), "front matter is not valid YAML: \(error)")
        }
        guard let root else { return }  // empty front matter
        guard case .mapping(let mapping) = root else {
            throw DossierError(location(root.mark), "front matter must be a list of 'key: value' lines")
        }
        var seen: Set<String> = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                throw DossierError(location(keyNode.mark), "front matter keys must be plain words")
            }
            let key = keyScalar.string
            if !seen.insert(key).inserted {
                throw DossierError(location(keyNode.mark), "front matter key '\(key)' appears twice")
            }
            entries.append(Field(key: key, value: valueNode, keyLocation: location(keyNode.mark),
                                 valueLocation: location(valueNode.mark ?? keyNode.mark), firstLine: firstLine))
        }
    }

    static func diagnose(_ error: YamlError, file: String, firstLine: Int) -> DossierError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return DossierError(SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column),
                                "front matter is not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DossierError(SourceLocation(file: file, line: context.mark.line + firstLine - 1, column: context.mark.column),
                                duplicates.sorted().map { "front matter key '\($0)' appears twice" }.joined(separator: "; "))
        default:
            return DossierError(SourceLocation(file: file, line: firstLine), "front matter is not valid YAML: \(error)")
        }
    }
}
