import Foundation
import Testing
@testable import DossierKit

/// The `dossier` command's exit status says what happened (0 built, 1 errors in content or
/// templates, 2 a wrong command line), and its messages are in the compiler's style.
@Suite("Robustness: exit status of the command")
struct CLIExitStatusRobustnessTests {
    func build(_ dossier: ScratchDossier, _ extra: [String] = []) throws -> DossierBinary.Run {
        try DossierBinary.run(["build", "--templates", TestSupport.defaultTemplates, "--output", "public"] + extra, in: dossier.root)
    }

    @Test("0 for a build, warnings included, printed as file:line:column: warning:")
    func success() throws {
        let dossier = try ScratchDossier(["content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n",
                                          "content/notes/n.md": "---\ntitel: x\n---\nA note.\n"])
        defer { dossier.remove() }
        let run = try build(dossier)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Built "))
        #expect(run.stderr.contains("content/notes/n.md:2:1: warning: unknown front matter key 'titel' is ignored (did you mean 'title'?)"))
        #expect(FileManager.default.fileExists(atPath: dossier.root + "/public/index.html"))
    }

    @Test("1 for errors in the content, with every error at file:line:column and nothing written")
    func contentErrors() throws {
        let dossier = try ScratchDossier(["content/notes/review.md": "---\ntitle: Review\ndate: 2025-02-30\n---\nText.\n",
                                          "content/sources/b.md": "---\ntags: 5\n---\nText.\n"])
        defer { dossier.remove() }
        let run = try build(dossier)
        #expect(run.status == 1)
        #expect(run.stderr == """
            content/notes/review.md:3:7: error: front matter key 'date' is '2025-02-30', a day that does not exist
            content/sources/b.md:2:7: error: front matter key 'tags' must be a list, such as [economy, trade]
            error: build failed with 2 errors; nothing was written

            """)
        #expect(!FileManager.default.fileExists(atPath: dossier.root + "/public"))
        // A missing content folder, a broken config and a refused output are content errors too.
        let missing = try build(dossier, ["--content", "nowhere"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("nowhere: error: content folder not found"))
        try dossier.write(["dossier.yml": "title: [unclosed\n"])
        try FileManager.default.removeItem(atPath: dossier.content + "/notes")
        try FileManager.default.removeItem(atPath: dossier.content + "/sources/b.md")
        let config = try build(dossier)
        #expect(config.status == 1)
        #expect(config.stderr.hasPrefix("dossier.yml:2:1: error: config is not valid YAML"))
    }

    @Test("1 for errors in the templates")
    func templateErrors() throws {
        let dossier = try ScratchDossier(["content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n"])
        defer { dossier.remove() }
        try FileManager.default.copyItem(atPath: TestSupport.defaultTemplates, toPath: dossier.root + "/Templates")
        try Data("{{#open}}\n".utf8).write(to: URL(fileURLWithPath: dossier.root + "/Templates/404.mustache"))
        let run = try DossierBinary.run(["build", "--output", "public"], in: dossier.root)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Templates/404.mustache:2:1: error: template syntax error"))
    }

    @Test("2 for a wrong command line, with the usage")
    func usageErrors() throws {
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        for arguments in [["build", "--no-such-option"], ["no-such-command"], ["build", "--quiet", "--verbose"],
                          ["build", "--base-url", "javascript:alert(1)"], ["build", "--output"], ["build", "extra"]] {
            let run = try DossierBinary.run(arguments, in: dossier.root)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("Error:") || run.stderr.contains("error:"), "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: dossier.root + "/public"))
        }
        // Help and version are not errors.
        #expect(try DossierBinary.run(["--help"], in: dossier.root).status == 0)
        #expect(try DossierBinary.run(["--version"], in: dossier.root).status == 0)
    }
}
