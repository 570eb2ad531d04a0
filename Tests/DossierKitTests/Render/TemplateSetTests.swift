import Foundation
import Testing
@testable import DossierKit

@Suite("Templates")
struct TemplateSetTests {
    /// A copy of the default templates in a scratch folder, with some files replaced.
    func templates(replacing files: [String: String] = [:], removing: [String] = []) throws -> String {
        let root = try TestSupport.makeTemporaryFolder("templates")
        try FileManager.default.removeItem(atPath: root)
        try FileManager.default.copyItem(atPath: TestSupport.defaultTemplates, toPath: root)
        for name in removing { try FileManager.default.removeItem(atPath: root + "/" + name) }
        try TestSupport.write(files, under: root)
        return root
    }

    func loadError(_ root: String) -> String? {
        do {
            _ = try TemplateSet.load(from: root, displayPath: "Templates")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("the default templates load with their assets")
    func defaults() throws {
        let set = try TemplateSet.load(from: TestSupport.defaultTemplates, displayPath: "Templates")
        #expect(set.names.isSuperset(of: TemplateSet.requiredTemplates))
        #expect(set.assets.contains { $0.path == "style.css" })
    }

    @Test("a missing template is an error naming it")
    func missing() throws {
        let root = try templates(removing: ["source.mustache"])
        defer { TestSupport.cleanUp(root) }
        #expect(loadError(root)?.hasPrefix("Templates/source.mustache: error: missing template 'source'") == true)
    }

    @Test("a syntax error names file, line and column")
    func syntax() throws {
        let root = try templates(replacing: ["note.mustache": "<h1>{{title}}</h1>\n{{#note}}\n<p>{{body}</p>\n"])
        defer { TestSupport.cleanUp(root) }
        let message = try #require(loadError(root))
        #expect(message.hasPrefix("Templates/note.mustache:3:"), "\(message)")
        #expect(message.contains("error: template syntax error"))
    }

    @Test("an include of a template that does not exist is an error at its line")
    func missingPartial() throws {
        let root = try templates(replacing: ["404.mustache": "<p>x</p>\n  {{> partials/nowhere}}\n"])
        defer { TestSupport.cleanUp(root) }
        #expect(loadError(root) == "Templates/404.mustache:2:3: error: template includes 'partials/nowhere', which does not exist")
    }

    @Test("a partial that includes itself is an error")
    func recursion() throws {
        let root = try templates(replacing: ["partials/loop.mustache": "{{>partials/loop}}", "404.mustache": "{{>partials/loop}}"])
        defer { TestSupport.cleanUp(root) }
        #expect(loadError(root)?.contains("template includes itself: partials/loop → partials/loop") == true)
    }

    @Test("a user's template set changes the pages")
    func custom() throws {
        let root = try templates(replacing: ["note.mustache": "<!doctype html><title>{{note.title}}</title><p class=custom>{{note.title}}</p>\n"])
        defer { TestSupport.cleanUp(root) }
        let options = BuildOptions(contentPath: TestSupport.sampleContent, outputPath: "unused", templatesPath: root,
                                   configPath: TestSupport.sampleConfig)
        let files = try SiteBuilder(options: options).render().files
        let note = try #require(files.first { $0.path.hasPrefix("notes/") && $0.path != "notes/index.html" })
        #expect(String(decoding: note.contents, as: UTF8.self).contains("<p class=custom>"))
    }
}
