import DefaultTemplates
import Foundation
import Testing
@testable import DossierKit

/// `dossier new` and `dossier init`: the files they write, that they never overwrite, and that
/// a new dossier builds at once with the templates built into the binary.
@Suite("new and init")
struct ScaffoldTests {
    static let today = DayDate(year: 2030, month: 1, day: 15)!

    @Test("a new note is dated today, a draft, at a path made from its title, and parses as a note")
    func newNote() throws {
        let plan = try NewFile.plan(.note, "Who decides: the \"harbour\" vote?", today: Self.today)
        #expect(plan.relativePath == "notes/who-decides-the-harbour-vote.md")
        let split = try FrontMatterParser.split(plan.text, file: "n.md", allowedKeys: FrontMatter.noteKeys)
        #expect(split.diagnostics.isEmpty)
        #expect(split.frontMatter?.title == "Who decides: the \"harbour\" vote?")
        #expect(split.frontMatter?.date == Self.today)
        #expect(split.frontMatter?.draft == true)
    }

    @Test("a new source from an address has its url and outlet filled; from a title, its title")
    func newSource() throws {
        let fromURL = try NewFile.plan(.source, "https://www.example.org/news/2030/harbour-vote.html", today: Self.today)
        #expect(fromURL.relativePath == "sources/harbour-vote.md")
        let split = try FrontMatterParser.split(fromURL.text, file: "s.md", allowedKeys: FrontMatter.sourceKeys)
        #expect(split.diagnostics.isEmpty)
        #expect(split.frontMatter?.url == "https://www.example.org/news/2030/harbour-vote.html")
        #expect(split.frontMatter?.outlet == "example.org")
        #expect(split.frontMatter?.draft == true)
        let fromTitle = try NewFile.plan(.source, "Harbour vote delayed", today: Self.today)
        #expect(fromTitle.relativePath == "sources/harbour-vote-delayed.md")
        #expect(try FrontMatterParser.split(fromTitle.text, file: "s.md", allowedKeys: FrontMatter.sourceKeys).frontMatter?.title == "Harbour vote delayed")
        #expect(throws: DossierError.self) { try NewFile.plan(.note, "?!", today: Self.today) }
    }

    @Test("a new entity file has its name and type")
    func newEntity() throws {
        let plan = try NewFile.plan(.entity, "Élise Moreau", today: Self.today, entityType: .person)
        #expect(plan.relativePath == "entities/elise-moreau.md")
        let split = try FrontMatterParser.split(plan.text, file: "e.md", allowedKeys: FrontMatter.entityKeys)
        #expect(split.diagnostics.isEmpty && split.frontMatter?.name == "Élise Moreau" && split.frontMatter?.type == .person)
    }

    @Test("an existing file is never overwritten")
    func neverOverwrites() throws {
        let root = try TestSupport.makeTemporaryFolder("new")
        defer { TestSupport.cleanUp(root) }
        try NewFile.create(root + "/notes/a.md", text: "first", displayPath: "notes/a.md")
        let error = try #require(throws: DossierError.self) { try NewFile.create(root + "/notes/a.md", text: "second", displayPath: "notes/a.md") }
        #expect(error.description.hasPrefix("notes/a.md: error: already exists"))
        #expect(try String(contentsOfFile: root + "/notes/a.md", encoding: .utf8) == "first")
    }

    @Test("the templates built into the binary are the Templates folder, byte for byte")
    func embeddedTemplatesAreTheFolder() throws {
        let folder = try TemplateSet.read(TestSupport.defaultTemplates, displayPath: "Templates")
        #expect(DefaultTemplates.files.map(\.path) == folder.map(\.path))
        #expect(DefaultTemplates.files.map(\.data) == folder.map(\.data))
        #expect(DefaultTemplates.files.contains { $0.path == "base.mustache" })
    }

    @Test("init makes a dossier that builds and checks clean at once, and refuses a folder with files")
    func initBuilds() throws {
        let root = try TestSupport.makeTemporaryFolder("init")
        defer { TestSupport.cleanUp(root) }
        let created = try ExampleDossier.create(in: root + "/harbour-vote", title: nil, templates: DefaultTemplates.files)
        #expect(created.title == "Harbour vote")
        let options = BuildOptions(contentPath: root + "/harbour-vote/content", outputPath: root + "/harbour-vote/public",
                                   templatesPath: root + "/harbour-vote/Templates")
        let report = try SiteBuilder(options: options).check()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        _ = try SiteBuilder(options: options).build()
        let note = try String(contentsOfFile: root + "/harbour-vote/public/notes/how-this-dossier-works/index.html", encoding: .utf8)
        #expect(note.contains(#"<a href="../../entities/elena-varga/index.html">Elena Varga</a>"#))
        #expect(note.contains("../../timeline/index.html"))
        #expect(FileManager.default.fileExists(atPath: root + "/harbour-vote/public/entities/index.html"))
        #expect(throws: DossierError.self) { try ExampleDossier.create(in: root + "/harbour-vote", title: nil, templates: []) }
    }

    @Test("without a templates folder, the build uses the templates built into the binary")
    func builtInTemplates() throws {
        let root = try TestSupport.makeTemporaryFolder("no-templates")
        defer { TestSupport.cleanUp(root) }
        _ = try ExampleDossier.create(in: root, title: "T", templates: [])
        let options = BuildOptions(contentPath: root + "/content", outputPath: root + "/public", templatesPath: root + "/Templates",
                                   builtInTemplates: DefaultTemplates.files)
        let (files, _) = try SiteBuilder(options: options).render()
        #expect(files.contains { $0.path == "assets/style.css" } && files.contains { $0.path == "notes/how-this-dossier-works/index.html" })
        var required = options
        required.builtInTemplates = nil
        #expect(throws: DossierError.self) { try SiteBuilder(options: required).render() }
    }
}
