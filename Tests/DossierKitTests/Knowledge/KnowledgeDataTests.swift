import Foundation
import Testing
@testable import DossierKit

/// The knowledge data built into the binary: the same bytes as the repository's `Knowledge/`
/// folder, every row well formed, and the lookups recognition relies on.
@Suite("Knowledge data")
struct KnowledgeDataTests {
    @Test("the embedded files are the Knowledge/ folder, byte for byte")
    func embeddedEqualsFolder() throws {
        let folder = TestSupport.repositoryRoot + "/Knowledge"
        let onDisk = (FileManager.default.subpaths(atPath: folder) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
        #expect(onDisk == KnowledgeFiles.texts.keys.sorted())
        for path in onDisk {
            let text = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            #expect(KnowledgeFiles.texts[path] == text, "\(path) differs from the embedded copy")
        }
        #expect(onDisk.contains("PROVENANCE.md"))
    }

    @Test("every embedded file parses, and each language has its calendar and function words")
    func wellFormed() throws {
        let base = try Knowledge.Base.embedded()
        #expect(Set(base.gazetteer.places.values.filter { $0.kind == .country }.map(\.name)).count >= 240)
        for language in [Language.en, .es, .fr, .de, .it, .pt] {
            let lexicon = base.lexicon(language)
            #expect(Set(lexicon.months.values) == Set(1...12), "\(language) months")
            #expect(Set(lexicon.weekdays.values) == Set(1...7), "\(language) weekdays")
            #expect(lexicon.stop.count > 100 && lexicon.common.count > 1_000, "\(language) words")
            #expect(!lexicon.titles.isEmpty && !lexicon.conjunctions.isEmpty && !lexicon.articles.isEmpty, "\(language) curated words")
        }
    }

    @Test("one place under its names in many languages; names frequent everywhere are not common words")
    func lookups() {
        let gazetteer = Knowledge.builtIn.gazetteer
        for name in ["United States", "Estados Unidos", "États-Unis", "Vereinigte Staaten", "U.S.", "USA", "Stati Uniti"] {
            #expect(gazetteer.place(named: name)?.name == "United States", "\(name)")
        }
        #expect(gazetteer.place(named: "Nueva York")?.name == gazetteer.place(named: "New York")?.name)
        #expect(gazetteer.place(named: "Londres")?.name == "London")
        #expect(gazetteer.organization(named: "ONU") == gazetteer.organization(named: "United Nations"))
        // A name that is a stop word as written names no place ("Man sieht …", "van"); capitals and accents do.
        #expect(gazetteer.place(named: "Man") == nil && gazetteer.place(named: "Van") == nil)
        #expect(gazetteer.place(named: "Isle of Man")?.kind == .country)
        #expect(gazetteer.place(named: "Irã")?.name == "Iran")
        let german = Knowledge.builtIn.lexicon(.de)
        #expect(german.isVocabulary("regierung") && german.isVocabulary("woche") && german.isVocabulary("holzsarg"))
        let english = Knowledge.builtIn.lexicon(.en)
        #expect(english.isVocabulary("board") && english.isVocabulary("health"))
        for name in ["trump", "merkel", "macron", "paris"] {
            #expect(english.common[name] == nil && german.common[name] == nil, "\(name)")
        }
    }

    @Test("a dossier's own knowledge file adds a place; a bad row is an error at its line")
    func editorsGazetteer() throws {
        let added = try Knowledge.builtIn.adding([KnowledgeText(displayPath: "content/knowledge/places.tsv", relativePath: "places.tsv",
                                                                text: "# a village\ncity\tVal Orma\tItaly\t0\tValorma\n")])
        #expect(added.gazetteer.place(named: "Valorma")?.name == "Val Orma")
        do {
            _ = try Knowledge.builtIn.adding([KnowledgeText(displayPath: "content/knowledge/places.tsv", relativePath: "places.tsv",
                                                            text: "city\tA\t\t0\t\nvillage\tB\t\t0\t\n")])
            Issue.record("a bad row was accepted")
        } catch {
            #expect(error.description.contains("content/knowledge/places.tsv:2:1"))
        }
        #expect(throws: DossierError.self) {
            try Knowledge.builtIn.adding([KnowledgeText(displayPath: "content/knowledge/x.tsv", relativePath: "x.tsv", text: "")])
        }
    }
}
