import Foundation
import Testing
@testable import DossierKit

/// A dossier of another story told in Spanish, French, German and English (Fixtures/multilingual-story,
/// invented): what a reader finds on its pages.
@Suite("A dossier in four languages")
struct MultilingualSiteTests {
    let files: [String: Data]
    let entities: [[String: Any]]
    let sources: [[String: Any]]

    init() throws {
        files = try TestSupport.render(content: TestSupport.repositoryRoot + "/Tests/DossierKitTests/Fixtures/multilingual-story")
        let data = try #require(files["data/dossier.json"])
        let export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        entities = try #require(export["entities"] as? [[String: Any]])
        sources = try #require(export["sources"] as? [[String: Any]])
    }

    func entity(_ name: String) throws -> [String: Any] {
        try #require(entities.first { $0["name"] as? String == name }, "no entity \(name) among \(entities.compactMap { $0["name"] })")
    }

    func names(of entity: [String: Any]) -> Set<String> {
        Set([entity["name"] as? String].compactMap { $0} + ((entity["aliases"] as? [String]) ?? []))
    }

    @Test("each source's language is detected (or given) and shown")
    func languages() throws {
        let byFile = Dictionary(uniqueKeysWithValues: sources.compactMap { source -> (String, String)? in
            guard let file = source["file"] as? String, let language = source["language"] as? String else { return nil }
            return (String(file.split(separator: "/").last ?? ""), language)
        })
        #expect(byFile == ["01-es-represa.txt": "es", "02-fr-barrage.txt": "fr", "03-de-staudamm.txt": "de", "04-en-dam.md": "en"])
        let slug = try #require(TestSupport.sourceSlug(files, file: "03-de-staudamm.txt"))
        let page = try #require(files.text("sources/\(slug)/index.html"))
        #expect(page.contains("German <span class=\"origin\">(detected)</span>"))
        #expect(page.contains("<div class=\"prose article-text\" lang=\"de\">"))
        #expect(page.contains("<h1 id=\"page-title\" lang=\"de\">"))
    }

    @Test("what pages quote of a source in another language than the site's is marked with its lang")
    func quotedTextCarriesItsLanguage() throws {
        let german = try #require(TestSupport.sourceSlug(files, file: "03-de-staudamm.txt"))
        let english = try #require(TestSupport.sourceSlug(files, file: "04-en-dam.md"))
        let index = try #require(files.text("sources/index.html"))
        #expect(index.contains("<a href=\"../sources/\(german)/index.html\" lang=\"de\">"))
        #expect(index.contains("<a href=\"../sources/\(english)/index.html\">"), "the site's own language is not repeated")
        let timeline = try #require(files.text("timeline/index.html"))
        #expect(timeline.contains("<p class=\"event-title\" lang=\"es\">"))
        #expect(timeline.contains("<li lang=\"fr\"><a href=\"../sources/"))
        let entity = try #require(files.text("entities/norvik-hydro/index.html"))
        #expect(entity.contains("<ul class=\"mentions\" lang=\"de\">"))
    }

    @Test("one place however each language names it")
    func placesAcrossLanguages() throws {
        let states = try entity("United States")
        #expect(states["type"] as? String == "place")
        #expect(names(of: states).isSuperset(of: ["Estados Unidos", "États-Unis", "Vereinigten Staaten"]))
        #expect(names(of: try entity("Brussels")).isSuperset(of: ["Bruselas", "Bruxelles"]))
        #expect(names(of: try entity("New York City")).contains("Nueva York"))
    }

    @Test("one page per person and company, with titles as roles and short forms merged")
    func onePagePerThing() throws {
        let dubois = try entity("Claire Dubois")
        #expect(dubois["type"] as? String == "person")
        #expect(names(of: dubois).contains("Dubois"))
        let lopez = try entity("María López")
        #expect(names(of: lopez).contains("María Isabel López García"))
        let company = try entity("Norvik Hydro")
        #expect(company["type"] as? String == "organization")
        #expect(names(of: company).isSuperset(of: ["Norvik", "Norvik Hydro Inc"]))
        #expect(try entity("Paul Lemaire")["type"] as? String == "person")
        #expect(try entity("Elena Ruiz")["type"] as? String == "person")
        let all = entities.flatMap(names(of:))
        #expect(!all.contains { $0.contains("Minister") || $0.contains("Chief Executive") || $0.hasPrefix("Texas-") })
    }

    @Test("no page for function words, common nouns, datelines or credits glued to them")
    func noJunk() throws {
        let all = Set(entities.flatMap(names(of:)))
        for junk in ["El", "Se", "Lors", "Cette", "Urteil", "Regierung", "Woche", "Der", "MADRID", "PARIS", "Mme", "M."] {
            #expect(!all.contains(junk), "\(junk) became an entity")
        }
        #expect(try entity("Agence France-Presse")["type"] as? String == "organization")
        #expect(try entity("Madrid")["type"] as? String == "place")
    }

    @Test("the editor's gazetteer in content/knowledge/ types a place the data does not know")
    func editorsGazetteer() throws {
        #expect(try entity("Valdorrún")["type"] as? String == "place")
    }
    @Test("class nouns type the names after them, in each language, and the page says so")
    func classNouns() throws {
        let newspaper = try entity("Ostkurier")
        #expect(newspaper["type"] as? String == "organization")
        let builder = try entity("Fjellbygg")
        #expect(builder["type"] as? String == "organization")
        #expect(try entity("Tomasz Wiecek")["type"] as? String == "person")
        #expect(try entity("Orvena")["type"] as? String == "place")
        #expect(!entities.contains { ($0["name"] as? String)?.hasPrefix("Stadt") == true })
        let commission = try entity("European Commission")
        #expect(names(of: commission).contains("Commission européenne"))
        let url = try #require(newspaper["url"] as? String)
        let page = try #require(files.text(url))
        #expect(page.contains("described as quotidien"))
    }
}
