import Foundation
import PackagePlugin

/// Embeds the repository's `Templates/` folder into the target that uses this plugin, as a
/// generated Swift file, so that the installed `dossier` binary carries the default templates
/// (for `dossier init`, and for building a dossier that has no templates of its own). The
/// folder stays the one copy: the file is generated at build time and never committed.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplateFiles.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the default templates",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [templates.path(), output.path()],
                inputFiles: inputs.sorted { $0.path() < $1.path() },
                outputFiles: [output]
            ),
        ]
    }
}
