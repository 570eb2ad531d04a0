import Foundation

/// The dossier's settings, from `dossier.yml` beside `content/`.
public struct DossierConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    /// BCP 47 language tag of the content, for `<html lang>`.
    public var language: String
    /// Where the site will be published; only used for absolute links in feeds and sitemaps.
    public var baseURL: String?
    /// `unsafe_html: true` lets raw HTML in notes and Markdown sources through to the pages.
    /// Raw text sources are escaped either way: they are not Markdown.
    public var unsafeHTML: Bool

    public init(title: String = "Dossier", description: String = "", language: String = "en", baseURL: String? = nil,
                unsafeHTML: Bool = false) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.unsafeHTML = unsafeHTML
    }

    static let keys: Set<String> = ["title", "description", "language", "base_url", "unsafe_html"]

    static let unsafeHTMLWarning = "unsafe_html is on: raw HTML in notes and Markdown sources is published as written"

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
        let diagnostics = decoded.warnings.map { Diagnostic.warning(SourceLocation(file: displayPath), $0) }
        do {
            return try read(decoded.text, displayPath: displayPath, diagnostics: diagnostics)
        } catch {
            // The checks are shared with front matter; their messages name the config here.
            throw DossierError(error.diagnostics.map {
                Diagnostic($0.severity, $0.location, $0.message.replacingOccurrences(of: "front matter", with: "config"))
            })
        }
    }

    private static func read(_ text: String, displayPath: String, diagnostics: [Diagnostic]) throws(DossierError) -> (DossierConfig, [Diagnostic]) {
        var diagnostics = diagnostics
        let fields = try YAMLFields(yaml: text, file: displayPath, firstLine: 1)
        var config = DossierConfig()
        for field in fields.entries {
            switch field.key {
            case "title": config.title = try field.string() ?? config.title
            case "description": config.description = try field.string() ?? ""
            case "language":
                config.language = try field.string() ?? config.language
                guard LanguageTag.isValid(config.language) else {
                    throw field.fail("must be a BCP 47 language tag such as en, fr-CA or zh-Hant, not '\(config.language)'")
                }
            case "base_url": config.baseURL = try field.webURL()
            case "unsafe_html":
                config.unsafeHTML = try field.bool() ?? false
                if config.unsafeHTML { diagnostics.append(.warning(field.keyLocation, unsafeHTMLWarning)) }
            default:
                diagnostics.append(.warning(field.keyLocation, "unknown config key '\(field.key)' is ignored"
                    + (FrontMatterParser.closestKey(to: field.key, in: keys).map { " (did you mean '\($0)'?)" } ?? "")))
            }
        }
        return (config, diagnostics)
    }
}
