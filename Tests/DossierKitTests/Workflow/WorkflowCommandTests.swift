import Foundation
import Testing
@testable import DossierKit

/// The workflow commands as an editor runs them: `check` and its exit status, `new` that never
/// overwrites, and `init` whose dossier builds at once with the binary alone.
@Suite("check, new and init on the command line", .serialized)
struct WorkflowCommandTests {
    static func portStrike() throws -> String {
        let root = try TestSupport.makeTemporaryFolder("workflow")
        let fixture = try #require(Bundle.module.resourcePath) + "/Fixtures/timeline-story"
        try FileManager.default.copyItem(atPath: fixture, toPath: root + "/content")
        try FileManager.default.copyItem(atPath: TestSupport.defaultTemplates, toPath: root + "/Templates")
        return root
    }

    @Test("check exits 0 when clean, 1 on a broken link (reported at its line and column), and 1 on warnings with --strict")
    func checkExitStatus() throws {
        let root = try Self.portStrike()
        defer { TestSupport.cleanUp(root) }
        let clean = try DossierBinary.run(["check"], in: root)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains("check passed: 0 errors, 0 warnings"))

        try TestSupport.write(["content/notes/typo.md": "---\ntitle: Typo\n---\n\nAsk [[Sofie Clas]].\n"], under: root)
        let broken = try DossierBinary.run(["check"], in: root)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("content/notes/typo.md:5:5: error: broken wikilink [[Sofie Clas]]"))
        #expect(broken.stderr.contains("did you mean 'Sofie Claes'?"))
        #expect(!FileManager.default.fileExists(atPath: root + "/public"))
        let build = try DossierBinary.run(["build"], in: root)
        #expect(build.status == 1 && !FileManager.default.fileExists(atPath: root + "/public"))

        try TestSupport.write(["content/notes/typo.md": "---\ntitle: Typo\nmood: sunny\n---\n\nAsk [[Sofie Claes]].\n"], under: root)
        let warned = try DossierBinary.run(["check"], in: root)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("content/notes/typo.md:3:1: warning: unknown front matter key 'mood'"))
        let strict = try DossierBinary.run(["check", "--strict"], in: root)
        #expect(strict.status == 1)
    }

    @Test("new prints the path it wrote and refuses to overwrite")
    func newNeverOverwrites() throws {
        let root = try Self.portStrike()
        defer { TestSupport.cleanUp(root) }
        let first = try DossierBinary.run(["new", "note", "Who settled the strike"], in: root)
        #expect(first.status == 0)
        #expect(first.stdout == "content/notes/who-settled-the-strike.md\n")
        let written = try String(contentsOfFile: root + "/content/notes/who-settled-the-strike.md", encoding: .utf8)
        #expect(written.contains("title: \"Who settled the strike\"") && written.contains("draft: true"))
        let second = try DossierBinary.run(["new", "note", "Who settled the strike"], in: root)
        #expect(second.status == 1 && second.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: root + "/content/notes/who-settled-the-strike.md", encoding: .utf8) == written)
        // A draft is left out of the build, and included with --drafts.
        #expect(try DossierBinary.run(["build", "--quiet"], in: root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: root + "/public/notes/who-settled-the-strike/index.html"))
        #expect(try DossierBinary.run(["build", "--quiet", "--drafts"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/public/notes/who-settled-the-strike/index.html"))
        let usage = try DossierBinary.run(["new", "chapter", "x"], in: root)
        #expect(usage.status == 2)
    }

    @Test("init makes a dossier that the binary alone builds, templates and all")
    func initThenBuild() throws {
        let root = try TestSupport.makeTemporaryFolder("init-cli")
        defer { TestSupport.cleanUp(root) }
        let created = try DossierBinary.run(["init", "harbour"], in: root)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/harbour/Templates/base.mustache"))
        let build = try DossierBinary.run(["build"], in: root + "/harbour")
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/harbour/public/notes/how-this-dossier-works/index.html"))
        // Without its Templates folder, the built-in templates are used.
        try FileManager.default.removeItem(atPath: root + "/harbour/Templates")
        #expect(try DossierBinary.run(["build", "--quiet"], in: root + "/harbour").status == 0)
        let again = try DossierBinary.run(["init", "harbour"], in: root)
        #expect(again.status == 1 && again.stderr.contains("not empty"))
    }
}
