import Foundation
import Testing
@testable import DossierKit

/// Notes that link: wikilinks, relative links, backlinks, tags and the `entities:` and
/// `sources:` keys, on a dossier about another story (a port strike), so nothing depends on the sample.
@Suite("Notes that link")
struct NoteLinkTests {
    /// The port-strike fixture plus the given notes, in a scratch folder.
    static func dossier(notes: [String: String]) throws -> String {
        let root = try TestSupport.makeTemporaryFolder("note-links")
        let fixture = try #require(Bundle.module.resourcePath) + "/Fixtures/timeline-story"
        try FileManager.default.copyItem(atPath: fixture, toPath: root + "/content")
        try TestSupport.write(notes.mapKeys { "content/notes/" + $0 }, under: root)
        return root
    }

    static let linkingNote = """
        ---
        title: Who settled it
        date: 2024-03-12
        tags: [labour, Ports]
        entities: [Sofie Claes]
        sources: [strike-ends.md]
        ---

        [[Pieter De Smet|The minister]] brokered the deal; [[sofie claes]] put it to a vote.
        The first report is [[sources/port-strike-begins.txt]], the last [one](../sources/strike-ends.md#s-1).
        See also [[notes/background]], the [[timeline]] and the [tag](../../tags/labour/).

        Code keeps its brackets: `[[Pieter De Smet]]`.

        ```
        [[Sofie Claes]]
        ```
        """

    @Test("wikilinks and relative links become links to pages; code is left alone")
    func linksInTheNote() throws {
        let root = try Self.dossier(notes: ["who-settled-it.md": Self.linkingNote])
        defer { TestSupport.cleanUp(root) }
        let site = try TestSupport.render(content: root + "/content")
        let page = try #require(site.text("notes/who-settled-it/index.html"))
        #expect(page.contains(#"<a href="../../entities/pieter-de-smet/index.html">The minister</a>"#))
        #expect(page.contains(#"<a href="../../entities/sofie-claes/index.html">Sofie Claes</a>"#))
        let firstReport = try #require(TestSupport.sourceSlug(site, file: "port-strike-begins.txt"))
        #expect(page.contains("href=\"../../sources/\(firstReport)/index.html\""))
        let lastReport = try #require(TestSupport.sourceSlug(site, file: "strike-ends.md"))
        #expect(page.contains("<a href=\"../../sources/\(lastReport)/index.html#s-1\">one</a>"))
        #expect(page.contains(#"<a href="../../notes/background/index.html">Background: the 2019 stoppage</a>"#))
        #expect(page.contains(#"<a href="../../timeline/index.html">Timeline</a>"#))
        #expect(page.contains(#"<a href="../../tags/labour/index.html">tag</a>"#))
        #expect(page.contains("<code>[[Pieter De Smet]]</code>"))
        #expect(page.contains("<code>[[Sofie Claes]]\n</code>"))
        #expect(!page.contains("[[sofie claes]]"))
    }

    @Test("every page linked, cited or named lists the note as a backlink")
    func backlinks() throws {
        let root = try Self.dossier(notes: ["who-settled-it.md": Self.linkingNote])
        defer { TestSupport.cleanUp(root) }
        let site = try TestSupport.render(content: root + "/content")
        let noteLink = "../../notes/who-settled-it/index.html"
        for file in ["port-strike-begins.txt", "strike-ends.md"] {
            let slug = try #require(TestSupport.sourceSlug(site, file: file))
            let page = try #require(site.text("sources/\(slug)/index.html"))
            #expect(page.contains("Notes on this source") && page.contains(noteLink), "\(file)")
        }
        for entity in ["pieter-de-smet", "sofie-claes"] {
            let page = try #require(site.text("entities/\(entity)/index.html"))
            #expect(page.contains(noteLink), "\(entity)")
        }
        let background = try #require(site.text("notes/background/index.html"))
        #expect(background.contains("Notes that link here") && background.contains("../../notes/who-settled-it/index.html"))
    }

    @Test("tags get a page each and an index; tags that make the same slug are one")
    func tags() throws {
        let other = "---\ntitle: Ports again\ntags: [ports]\n---\n\nMore on the Port of Antwerp.\n"
        let root = try Self.dossier(notes: ["who-settled-it.md": Self.linkingNote, "ports-again.md": other])
        defer { TestSupport.cleanUp(root) }
        let site = try TestSupport.render(content: root + "/content")
        let index = try #require(site.text("tags/index.html"))
        #expect(index.contains(#"href="../tags/ports/index.html""#) && index.contains(#"href="../tags/labour/index.html""#))
        let ports = try #require(site.text("tags/ports/index.html"))
        #expect(ports.contains("Who settled it") && ports.contains("Ports again"))
        #expect(site.text("notes/who-settled-it/index.html")?.contains(#"<a class="tag" href="../../tags/labour/index.html">labour</a>"#) == true)
        #expect(site.text("index.html")?.contains(#"href="tags/index.html""#) == true)
    }

    @Test("an entity file hides a false entity everywhere and gives a real one its description")
    func entityFiles() throws {
        let root = try Self.dossier(notes: [:])
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write([
            "content/entities/north-sea.md": "---\nhidden: true\n---\n",
            "content/entities/sofie-claes.md": "---\nname: Sofie Claes\ntype: person\n---\n\nLeader of the dockworkers' union since **2021**.\n",
        ], under: root)
        let site = try TestSupport.render(content: root + "/content")
        #expect(site["entities/north-sea/index.html"] == nil)
        #expect(!site.values.contains { String(decoding: $0, as: UTF8.self).contains("entities/north-sea/") })
        let page = try #require(site.text("entities/sofie-claes/index.html"))
        #expect(page.contains("Leader of the dockworkers’ union since <strong>2021</strong>."))
    }

    @Test("a link to a draft is a warning and reads as plain text; with drafts included it is a link")
    func linksToDrafts() throws {
        let draft = "---\ntitle: Next steps\ndraft: true\n---\n\nNot ready.\n"
        let note = "---\ntitle: Now\n---\n\nSee [[Next steps|what comes next]] and [the plan](next-steps.md).\n"
        let root = try Self.dossier(notes: ["next-steps.md": draft, "now.md": note])
        defer { TestSupport.cleanUp(root) }
        let options = BuildOptions(contentPath: root + "/content", outputPath: root + "/public", templatesPath: TestSupport.defaultTemplates)
        let (files, report) = try SiteBuilder(options: options).render()
        let site = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        #expect(report.diagnostics.filter { $0.message.contains("points at a draft") }.count == 2)
        let page = try #require(site.text("notes/now/index.html"))
        #expect(page.contains("See what comes next and the plan."))
        var withDrafts = options
        withDrafts.includeDrafts = true
        let published = try SiteBuilder(options: withDrafts).render().files.first { $0.path == "notes/now/index.html" }
        let text = String(decoding: try #require(published).contents, as: UTF8.self)
        #expect(text.contains(#"<a href="../../notes/next-steps/index.html">what comes next</a>"#))
        #expect(text.contains(#"<a href="../../notes/next-steps/index.html">the plan</a>"#))
    }

    @Test("a wikilink to a name that an entity and a note share links to the entity, with a warning")
    func sharedName() throws {
        let namesake = "---\ntitle: Sofie Claes\n---\n\nA profile.\n"
        let note = "---\ntitle: Links\n---\n\nSee [[Sofie Claes]].\n"
        let root = try Self.dossier(notes: ["profile.md": namesake, "links.md": note])
        defer { TestSupport.cleanUp(root) }
        let options = BuildOptions(contentPath: root + "/content", outputPath: root + "/public", templatesPath: TestSupport.defaultTemplates)
        let (files, report) = try SiteBuilder(options: options).render()
        #expect(report.diagnostics.contains { $0.description.hasSuffix("links.md:5:5: warning: [[Sofie Claes]] names an entity and the note 'profile'; it links to the entity (write [[notes/profile]] for the note)") })
        let page = String(decoding: try #require(files.first { $0.path == "notes/links/index.html" }).contents, as: UTF8.self)
        #expect(page.contains(#"<a href="../../entities/sofie-claes/index.html">Sofie Claes</a>"#))
    }

    @Test("tags without Latin letters get a page too")
    func nonLatinTags() throws {
        let note = "---\ntitle: Портовая забастовка\ntags: [экономика, 貿易]\n---\n\nText.\n"
        let root = try Self.dossier(notes: ["strike.md": note])
        defer { TestSupport.cleanUp(root) }
        let site = try TestSupport.render(content: root + "/content")
        let tagPages = site.keys.filter { $0.hasPrefix("tags/tag-") }
        #expect(tagPages.count == 2)
        let page = try #require(site.text("notes/strike/index.html"))
        for tag in ["экономика", "貿易"] { #expect(page.contains(">\(tag)</a>"), "\(tag)") }
    }

    @Test("broken links are errors at their line and column, with the closest name")
    func brokenLinks() throws {
        let note = """
            ---
            title: Typos
            sources: [strike-end.md]
            entities: [Sofie Clas]
            ---

            Said [[Pieter De Smit]] and [[notes/nowhere]].
            Also [this](../sources/missing.txt).
            """
        let root = try Self.dossier(notes: ["typos.md": note])
        defer { TestSupport.cleanUp(root) }
        let error = try #require(throws: DossierError.self) { try TestSupport.render(content: root + "/content") }
        let messages = error.diagnostics.map(\.description)
        let path = root + "/content/notes/typos.md"
        #expect(messages.contains { $0.hasPrefix(path + ":3:11: error:") && $0.contains("'strike-end.md'") && $0.contains("did you mean 'strike-ends") })
        #expect(messages.contains { $0.hasPrefix(path + ":4:12: error:") && $0.contains("did you mean 'Sofie Claes'") })
        #expect(messages.contains { $0.hasPrefix(path + ":7:6: error: broken wikilink [[Pieter De Smit]]") && $0.contains("did you mean 'Pieter De Smet'") })
        #expect(messages.contains { $0.hasPrefix(path + ":7:29: error: broken wikilink [[notes/nowhere]]") })
        #expect(messages.contains { $0.hasPrefix(path + ":8:6: error: broken link '../sources/missing.txt'") })
        #expect(error.diagnostics.count == 5)
    }

    @Test("check reports errors and warnings without stopping at the first, and writes nothing")
    func checkCollectsEverything() throws {
        let note = "---\ntitle: One\ncolour: red\n---\n\n[[Nobody Here]] and [[Nobody Else]].\n"
        let undated = "A strike of some kind happened on Tuesday, according to officials in the port.\n"
        let root = try Self.dossier(notes: ["one.md": note])
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write(["content/sources/undated.txt": undated], under: root)
        let options = BuildOptions(contentPath: root + "/content", outputPath: root + "/public",
                                   templatesPath: TestSupport.defaultTemplates, configPath: nil)
        let report = try SiteBuilder(options: options).check()
        #expect(report.errorCount == 2)
        let warnings = report.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains { $0.contains("one.md:3:1: warning: unknown front matter key 'colour'") })
        #expect(warnings.contains { $0.contains("undated.txt: warning: source has no date") })
        #expect(warnings.contains { $0.contains("undated.txt:1: warning: the date 'Tuesday' cannot be placed") })
        #expect(!FileManager.default.fileExists(atPath: root + "/public"))
    }
}

extension Dictionary where Key == String {
    func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
