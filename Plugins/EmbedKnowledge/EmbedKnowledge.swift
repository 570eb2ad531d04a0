import Foundation
import PackagePlugin

/// Embeds the repository's `Knowledge/` folder (the data files generated from CLDR, GeoNames,
/// wordfreq and stopwords-iso by `scripts/gen-knowledge.py`, and the curated ones beside them)
/// into DossierKit as a generated Swift file, so that the binary alone carries them. The folder
/// stays the one copy: the Swift file is generated at build time and never committed.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Knowledge")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledgeFiles.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the knowledge data files",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [folder.path(), output.path(), "KnowledgeFiles"],
                inputFiles: inputs.sorted { $0.path() < $1.path() },
                outputFiles: [output]
            ),
        ]
    }
}
