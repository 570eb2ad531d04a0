import Foundation

/// Build-time tool: writes a Swift file that holds every file of a templates folder, as
/// base64 text, sorted by path. Run by the EmbedTemplates plugin; not part of the product.
@main
enum TemplateEmbedder {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            FileHandle.standardError.write(Data("usage: TemplateEmbedder TEMPLATES_DIR OUTPUT.swift\n".utf8))
            exit(2)
        }
        let folder = arguments[1]
        var lines = [
            "// Generated at build time from Templates/ by the EmbedTemplates plugin. Do not edit.",
            "extension DefaultTemplates {",
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
