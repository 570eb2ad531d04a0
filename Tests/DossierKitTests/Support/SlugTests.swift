import Testing
@testable import DossierKit

@Suite("Slugs")
struct SlugTests {
    @Test("accents fold to readable ASCII")
    func accents() {
        #expect(Slug.make("François-Philippe Champagne") == "francois-philippe-champagne")
        #expect(Slug.make("Łódź & Kraków: ŒUVRE straße") == "lodz-and-krakow-oeuvre-strasse")
        #expect(Slug.make("El País") == "el-pais")
    }

    @Test("punctuation and apostrophes")
    func punctuation() {
        #expect(Slug.make("Canada’s 51st state?!") == "canadas-51st-state")
        #expect(Slug.make("  --U.S.--  ") == "u-s")
        #expect(Slug.make("!!!") == "")
        #expect(Slug.make("日本") == "")
    }

    @Test("long titles are cut at a word boundary")
    func length() {
        let slug = Slug.make("Mexico and Canada pledged to deepen ties and work to strengthen the free trade pact", maxLength: 40)
        #expect(slug.count <= 40)
        #expect(slug == "mexico-and-canada-pledged-to-deepen-ties")
    }

    @Test("duplicates get numbered suffixes in order")
    func unique() {
        #expect(Slug.unique(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"])
        #expect(Slug.unique(["a"], reserved: ["a"]) == ["a-2"])
    }

    @Test("explicit slugs that clash are an error naming both files")
    func explicitClash() {
        let items: [(explicit: String?, derived: String, path: String, display: String)] = [
            ("same", "x", "a.md", "content/notes/a.md"), ("same", "y", "b.md", "content/notes/b.md"),
        ]
        var warnings: [Diagnostic] = []
        #expect(throws: DossierError.self) { try DossierResolver.assignSlugs(items, warnings: &warnings) }
        do {
            _ = try DossierResolver.assignSlugs(items, warnings: &warnings)
        } catch {
            #expect("\(error)" == "content/notes/b.md: error: slug 'same' is already used by content/notes/a.md")
        }
    }

    @Test("derived slugs step around explicit ones, are stable, and each step is a warning naming the owner")
    func derivedAroundExplicit() throws {
        let items: [(explicit: String?, derived: String, path: String, display: String)] = [
            (nil, "story", "a.txt", "a"), ("story", "other", "b.txt", "b"), (nil, "story", "c.txt", "c"),
        ]
        var warnings: [Diagnostic] = []
        #expect(try DossierResolver.assignSlugs(items, warnings: &warnings) == ["story-2", "story", "story-3"])
        #expect(warnings.map(\.description) == [
            "a: warning: page name 'story' is already taken by b; this one is published as 'story-2' (set 'slug:' to choose)",
            "c: warning: page name 'story' is already taken by b; this one is published as 'story-3' (set 'slug:' to choose)",
        ])
    }
}
