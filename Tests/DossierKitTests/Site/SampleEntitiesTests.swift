import Foundation
import Testing
@testable import DossierKit

/// The entities of the sample dossier, as a reader finds them on the site and in the export.
@Suite("Entities of the sample dossier")
struct SampleEntitiesTests {
    let files: [String: Data]
    let export: [String: Any]
    let entities: [[String: Any]]

    init() throws {
        files = try TestSupport.render(content: TestSupport.sampleContent, config: TestSupport.sampleConfig)
        let data = try #require(files["data/dossier.json"])
        export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        entities = try #require(export["entities"] as? [[String: Any]])
    }

    func entity(_ name: String) throws -> [String: Any] {
        try #require(entities.first { $0["name"] as? String == name }, "no entity named \(name)")
    }

    func roles(_ entity: [String: Any]) -> [String] {
        (entity["roles"] as? [[String: Any]])?.compactMap { $0["role"] as? String } ?? []
    }

    @Test("every person named in full has a page with the role the sources give")
    func people() throws {
        let expected: [String: String] = [
            "Mark Carney": "Prime Minister (Canada)",
            "Claudia Sheinbaum": "President (Mexico)",
            "Donald Trump": "President (United States)",
            "Anita Anand": "Foreign Affairs Minister (Canada)",
            "François-Philippe Champagne": "Finance and Revenue Minister (Canada)",
            "Danielle Smith": "premier of the province of Alberta",
            "Marcelo Ebrard": "Economy Minister",
            "Nelson Wiseman": "professor emeritus at the University of Toronto",
        ]
        for (name, role) in expected {
            let person = try entity(name)
            #expect(person["type"] as? String == "person", "\(name)")
            #expect(roles(person).contains(role), "\(name): \(roles(person))")
            let slug = try #require(person["id"] as? String)
            #expect(files["entities/\(slug)/index.html"] != nil)
        }
        #expect(try entity("François-Philippe Champagne")["id"] as? String == "francois-philippe-champagne")
    }

    @Test("countries, cities and the agreement have pages with their types")
    func placesAndAgreement() throws {
        for name in ["Canada", "Mexico", "United States", "Mexico City", "Washington", "Alberta", "Ottawa"] {
            #expect(try entity(name)["type"] as? String == "place", "\(name)")
        }
        let agreement = try entity("United States-Mexico-Canada Agreement")
        #expect(agreement["type"] as? String == "agreement")
        #expect((agreement["aliases"] as? [String])?.contains("USMCA") == true)
        #expect((agreement["sources"] as? [String])?.count == 4)
        #expect(try entity("Trans-Pacific Partnership")["type"] as? String == "agreement")
        #expect(try entity("University of Toronto")["type"] as? String == "organization")
    }

    @Test("surname-only mentions are merged into their person")
    func surnames() throws {
        let names = Set(entities.compactMap { $0["name"] as? String })
        for surname in ["Carney", "Sheinbaum", "Trump", "Smith", "Wiseman"] {
            #expect(!names.contains(surname), "\(surname) has a page of its own")
        }
        #expect((try entity("Mark Carney")["aliases"] as? [String]) == ["Carney"])
        #expect((try entity("Mark Carney")["sources"] as? [String])?.count == 5)
    }

    @Test("no page for a month, a weekday, a demonym, a sentence-initial word or a name from removed junk")
    func noFalseEntities() {
        let names = Set(entities.compactMap { ($0["name"] as? String)?.lowercased() })
        let forbidden = ["thursday", "wednesday", "june", "august", "september", "canadian", "mexican", "american",
                         "canadians", "mexicans", "north american", "while", "both", "trade", "public", "action", "another",
                         "read more", "gaza", "taiwan", "antifa", "stoxx", "reuters", "el país", "here’s", "with reports",
                         "prime minister", "president", "mending fences"]
        for word in forbidden {
            #expect(!names.contains(word), "'\(word)' became an entity")
        }
    }

    @Test("source pages link recognised mentions to entity pages, once per paragraph")
    func sourceLinks() throws {
        let sources = files.keys.filter { $0.hasPrefix("sources/") && $0 != "sources/index.html" }
        for page in sources {
            let html = try #require(files.text(page))
            #expect(html.contains("href=\"../../entities/mark-carney/index.html\">"), "\(page) does not link Mark Carney")
            // No paragraph links the same entity twice.
            for paragraph in html.components(separatedBy: "<p>").dropFirst() {
                let body = paragraph.components(separatedBy: "</p>")[0]
                let links = body.components(separatedBy: "href=\"../../entities/").dropFirst().map { $0.prefix(while: { $0 != "/" }) }
                #expect(links.count == Set(links).count, "\(page) links an entity twice in one paragraph")
            }
        }
    }

    @Test("an entity page shows roles, every mention in context linking to its sentence, and related entities")
    func entityPage() throws {
        let html = try #require(files.text("entities/claudia-sheinbaum/index.html"))
        #expect(html.contains("<h1 id=\"page-title\">Claudia Sheinbaum</h1>"))
        #expect(html.contains("President (Mexico)"))
        #expect(html.contains("<mark>Sheinbaum</mark>"))
        #expect(html.contains("<mark>Claudia Sheinbaum</mark>"))
        #expect(html.contains("index.html#s-"))
        #expect(html.contains("Named together with"))
        #expect(html.contains("href=\"../../entities/mark-carney/index.html\""))
        let mentions = try #require(entity("Claudia Sheinbaum")["mentions"] as? Int)
        #expect(html.components(separatedBy: "<mark>").count - 1 == mentions)
    }

    @Test("the entities index groups by type, most prominent first, with counts")
    func index() throws {
        let html = try #require(files.text("entities/index.html"))
        let people = try #require(html.range(of: "id=\"person\""))
        let places = try #require(html.range(of: "id=\"place\""))
        #expect(people.lowerBound < places.lowerBound)
        let carney = try #require(html.range(of: ">Mark Carney</a>"))
        let anand = try #require(html.range(of: ">Anita Anand</a>"))
        #expect(carney.lowerBound < anand.lowerBound)
        #expect(html.contains("5 sources, 38 mentions") || html.contains("5 sources,"))
    }

    @Test("the export has the documented shape")
    func exportShape() throws {
        #expect(Set(export.keys).isSuperset(of: ["sources", "entities", "events", "quotes", "notes"]))
        let sources = try #require(export["sources"] as? [[String: Any]])
        #expect(sources.count == 5)
        for source in sources {
            #expect(Set(source.keys).isSuperset(of: ["id", "title", "date", "dateOrigin", "path", "url"]))
            #expect(source["id"] is String && source["title"] is String && source["path"] is String)
        }
        let types = Set(EntityType.allCases.map(\.rawValue))
        for entity in entities {
            #expect(types.contains(entity["type"] as? String ?? ""))
            #expect(entity["aliases"] is [String] && entity["roles"] is [Any] && entity["sources"] is [String])
            #expect(entity["mentions"] is Int && entity["url"] is String)
        }
        let notes = try #require(export["notes"] as? [[String: Any]])
        #expect(notes.map { $0["id"] as? String } .count == 2)
    }
}

/// A dossier about a different story (the cleaning fixtures), with none of the sample's names.
@Suite("Entities of another story")
struct OtherStoryEntitiesTests {
    let entities: [String: (type: String, aliases: [String], roles: [String])]

    init() throws {
        let content = TestSupport.repositoryRoot + "/Tests/DossierKitTests/Fixtures/other-stories"
        let files = try TestSupport.render(content: content)
        let data = try #require(files["data/dossier.json"])
        let export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var result: [String: (String, [String], [String])] = [:]
        for entity in export["entities"] as? [[String: Any]] ?? [] {
            let roles = (entity["roles"] as? [[String: Any]])?.compactMap { $0["role"] as? String } ?? []
            result[entity["name"] as? String ?? ""] = (entity["type"] as? String ?? "", entity["aliases"] as? [String] ?? [], roles)
        }
        entities = result
    }

    @Test("people with their roles, merged with their surnames")
    func people() throws {
        let strand = try #require(entities["Amelia Strand"])
        #expect(strand.type == "person")
        #expect(strand.aliases.contains("Strand"))
        let ortega = try #require(entities["J. R. Ortega"])
        #expect(ortega.roles == ["the former mayor of Port Alder"])
        #expect(entities["Helena Varga"]?.type == "person")
        #expect(entities["Rosalind Achebe"]?.roles == ["Judge"])
        #expect(entities["Daniel K. Moreau"]?.aliases == ["Moreau"])
        for surname in ["Strand", "Ortega", "Moreau", "Forsberg"] { #expect(entities[surname] == nil) }
    }

    @Test("organisations, places and international bodies")
    func others() {
        #expect(entities["United Nations"]?.type == "organization")
        #expect(entities["United Nations"]?.aliases == ["U.N."])
        #expect(entities["Tarrow Valley Irrigators' Association"]?.type == "organization")
        #expect(entities["Kessler & Voigt"]?.type == "organization")
        #expect(entities["Harbour Road Rovers"]?.type == "organization")
        // Named "Aldara Pharma" once and "Aldara" five times: the page goes by the name the sources use.
        #expect(entities["Aldara"]?.type == "organization")
        #expect(entities["Aldara"]?.aliases.contains("Aldara Pharma") == true)
        #expect(entities["Bexmont Therapeutics"]?.type == "organization")
        #expect(entities["Boston"]?.type == "place")
        #expect(entities["Lorne River"]?.type == "place")
    }

    @Test("nothing from removed junk or sentence starts")
    func nothingFalse() {
        for name in ["Farmers", "Advertisement", "Most", "Related", "Read", "Continue", "Rival Club Appoints New Manager After Cup Exit"] {
            #expect(entities[name] == nil, "\(name) became an entity")
        }
        for name in entities.keys {
            #expect(!["Carney", "Sheinbaum", "USMCA", "Mexico", "Canada"].contains(name))
        }
    }
}
