import Foundation
import Testing
@testable import DossierKit
@testable import DossierServe

/// Builds that share a `BuildCache` (as `dossier serve` does across edits) redo only the work an
/// edit changes, and give exactly the site that a fresh build of the same content gives.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// A scratch copy of the sample's sources and notes with the port-strike fixture's note (which
    /// has an `event:`), and its config.
    static func makeDossier() throws -> String {
        let root = try TestSupport.makeTemporaryFolder("dossier-incremental")
        try FileManager.default.copyItem(atPath: TestSupport.sampleContent, toPath: root + "/content")
        try FileManager.default.copyItem(atPath: TestSupport.repositoryRoot + "/Tests/DossierKitTests/Fixtures/timeline-story/notes/background.md",
                                         toPath: root + "/content/notes/background.md")
        try FileManager.default.copyItem(atPath: TestSupport.sampleConfig, toPath: root + "/dossier.yml")
        return root
    }

    static func options(_ root: String) -> BuildOptions {
        BuildOptions(contentPath: root + "/content", outputPath: root + "/public", templatesPath: TestSupport.defaultTemplates,
                     configPath: root + "/dossier.yml")
    }

    /// The site as a fresh build in a new process would make it.
    static func fresh(_ root: String) throws -> [OutputFile] {
        try SiteBuilder(options: options(root)).render().files
    }

    static func edit(_ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit changes \(path)")
        try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("nothing changed: nothing is read or analysed again, and the site is the same")
    func nothingChanged() throws {
        let root = try Self.makeDossier()
        defer { TestSupport.cleanUp(root) }
        let cache = BuildCache()
        let first = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        #expect(cache.lastCounts.sourcesAnalyzed == 5 && cache.lastCounts.sourcesReused == 0 && !cache.lastCounts.sourcePartReused)
        let second = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        #expect(cache.lastCounts == BuildCache.Counts(filesRead: 0, filesReused: 10, sourcesAnalyzed: 0, sourcesReused: 5,
                                                      sourcePartReused: true))
        #expect(second == first)
    }

    @Test("an edited note is read again and attached to the kept entities and timeline; the site is a fresh build's")
    func editedNote() throws {
        let root = try Self.makeDossier()
        defer { TestSupport.cleanUp(root) }
        let cache = BuildCache()
        _ = try SiteBuilder(options: Self.options(root), cache: cache).render()
        try Self.edit(root + "/content/notes/reading-guide.md") { $0 + "\nA new paragraph names Claudia Sheinbaum again.\n" }
        let files = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        #expect(cache.lastCounts.filesRead == 1 && cache.lastCounts.sourcesAnalyzed == 0 && cache.lastCounts.sourcePartReused)
        #expect(files == (try Self.fresh(root)))
        let note = try #require(files.first { $0.path == "notes/reading-guide/index.html" })
        #expect(String(decoding: note.contents, as: UTF8.self).contains("A new paragraph names"))
    }

    @Test("a note's edited event: the timeline is built again")
    func editedEvent() throws {
        let root = try Self.makeDossier()
        defer { TestSupport.cleanUp(root) }
        let cache = BuildCache()
        _ = try SiteBuilder(options: Self.options(root), cache: cache).render()
        try Self.edit(root + "/content/notes/background.md") { $0.replacingOccurrences(of: "Two-day stoppage", with: "Two-day walkout") }
        let files = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        #expect(!cache.lastCounts.sourcePartReused && cache.lastCounts.sourcesAnalyzed == 0)
        #expect(files == (try Self.fresh(root)))
        let timeline = try #require(files.first { $0.path == "timeline/index.html" })
        #expect(String(decoding: timeline.contents, as: UTF8.self).contains("Two-day walkout"))
    }

    @Test("an edited source shows at once from the last dossier, its known names linked; the full resolve then gives a fresh build's site")
    func previewOfEditedSource() throws {
        let root = try Self.makeDossier()
        defer { TestSupport.cleanUp(root) }
        let cache = BuildCache()
        var previews: [(paths: [String], page: String)] = []
        let record = { (plan: SitePlan, paths: [String]) in
            let page = (try? paths.first.flatMap { try plan.file(at: $0) }).map { String(decoding: $0.contents, as: UTF8.self) }
            previews.append((paths, page ?? ""))
        }
        _ = try SiteBuilder(options: Self.options(root), cache: cache).prepare(preview: record)
        #expect(previews.isEmpty, "no preview without a last dossier")

        let source = root + "/content/sources/000_ba66c6bd10674d4e.txt"
        try Self.edit(source) { $0 + "\nLater, Claudia Sheinbaum met Zorvan Quillet in the capital.\n" }
        let (plan, _) = try SiteBuilder(options: Self.options(root), cache: cache).prepare(preview: record)
        let preview = try #require(previews.first)
        #expect(preview.paths.count == 1 && preview.paths[0].hasPrefix("sources/") && preview.paths[0].hasSuffix("/index.html"))
        #expect(preview.page.contains("Zorvan Quillet in the capital"))
        // A name the last dossier knew is linked; a new one waits for the full resolve.
        #expect(preview.page.contains("<a href=\"../../entities/claudia-sheinbaum/index.html\">Claudia Sheinbaum</a> met Zorvan Quillet"))
        #expect(!preview.page.contains("entities/zorvan-quillet"))
        #expect(try plan.renderAll() == (try Self.fresh(root)))

        // A note, a new title, or a new source: no preview, the full resolve is the first thing shown.
        previews = []
        try Self.edit(root + "/content/notes/reading-guide.md") { $0 + "\nOne more line.\n" }
        _ = try SiteBuilder(options: Self.options(root), cache: cache).prepare(preview: record)
        try Data("Title: Another story\n\nA new source about Claudia Sheinbaum.\n".utf8).write(to: URL(fileURLWithPath: root + "/content/sources/new.txt"))
        _ = try SiteBuilder(options: Self.options(root), cache: cache).prepare(preview: record)
        #expect(previews.isEmpty)
    }

    @Test("an edited source is analysed again, alone; a new and a removed source change the site as a fresh build does")
    func editedSource() throws {
        let root = try Self.makeDossier()
        defer { TestSupport.cleanUp(root) }
        let cache = BuildCache()
        _ = try SiteBuilder(options: Self.options(root), cache: cache).render()
        let sources = root + "/content/sources"
        // One the notes do not cite.
        let last = "002_079aa153d1d6b4e5.txt"
        try Self.edit(sources + "/" + last) { $0 + "\nOrla Quennell, a trade lawyer in Halden, said on Friday that the review would be hard.\n" }
        var files = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        #expect(cache.lastCounts.sourcesAnalyzed == 1 && cache.lastCounts.sourcesReused == 4 && !cache.lastCounts.sourcePartReused)
        #expect(files == (try Self.fresh(root)))
        #expect(files.contains { $0.path == "entities/orla-quennell/index.html" })

        try Data(" date 2025-10-01\nVestria's parliament passed the port bill on Tuesday.\n".utf8)
            .write(to: URL(fileURLWithPath: sources + "/zz-new.txt"))
        try FileManager.default.removeItem(atPath: sources + "/" + last)
        files = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        #expect(cache.lastCounts.sourcesAnalyzed == 1 && cache.lastCounts.sourcesReused == 4)
        #expect(files == (try Self.fresh(root)))
        #expect(!files.contains { $0.path == "entities/orla-quennell/index.html" })
    }

    @Test("a new language in the config analyses every source again")
    func changedConfig() throws {
        let root = try Self.makeDossier()
        defer { TestSupport.cleanUp(root) }
        let cache = BuildCache()
        _ = try SiteBuilder(options: Self.options(root), cache: cache).render()
        try Self.edit(root + "/dossier.yml") { $0.replacingOccurrences(of: "language: en", with: "language: es") }
        let files = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        #expect(cache.lastCounts.sourcesAnalyzed == 5 && !cache.lastCounts.sourcePartReused)
        #expect(files == (try Self.fresh(root)))
    }

    @Test("a failed build keeps the cache of the last good one")
    func failedBuild() throws {
        let root = try Self.makeDossier()
        defer { TestSupport.cleanUp(root) }
        let cache = BuildCache()
        let good = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        let note = root + "/content/notes/reading-guide.md"
        let original = try Data(contentsOf: URL(fileURLWithPath: note))
        try Data("---\ntitle: [unclosed\n---\nBody.\n".utf8).write(to: URL(fileURLWithPath: note))
        #expect(throws: DossierError.self) { try SiteBuilder(options: Self.options(root), cache: cache).render() }
        try original.write(to: URL(fileURLWithPath: note))
        let again = try SiteBuilder(options: Self.options(root), cache: cache).render().files
        #expect(cache.lastCounts.sourcesAnalyzed == 0 && cache.lastCounts.sourcePartReused)
        #expect(again == good)
    }

    @Test("a site plan renders each file alone exactly as the whole site renders it")
    func planFileByFile() throws {
        let (plan, report) = try SiteBuilder(options: Self.options(TestSupport.repositoryRoot)).prepare()
        let all = try plan.renderAll()
        #expect(all.map(\.path) == plan.paths && report.files == all.count)
        for file in all {
            #expect(try plan.file(at: file.path) == file, "\(file.path)")
        }
        #expect(try plan.file(at: "no/such/page.html") == nil)
    }

    @Test("serve answers from the site in memory until it is written: pages, folders, 404")
    func servedFromMemory() throws {
        let empty = try TestSupport.makeTemporaryFolder("dossier-empty-output")
        defer { TestSupport.cleanUp(empty) }
        let (plan, _) = try SiteBuilder(options: Self.options(TestSupport.repositoryRoot)).prepare()
        let memory = LiveSite()
        let version = memory.publish(plan)
        let served = StaticSite(root: empty, memory: memory)
        let home = served.respond(to: "/")
        #expect(home.status == 200 && String(decoding: home.body, as: UTF8.self).contains("<h1"))
        #expect(served.respond(to: "/notes").location == "/notes/")
        #expect(served.respond(to: "/assets/style.css").contentType == "text/css; charset=utf-8")
        let missing = served.respond(to: "/no/such/page")
        #expect(missing.status == 404 && String(decoding: missing.body, as: UTF8.self).contains("Page not found"))
        #expect(served.respond(to: "/.dossier-build").status == 404)
        // Once written, the files come from disk (here: an empty folder).
        memory.written(version)
        #expect(served.respond(to: "/").status == 404)
    }

    @Test("a preview answers for its pages only, until the next site is published or the build fails")
    func previewInMemory() throws {
        let root = try Self.makeDossier()
        defer { TestSupport.cleanUp(root) }
        let cache = BuildCache()
        let (plan, _) = try SiteBuilder(options: Self.options(root), cache: cache).prepare()
        let page = try #require(plan.paths.first { $0.hasPrefix("sources/") && $0.hasSuffix("/index.html") })
        try Self.edit(root + "/content/sources/000_ba66c6bd10674d4e.txt") { $0 + "\nA sentence only the preview has.\n" }
        var previewed: (plan: SitePlan, paths: [String])?
        let (next, _) = try SiteBuilder(options: Self.options(root), cache: cache).prepare(preview: { previewed = ($0, $1) })
        let preview = try #require(previewed)
        let memory = LiveSite()
        memory.publish(plan)
        memory.showPreview(preview.plan, paths: preview.paths)
        func text(_ path: String) -> String { String(decoding: memory.data(at: path) ?? Data(), as: UTF8.self) }
        let edited = try #require(preview.paths.first)
        #expect(text(edited).contains("A sentence only the preview has."))
        // Every other page is the last site's, the timeline too.
        let others = [page, "timeline/index.html"].filter { $0 != edited }
        #expect(others.allSatisfy { !text($0).contains("A sentence only the preview has.") && !text($0).isEmpty })
        memory.dropPreview()
        #expect(!text(edited).contains("A sentence only the preview has."))
        memory.showPreview(preview.plan, paths: preview.paths)
        memory.publish(next)
        #expect(text(edited).contains("A sentence only the preview has."))
        #expect(try next.file(at: edited)?.contents == memory.data(at: edited))
    }
}

/// `dossier build` does nothing when nothing changed since the build that wrote the output.
@Suite("Up-to-date builds")
struct UpToDateBuildTests {
    static func build(_ root: String, force: Bool = false) throws -> SiteBuilder.Report {
        var options = IncrementalBuildTests.options(root)
        options.templatesPath = root + "/Templates"
        return try SiteBuilder(options: options).build(force: force)
    }

    @Test("a second build with nothing changed does nothing and reports the first one's figures and warnings")
    func nothingChanged() throws {
        let root = try IncrementalBuildTests.makeDossier()
        defer { TestSupport.cleanUp(root) }
        try FileManager.default.copyItem(atPath: TestSupport.defaultTemplates, toPath: root + "/Templates")
        // A source without a date gives warnings to replay.
        try Data("An undated note on the review, which Mark Carney discussed last week.\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/content/sources/zz-undated.txt"))
        let first = try Self.build(root)
        #expect(!first.upToDate && first.warningCount > 0)
        let marker = root + "/public/" + SiteWriter.markerName
        let written = try FileManager.default.attributesOfItem(atPath: marker)[.modificationDate] as? Date
        let second = try Self.build(root)
        #expect(second.upToDate)
        #expect((second.sources, second.notes, second.pages, second.files, second.entities, second.diagnostics)
                == (first.sources, first.notes, first.pages, first.files, first.entities, first.diagnostics))
        #expect(try FileManager.default.attributesOfItem(atPath: marker)[.modificationDate] as? Date == written)
        #expect(!(try Self.build(root, force: true)).upToDate)
        #expect(try Self.build(root).upToDate)
    }

    @Test("a change to the content, the templates, the config or the output builds again")
    func changes() throws {
        let root = try IncrementalBuildTests.makeDossier()
        defer { TestSupport.cleanUp(root) }
        try FileManager.default.copyItem(atPath: TestSupport.defaultTemplates, toPath: root + "/Templates")
        _ = try Self.build(root)
        let edits: [(String, () throws -> Void)] = [
            ("a note", { try IncrementalBuildTests.edit(root + "/content/notes/reading-guide.md") { $0 + "\nOne more line.\n" } }),
            ("a new source", { try Data("A new source about Vestria.\n".utf8).write(to: URL(fileURLWithPath: root + "/content/sources/new.txt")) }),
            ("a template", { try IncrementalBuildTests.edit(root + "/Templates/assets/style.css") { $0 + "\n/* edited */\n" } }),
            ("the config", { try IncrementalBuildTests.edit(root + "/dossier.yml") { $0 + "\n# edited\n" } }),
            ("a page of the output", { try IncrementalBuildTests.edit(root + "/public/index.html") { $0 + "<!-- by hand -->" } }),
            ("a file removed from the output", { try FileManager.default.removeItem(atPath: root + "/public/404.html") }),
            ("a file added to the output", { try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/public/extra.html")) }),
        ]
        for (what, edit) in edits {
            try edit()
            #expect(!(try Self.build(root)).upToDate, "after an edit of \(what)")
            #expect(try Self.build(root).upToDate, "a build after the one that followed an edit of \(what)")
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/public/extra.html"))
    }
}
