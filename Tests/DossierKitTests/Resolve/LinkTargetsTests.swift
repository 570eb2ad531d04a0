import Foundation
import Testing
@testable import DossierKit

/// What names in notes resolve to, on a small dossier about a harbour (not the sample).
@Suite("Link targets")
struct LinkTargetsTests {
    static func targets() throws -> LinkTargets {
        let root = try TestSupport.makeTemporaryFolder("targets")
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write([
            "content/sources/vote-delayed.md": "---\ntitle: Harbour vote delayed\ndate: 2030-01-10\n---\n\nMayor Élise Moreau said the vote on the Ostend Harbour plan would wait.\n\nMoreau added that the council would meet in March.\n",
            "content/notes/round-the-clock.md": "---\ntitle: 24/7 port operations\n---\n\nText.\n",
            "content/notes/o-brien.md": "---\ntitle: What O'Brien said\n---\n\nText.\n",
            "content/notes/draft.md": "---\ntitle: Unfinished thoughts\ndraft: true\n---\n\nText.\n",
        ], under: root)
        let options = BuildOptions(contentPath: root + "/content", outputPath: root + "/public", templatesPath: TestSupport.defaultTemplates)
        let corpus = try ContentLoader(contentPath: options.contentPath).load(config: DossierConfig())
        let articles = corpus.sources.map(ArticleCleaner.clean)
        let output = try DossierResolver.resolve(config: DossierConfig(), articles: articles, facts: articles.map(ArticleAnalyzer.analyze),
                                                 notes: corpus.notes.map(Note.prepare), drafts: corpus.drafts)
        return output.dossier.linkTargets
    }

    @Test("entity names match whatever the case, accents and spacing")
    func names() throws {
        let targets = try Self.targets()
        for written in ["Élise Moreau", "elise moreau", "ELISE  MOREAU", "Moreau", "elise-moreau"] {
            #expect(targets.resolve(wikilink: written)?.page == .entity("elise-moreau"), "\(written)")
        }
        #expect(targets.resolve(wikilink: "Elise Moreau#s-2") == LinkTargets.Target(page: .entity("elise-moreau"), fragment: "s-2"))
        #expect(targets.resolve(wikilink: "Eloise Moreau") == nil)
        #expect(targets.suggestion(for: "Eloise Moreau") == "Élise Moreau")
    }

    @Test("typographic quotes from smart punctuation match the straight ones written")
    func smartQuotes() throws {
        let targets = try Self.targets()
        #expect(targets.resolve(wikilink: "What O\u{2019}Brien said")?.page == .note("o-brien"))
        #expect(targets.resolve(wikilink: "what o'brien said")?.page == .note("o-brien"))
    }

    @Test("sources and notes by slug or file name, with or without extension, in any case; sections by name")
    func pathsAndSections() throws {
        let targets = try Self.targets()
        for written in ["sources/vote-delayed.md", "sources/Vote-Delayed.MD", "sources/vote-delayed", "sources/harbour-vote-delayed"] {
            #expect(targets.resolve(wikilink: written)?.page == .source("harbour-vote-delayed"), "\(written)")
        }
        #expect(targets.resolve(wikilink: "notes/o-brien.md")?.page == .note("o-brien"))
        #expect(targets.resolve(wikilink: "Timeline")?.page == .timeline)
        #expect(targets.resolve(wikilink: "tags")?.page == .tagsIndex)
        #expect(targets.resolve(relativeLink: "../sources/vote-delayed.md#s-1", from: "notes/o-brien.md", page: .note("o-brien"))
                == LinkTargets.Target(page: .source("harbour-vote-delayed"), fragment: "s-1"))
        #expect(targets.resolve(relativeLink: "../../timeline/", from: "notes/o-brien.md", page: .note("o-brien"))?.page == .timeline)
        #expect(targets.resolve(relativeLink: "../../../outside.md", from: "notes/o-brien.md", page: .note("o-brien")) == nil)
    }

    @Test("a name that is both an entity's and a note's links to the entity, and says so")
    func shadowed() throws {
        let targets = try Self.targets()
        #expect(targets.shadowedNote(wikilink: "Élise Moreau") == nil)
        #expect(targets.shadowedNote(wikilink: "What O'Brien said") == nil)
    }

    @Test("a name with a slash is still a name")
    func slashInName() throws {
        let targets = try Self.targets()
        #expect(targets.resolve(wikilink: "24/7 port operations")?.page == .note("round-the-clock"))
    }

    @Test("a draft is known as a draft, not as missing")
    func drafts() throws {
        let targets = try Self.targets()
        #expect(targets.resolve(wikilink: "Unfinished thoughts") == nil)
        #expect(targets.draft(wikilink: "Unfinished thoughts")?.hasSuffix("content/notes/draft.md") == true)
        #expect(targets.draft(wikilink: "notes/draft") != nil)
        #expect(targets.draft(relativeLink: "draft.md", from: "notes/o-brien.md") != nil)
        #expect(targets.draft(wikilink: "Finished thoughts") == nil)
    }
}
