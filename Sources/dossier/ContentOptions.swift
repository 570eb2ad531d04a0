import ArgumentParser
import DefaultTemplates
import DossierKit

/// The options that say where a dossier is, shared by `build`, `check` and `serve`.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder, with sources/, notes/ and entities/.", valueName: "dir"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("The templates folder (Mustache templates and assets/). Default: Templates, "
                                            + "or the templates built into dossier when there is no such folder.", valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("The dossier config file (default: dossier.yml beside the content folder, if present).",
                                            valueName: "file"))
    var config: String?

    @Flag(name: .long, help: "Include sources and notes marked `draft: true`.")
    var drafts = false

    /// An empty path names no folder: a wrong command line (exit 2), like a missing value.
    func validate() throws {
        for (name, value) in [("--content", content), ("--templates", templates), ("--config", config)] where value?.isEmpty == true {
            throw ValidationError("\(name) needs a path, not an empty string")
        }
    }

    static func validate(output: String) throws {
        if output.isEmpty { throw ValidationError("--output needs a path, not an empty string") }
    }

    func buildOptions(output: String, baseURL: String? = nil) -> BuildOptions {
        BuildOptions(contentPath: content, outputPath: output, templatesPath: templates ?? "Templates", configPath: config,
                     baseURL: baseURL, includeDrafts: drafts, builtInTemplates: templates == nil ? DefaultTemplates.files : nil)
    }
}
