/// What `dossier build` is asked to do. Paths are as the user gave them; they are shown as given in messages.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var outputPath: String
    public var templatesPath: String
    /// The config file; when nil, `dossier.yml` beside the content folder is read if it exists.
    public var configPath: String?
    public var baseURL: String?
    public var includeDrafts: Bool
    /// Templates to use when `templatesPath` does not exist (the defaults built into the binary),
    /// or nil to require the folder.
    public var builtInTemplates: [TemplateSet.File]?

    public init(contentPath: String = "content", outputPath: String = "public", templatesPath: String = "Templates",
                configPath: String? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
                builtInTemplates: [TemplateSet.File]? = nil) {
        self.builtInTemplates = builtInTemplates
        self.contentPath = contentPath
        self.outputPath = outputPath
        self.templatesPath = templatesPath
        self.configPath = configPath
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }

    /// `dossier.yml` in the folder that holds the content folder.
    public var defaultConfigPath: String {
        let parent = Paths.parent(contentPath)
        return parent.isEmpty ? "dossier.yml" : parent + "/dossier.yml"
    }
}

import Foundation
