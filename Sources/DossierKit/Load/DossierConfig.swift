import Foundation

/// The dossier's settings, from `dossier.yml` beside `content/`.
public struct DossierConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    /// BCP 47 language tag of the content, for `<html lang>`.
    public var language: String
    /// Where the site will be published; only used for absolute links in feeds and sitemaps.
    public var baseURL: String?

    public init(title: String = "Dossier", description: String = "", language: String = "en", baseURL: String? = nil) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
    }

    static let keys: Set<String> = ["title", "description", "language", "base_url"]

    /// Reads a config file. A missing file gives the defaults when `required` is false.
    public static func load(path: String, displayPath: String, required: Bool) throws(DossierError) -> (DossierConfig, [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw DossierError(SourceLocation(file: displayPath), "config file not found") }
            return (DossierConfig(), [])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DossierError(SourceLocation(file: displayPath), "config file cannot be read")
        }
        let decoded = TextDecoding.decode(data)
        var diagnostics = decoded.warnings.map { Diagnostic.warning(SourceLocation(file: displayPath), $0) }
        let fields = try YAMLFields(yaml: decoded.text, file: displayPath, firstLine: 1)
        var config = DossierConfig()
        for field in fields.entries {
            switch field.key {
            case "title": config.title = try field.string() ?? config.title
            case "description": config.description = try field.string() ?? ""
            case "language": config.language = try field.string() ?? config.language
            case "base_url": config.baseURL = try field.webURL()
            default:
                diagnostics.append(.warning(field.keyLocation, "unknown config key '\(field.key)' is ignored"
                    + (FrontMatterParser.closestKey(to: field.key, in: keys).map { " (did you mean '\($0)'?)" } ?? "")))
            }
        }
        return (config, diagnostics)
    }
}
