import Foundation
@testable import DossierKit

/// Paths and scratch folders for tests.
enum TestSupport {
    /// The repository root (this file is Tests/DossierKitTests/Support/TestSupport.swift).
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var sampleContent: String { repositoryRoot + "/content" }
    static var defaultTemplates: String { repositoryRoot + "/Templates" }
    static var sampleConfig: String { repositoryRoot + "/dossier.yml" }

    /// A fresh empty folder, removed by the caller with `cleanUp`.
    static func makeTemporaryFolder(_ name: String = "dossier-test") throws -> String {
        let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return (path as NSString).resolvingSymlinksInPath
    }

    static func cleanUp(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes files (path relative to `root` → text), creating folders.
    static func write(_ files: [String: String], under root: String) throws {
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
    }

    /// A raw document as the loader would make it, for stage tests that do not touch files.
    static func source(_ body: String, format: RawDocument.Format = .text, path: String = "story.txt",
                       frontMatter: FrontMatter? = nil, dateLine: DayDate? = nil) -> RawDocument {
        RawDocument(kind: .source, format: format, displayPath: "content/sources/" + path, relativePath: path,
                    frontMatter: frontMatter, dateLine: dateLine, body: body, bodyStartLine: 1, contentHash: 0)
    }

    /// Builds the site of a content folder in memory with the default templates.
    static func render(content: String, config: String? = nil) throws -> [String: Data] {
        let options = BuildOptions(contentPath: content, outputPath: "unused", templatesPath: defaultTemplates,
                                   configPath: config)
        let (files, _) = try SiteBuilder(options: options).render()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }
}

extension Dictionary where Key == String, Value == Data {
    func text(_ path: String) -> String? {
        self[path].map { String(decoding: $0, as: UTF8.self) }
    }
}

extension TestSupport {
    /// The slug a source file was published under, from the site's data export.
    static func sourceSlug(_ site: [String: Data], file: String) -> String? {
        guard let data = site["data/dossier.json"],
              let export = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let sources = export["sources"] as? [[String: Any]] else { return nil }
        return sources.first { ($0["file"] as? String)?.hasSuffix("/" + file) == true }?["id"] as? String
    }
}
