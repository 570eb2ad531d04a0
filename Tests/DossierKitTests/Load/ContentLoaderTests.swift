import Foundation
import Testing
@testable import DossierKit

@Suite("Loading content")
struct ContentLoaderTests {
    @Test("reads sources and notes in path order, with front matter and date lines")
    func reads() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write([
            "sources/b.txt": " date 2024-03-02 Second story text.\n",
            "sources/a.md": "---\ntitle: First\ndate: 2024-03-01\noutlet: Daily\n---\nFirst story.\n",
            "sources/nested/c.txt": "Third story.\n",
            "notes/n.md": "---\ntitle: N\n---\nA note.\n",
            "notes/ignored.txt": "not a note",
        ], under: root)
        let corpus = try ContentLoader(contentPath: root, displayPrefix: "content").load(config: DossierConfig())
        #expect(corpus.sources.map(\.relativePath) == ["a.md", "b.txt", "nested/c.txt"])
        #expect(corpus.sources[0].format == .markdown)
        #expect(corpus.sources[0].frontMatter?.outlet == "Daily")
        #expect(corpus.sources[1].dateLine == DayDate(iso: "2024-03-02"))
        #expect(corpus.sources[1].body == "Second story text.\n")
        #expect(corpus.notes.map(\.displayPath) == ["content/notes/n.md"])
        #expect(corpus.diagnostics.map(\.description) == ["content/notes/ignored.txt: warning: skipped: only .markdown, .md files are read here"])
    }

    @Test("drafts are left out unless asked for")
    func drafts() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write(["notes/d.md": "---\ndraft: true\n---\nDraft.\n", "notes/p.md": "Published.\n"], under: root)
        #expect(try ContentLoader(contentPath: root).load(config: DossierConfig()).notes.count == 1)
        #expect(try ContentLoader(contentPath: root).load(config: DossierConfig(), includeDrafts: true).notes.count == 2)
    }

    @Test("invalid UTF-8 is decoded with replacement characters and a warning naming the file")
    func invalidUTF8() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try FileManager.default.createDirectory(atPath: root + "/sources", withIntermediateDirectories: true)
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73, 0x2E, 0x0A]).write(to: URL(fileURLWithPath: root + "/sources/latin1.txt"))
        let corpus = try ContentLoader(contentPath: root, displayPrefix: "content").load(config: DossierConfig())
        #expect(corpus.sources.first?.body == "Caf\u{FFFD} opens.\n")
        #expect(corpus.diagnostics.map(\.description) == ["content/sources/latin1.txt: warning: file is not valid UTF-8; invalid bytes were replaced with \u{FFFD}"])
    }

    @Test("CRLF line endings and a BOM are normalised")
    func lineEndings() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try FileManager.default.createDirectory(atPath: root + "/sources", withIntermediateDirectories: true)
        try Data([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\r\n".utf8))
            .write(to: URL(fileURLWithPath: root + "/sources/crlf.md"))
        let source = try #require(try ContentLoader(contentPath: root).load(config: DossierConfig()).sources.first)
        #expect(source.frontMatter?.title == "T")
        #expect(source.body == "Line one.\nLine two.\n")
        #expect(source.bodyStartLine == 4)
    }

    @Test("a front matter error stops loading and names file and line")
    func frontMatterError() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write(["notes/bad.md": "---\ntitle: ok\ndate: 2025-02-30\n---\nx\n"], under: root)
        #expect(throws: DossierError.self) { try ContentLoader(contentPath: root, displayPrefix: "content").load(config: DossierConfig()) }
        do {
            _ = try ContentLoader(contentPath: root, displayPrefix: "content").load(config: DossierConfig())
        } catch {
            #expect("\(error)".hasPrefix("content/notes/bad.md:3:7: error:"))
        }
    }

    @Test("a missing content folder is an error")
    func missing() {
        #expect(throws: DossierError.self) { try ContentLoader(contentPath: "/nonexistent/content").load(config: DossierConfig()) }
    }

    @Test("binary and empty files are skipped with a warning")
    func binary() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try FileManager.default.createDirectory(atPath: root + "/sources", withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])
            .write(to: URL(fileURLWithPath: root + "/sources/photo.txt"))
        try Data("   \n\n".utf8).write(to: URL(fileURLWithPath: root + "/sources/empty.txt"))
        let corpus = try ContentLoader(contentPath: root, displayPrefix: "c").load(config: DossierConfig())
        #expect(corpus.sources.isEmpty)
        #expect(corpus.diagnostics.map(\.description).sorted() == [
            "c/sources/empty.txt: warning: skipped: the file has no text",
            "c/sources/photo.txt: warning: skipped: this is not a text file",
        ])
    }
}

@Suite("Config")
struct ConfigTests {
    @Test("reads the config, warns on unknown keys, and defaults when absent")
    func config() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write(["dossier.yml": "title: Floods\nlanguage: fr\nbase_url: https://example.org/floods/\ncolour: red\n"], under: root)
        let (config, warnings) = try DossierConfig.load(path: root + "/dossier.yml", displayPath: "dossier.yml", required: true)
        #expect(config.title == "Floods")
        #expect(config.language == "fr")
        #expect(config.baseURL == "https://example.org/floods/")
        #expect(warnings.map(\.description) == ["dossier.yml:4:1: warning: unknown config key 'colour' is ignored"])
        let (defaults, none) = try DossierConfig.load(path: root + "/absent.yml", displayPath: "absent.yml", required: false)
        #expect(defaults == DossierConfig())
        #expect(none.isEmpty)
        #expect(throws: DossierError.self) { try DossierConfig.load(path: root + "/absent.yml", displayPath: "absent.yml", required: true) }
    }
}
