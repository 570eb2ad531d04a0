import Foundation
import Testing
@testable import DossierKit

/// Broken template sets stop the build with an error naming the template, never a crash or an
/// endless include.
@Suite("Robustness: template errors")
struct TemplateErrorRobustnessTests {
    /// A dossier with one source and a copy of the default templates changed by `edit`.
    func errors(_ edit: (String) throws -> Void) throws -> [String] {
        let dossier = try ScratchDossier(["content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n"])
        defer { dossier.remove() }
        let templates = dossier.root + "/Templates"
        try FileManager.default.copyItem(atPath: TestSupport.defaultTemplates, toPath: templates)
        try edit(templates)
        return dossier.errors(templates: templates)
    }

    func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("a missing page template is an error naming it")
    func missingTemplate() throws {
        let errors = try errors { try FileManager.default.removeItem(atPath: $0 + "/source.mustache") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("$ROOT/Templates/source.mustache: error: missing template 'source'") == true)
        // A missing templates folder.
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        #expect(dossier.errors(templates: dossier.root + "/none") == [
            "$ROOT/none: error: templates folder not found (give another with --templates)",
        ])
    }

    @Test("a syntax error names the template, line and column")
    func syntaxError() throws {
        #expect(try errors { try write("<h1>{{title}}</h1>\n<p>{{#items}}open section\n", $0 + "/note.mustache") } == [
            "$ROOT/Templates/note.mustache:3:1: error: template syntax error: a section is opened but never closed",
        ])
        #expect(try errors { try write("<p>\n  {{title\n", $0 + "/notes.mustache") } == [
            "$ROOT/Templates/notes.mustache:3:1: error: template syntax error: the template ends inside a tag (a '{{' is never closed)",
        ])
    }

    @Test("an include of a template that does not exist is an error at its line")
    func missingPartial() throws {
        #expect(try errors { try write("<p>a</p>\n{{> partials/nowhere}}\n", $0 + "/404.mustache") } == [
            "$ROOT/Templates/404.mustache:2:1: error: template includes 'partials/nowhere', which does not exist",
        ])
    }

    @Test("a partial that includes itself, directly or through another, is an error")
    func includeCycle() throws {
        #expect(try errors { try write("<p>{{> partials/loop}}</p>\n", $0 + "/partials/loop.mustache") } == [
            "$ROOT/Templates/partials/loop.mustache: error: template includes itself: partials/loop → partials/loop",
        ])
        let indirect = try errors {
            try write("{{> partials/pong}}", $0 + "/partials/ping.mustache")
            try write("{{> partials/ping}}", $0 + "/partials/pong.mustache")
        }
        #expect(indirect == ["$ROOT/Templates/partials/ping.mustache: error: template includes itself: partials/ping → partials/pong → partials/ping"])
    }

    @Test("a template file that is not text does not crash the build")
    func binaryTemplate() throws {
        let errors = try errors { try Data([0xFF, 0x00, 0xFE, 0x7B, 0x7B, 0x23]).write(to: URL(fileURLWithPath: $0 + "/404.mustache")) }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("$ROOT/Templates/404.mustache") == true)
    }
}
