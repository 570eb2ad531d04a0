import Foundation

/// Build-time tool: writes a Swift file that holds every file of a folder, as base64 text,
/// sorted by path, as `extension TYPE { static let encodedFiles }`. Run by the EmbedTemplates
/// plugin (the default templates) and the EmbedKnowledge plugin (the knowledge data files);
/// not part of the product.
@main
enum TemplateEmbedder {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 || arguments.count == 4 else {
            FileHandle.standardError.write(Data("usage: TemplateEmbedder FOLDER OUTPUT.swift [TYPE]\n".utf8))
            exit(2)
        }
        let folder = arguments[1]
        let type = arguments.count == 4 ? arguments[3] : "DefaultTemplates"
        let name = URL(fileURLWithPath: folder).lastPathComponent
        var lines = [
            "// Generated at build time from \(name)/ by a dossier build-tool plugin. Do not edit.",
            "extension \(type) {",
            "    static let encodedFiles: [(path: String, base64: String)] = [",
        ]
        for relative in (FileManager.default.subpaths(atPath: folder) ?? []).sorted() {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let escapedPath = relative.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            lines.append("        (\"\(escapedPath)\", \"\(data.base64EncodedString())\"),")
        }
        lines += ["    ]", "}", ""]
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: arguments[2]))
    }
}
