import Foundation

/// The files `dossier new` writes: a note, a source or an entity file with its front matter
/// filled in, at a path made from its title. Nothing here reads the clock: the caller passes today.
public enum NewFile {
    public enum Kind: String, CaseIterable, Sendable {
        case note, source, entity
    }

    public struct Plan: Sendable, Equatable {
        /// Path inside the content folder, e.g. `notes/a-title.md`.
        public var relativePath: String
        public var text: String
    }

    public static func plan(_ kind: Kind, _ argument: String, today: DayDate, entityType: EntityType? = nil) throws(DossierError) -> Plan {
        let trimmed = argument.trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .note:
            let slug = try slug(for: trimmed, kind: kind)
            return Plan(relativePath: "notes/\(slug).md", text: """
                ---
                title: \(yamlString(trimmed))
                date: \(today.iso)
                draft: true
                tags: []
                # Entities the note is about (names or slugs) and sources it cites (source slugs or file names):
                entities: []
                sources: []
                ---

                Write the note in Markdown. Link with `[[Name]]`, `[[Name|text]]`, `[[sources/<slug>]]`, `[[notes/<slug>]]` or `[[timeline]]`.

                """)
        case .source:
            if let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
               let host = url.host, !host.isEmpty {
                let outlet = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
                let last = url.pathComponents.filter { $0 != "/" }.last.map { Paths.stem($0) } ?? ""
                let slug = Slug.make(last).isEmpty ? Slug.make(outlet) : Slug.make(last, maxLength: 70)
                return Plan(relativePath: "sources/\(slug).md", text: sourceText(title: "", url: trimmed, outlet: outlet))
            }
            let slug = try slug(for: trimmed, kind: kind)
            return Plan(relativePath: "sources/\(slug).md", text: sourceText(title: trimmed, url: nil, outlet: nil))
        case .entity:
            let slug = try slug(for: trimmed, kind: kind)
            let type = entityType.map { "type: \($0.rawValue)" }
                ?? "# type: \(EntityType.allCases.map(\.rawValue).joined(separator: " | "))"
            return Plan(relativePath: "entities/\(slug).md", text: """
                ---
                name: \(yamlString(trimmed))
                \(type)
                aliases: []
                # hidden: true       (leave this entity out of the site)
                # merge_into: "…"    (fold it into another entity)
                ---

                """)
        }
    }

    private static func sourceText(title: String, url: String?, outlet: String?) -> String {
        """
        ---
        title: \(yamlString(title))
        url: \(url.map(yamlString) ?? "")
        outlet: \(outlet.map(yamlString) ?? "")
        date:                # the article's publication date, YYYY-MM-DD
        draft: true
        tags: []
        ---

        """
    }

    private static func slug(for title: String, kind: Kind) throws(DossierError) -> String {
        let slug = Slug.make(title, maxLength: 70)
        guard !slug.isEmpty else {
            throw DossierError(SourceLocation(file: "dossier new \(kind.rawValue)"),
                               "'\(title)' has no letters or digits to make a file name from")
        }
        return slug
    }

    /// A YAML double-quoted scalar (the JSON string syntax, which YAML reads as written).
    static func yamlString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Writes a new file and never overwrites one: creating it fails if the path exists.
    public static func create(_ path: String, text: String, displayPath: String) throws(DossierError) {
        try create(path, data: Data(text.utf8), displayPath: displayPath)
    }

    public static func create(_ path: String, data: Data, displayPath: String) throws(DossierError) {
        let folder = Paths.parent(path)
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw DossierError(SourceLocation(file: displayPath), "cannot create the folder for it: \(error.localizedDescription)")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "already exists; nothing was written (choose another title, or edit that file)"
                                         : "cannot be created: \(String(cString: strerror(errno)))"
            throw DossierError(SourceLocation(file: displayPath), reason)
        }
        defer { close(descriptor) }
        let bytes = [UInt8](data)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else {
                throw DossierError(SourceLocation(file: displayPath), "cannot be written: \(String(cString: strerror(errno)))")
            }
            written += result
        }
    }
}
