import Foundation
import Testing
@testable import DossierKit

@Suite("Writing the site")
struct SiteWriterTests {
    func files(_ text: String) -> [OutputFile] {
        [OutputFile(path: "index.html", text: text), OutputFile(path: "a/b/index.html", text: text + " deep")]
    }

    @Test("writes a fresh site and replaces it whole on the next build")
    func replaces() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        let writer = SiteWriter(output: root + "/public", displayPath: "public")
        try writer.write(files("one") + [OutputFile(path: "old-only.html", text: "gone next time")])
        #expect(FileManager.default.fileExists(atPath: root + "/public/" + SiteWriter.markerName))
        try writer.write(files("two"))
        #expect(try String(contentsOfFile: root + "/public/a/b/index.html", encoding: .utf8) == "two deep")
        #expect(!FileManager.default.fileExists(atPath: root + "/public/old-only.html"))
        // Nothing is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"])
    }

    @Test("a failed write leaves the previous site as it was")
    func failureKeepsOldSite() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        let writer = SiteWriter(output: root + "/public", displayPath: "public")
        try writer.write(files("old"))
        // A file and a folder with the same path cannot both be written.
        let clash = [OutputFile(path: "x", text: "file"), OutputFile(path: "x/index.html", text: "inside")]
        #expect(throws: DossierError.self) { try writer.write(files("new") + clash) }
        #expect(try String(contentsOfFile: root + "/public/index.html", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"])
    }

    @Test("leftovers of a killed build are cleaned up, other folders are not")
    func leftovers() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write([".public.dossier-new-999/" + SiteWriter.markerName: "", ".public.dossier-new-999/index.html": "half",
                               ".public.dossier-keep/notes.txt": "not ours"], under: root)
        try SiteWriter(output: root + "/public", displayPath: "public").write(files("ok"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".public.dossier-keep", "public"])
    }

    @Test("refuses dangerous output folders")
    func refuses() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try FileManager.default.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        try TestSupport.write(["content/sources/a.txt": "A story.", "Templates/home.mustache": "x", "work/draft.txt": "precious"], under: root)
        let guardian = OutputGuard(contentPath: root + "/content", templatesPath: root + "/Templates", workingDirectory: root)
        func refusal(_ output: String) -> String? {
            do {
                try guardian.check(output: output, displayPath: "out")
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(refusal("/") == "out: error: refusing to write the site into the root folder; choose another --output")
        #expect(refusal(root) == "out: error: refusing to write the site into the repository root; choose another --output")
        #expect(refusal(root + "/content") == "out: error: refusing to write the site into the content folder; choose another --output")
        #expect(refusal(root + "/Templates") == "out: error: refusing to write the site into the templates folder; choose another --output")
        #expect(refusal(root + "/content/public")?.contains("inside the content folder") == true)
        #expect(refusal(NSHomeDirectory())?.contains("home folder") == true)
        #expect(refusal(root + "/work")?.contains("was not written by dossier build") == true)
        #expect(refusal(root + "/public") == nil)
        #expect(refusal(root + "/site/public") == nil)
    }

    @Test("an output folder that cannot be created ends with a clear error")
    func cannotCreate() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write(["file.txt": "a file, not a folder"], under: root)
        do {
            try SiteWriter(output: root + "/file.txt/public", displayPath: "file.txt/public").write(files("x"))
            Issue.record("writing under a file should fail")
        } catch {
            #expect("\(error)".hasPrefix("file.txt/public: error: cannot create the folder that holds the output"))
        }
    }
}
