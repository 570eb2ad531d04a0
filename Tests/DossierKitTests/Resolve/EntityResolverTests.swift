import Testing
@testable import DossierKit

/// Merging mentions across a small corpus of its own (not the sample story), and the editors' overrides.
@Suite("Resolving entities")
struct EntityResolverTests {
    /// Builds a dossier from bodies of plain-text sources, named a.txt, b.txt, …
    func dossier(_ bodies: [String], files: [EntityFile] = [], notes: [Note] = []) throws -> DossierResolver.Output {
        let names = "abcdefghij".map { "\($0).txt" }
        let articles = bodies.enumerated().map { ArticleCleaner.clean(TestSupport.source($1, path: names[$0])) }
        return try DossierResolver.resolve(config: DossierConfig(), articles: articles, facts: articles.map(ArticleAnalyzer.analyze),
                                           notes: notes, entityFiles: files)
    }

    func entity(_ name: String, in output: DossierResolver.Output) throws -> Entity {
        try #require(output.dossier.entities.first { $0.name == name }, "no entity \(name): \(output.dossier.entities.map(\.name))")
    }

    func file(_ slug: String, name: String? = nil, type: EntityType? = nil, aliases: [String] = [], hidden: Bool = false,
              mergeInto: String? = nil, description: String? = nil) -> EntityFile {
        EntityFile(displayPath: "content/entities/\(slug).md", slug: slug, name: name, type: type, aliases: aliases,
                   hidden: hidden, mergeInto: mergeInto, description: description)
    }

    @Test("a surname joins the full name in the same article and across the corpus")
    func surnames() throws {
        let output = try dossier([
            "Prime Minister Jonas Berglund met the unions on Friday. Berglund said the deal was fair.",
            "The opposition attacked the plan. Berglund did not reply.",
        ])
        let berglund = try entity("Jonas Berglund", in: output)
        #expect(berglund.type == .person)
        #expect(berglund.aliases == ["Berglund"])
        #expect(berglund.mentions.count == 3)
        #expect(berglund.sources.count == 2)
        #expect(berglund.roles.map(\.role.title) == ["Prime Minister"])
        #expect(!output.dossier.entities.contains { $0.name == "Berglund" })
    }

    @Test("a common word's abbreviation in capitals is no name, however often the corpus writes it; a name in capitals is")
    func commonAbbreviations() throws {
        let output = try dossier([
            "The new TV from Kestrel costs less. Its TV ads ran in Norvia, and the GDP of Norvia grew.",
            "Shoppers bought a TV at Kestrel stores. The Halden Group said GDP figures were due. The NFDA approved it.",
            "A cheaper TV is due in May, the NFDA said.",
        ])
        let names = output.dossier.entities.map(\.name)
        #expect(!names.contains("TV") && !names.contains("GDP"), "\(names)")
        #expect(names.contains("Kestrel") && names.contains("NFDA"), "\(names)")
    }

    @Test("a name with the weekday of its sentence joins the name alone; a name that is only itself with a weekday stays")
    func trailingWeekday() throws {
        let output = try dossier([
            "Kestrel posted the letter on Kestrel Tuesday, saying the plant would stay open. Kestrel shares rose.",
            "Shoppers lined up for Bargain Friday at the Halden stores of Kestrel.",
        ])
        let kestrel = try entity("Kestrel", in: output)
        #expect(kestrel.mentions.count == 4 && kestrel.aliases.isEmpty, "\(kestrel.aliases)")
        // The mention's span ends before the weekday, which stays the sentence's date.
        let tuesday = try #require(kestrel.mentions.first { $0.sentence == 1 && $0.start > 0 })
        #expect(tuesday.end - tuesday.start == "Kestrel".unicodeScalars.count)
        #expect(!output.dossier.entities.contains { $0.name == "Kestrel Tuesday" })
        #expect(output.dossier.entities.contains { $0.name == "Bargain Friday" }, "\(output.dossier.entities.map(\.name))")
    }

    @Test("a surname two people share is not merged, and is reported")
    func ambiguous() throws {
        let output = try dossier([
            "Senator Anna Holm spoke first. Governor Lars Holm spoke next.",
            "Holm said the vote would wait.",
        ])
        #expect(try entity("Anna Holm", in: output).mentions.count == 1)
        #expect(try entity("Lars Holm", in: output).mentions.count == 1)
        #expect(output.dossier.ambiguities.count == 1)
        #expect(output.dossier.ambiguities.first?.contains("'Holm' could be") == true)
        #expect(output.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("possible duplicate entities: 'Holm' could be") })
    }

    @Test("a longer form of a person's name is the same person")
    func longerName() throws {
        let output = try dossier([
            "President Maria Santos opened the session. Maria Santos Ferreira, as she signs, closed it.",
        ])
        let santos = try entity("Maria Santos", in: output)
        #expect(santos.aliases.contains("Maria Santos Ferreira"))
        #expect(santos.mentions.count == 2)
    }

    @Test("an acronym and its spelled-out variants are one entity")
    func acronyms() throws {
        let output = try dossier([
            "Ministers revised the Nordic Fisheries Agreement (NFA) in Oslo.",
            "The NFA review starts next year. Critics of the Nordic fisheries agreement (NFA) want more.",
        ])
        let agreement = try entity("Nordic Fisheries Agreement", in: output)
        #expect(agreement.type == .agreement)
        #expect(agreement.aliases.contains("NFA"))
        // The spelled-out names, the two acronyms in brackets, and "NFA" alone.
        #expect(agreement.mentions.count == 5)
        #expect(agreement.sources.count == 2)
    }

    @Test("places join their gazetteer name")
    func places() throws {
        let output = try dossier(["Trade with the U.K. grew. Britain and the United Kingdom are one country, as is the UK."])
        let uk = try entity("United Kingdom", in: output)
        #expect(uk.type == .place)
        #expect(Set(uk.aliases) == ["U.K.", "Britain", "UK"])
    }


    @Test("a person's surname that is also a city's name is the person where the source names them")
    func surnameOfCity() throws {
        let output = try dossier([
            "Spokeswoman Ellen Derby said the plant would close. “We looked at every option,” said Derby.",
            "The plant near Derby employs 400 people.",
        ])
        let person = try entity("Ellen Derby", in: output)
        #expect(person.type == .person)
        #expect(person.mentions.count == 2)
        // Where no person has it as a surname, the city stays a city.
        #expect(try entity("Derby", in: output).type == .place)
    }

    @Test("a name nothing types takes the type of the names listed with it across the corpus, not a first name's")
    func listedTypes() throws {
        let output = try dossier([
            "The contract was fought for between Talvex and Brenmoor Ostig, and Brenmoor Ostig won.",
            "Talvex Corporation said on Monday that it would appeal.",
            "Dana Holt and Veltrix signed the papers. Dana Holt spoke later.",
        ])
        let rival = try entity("Brenmoor Ostig", in: output)
        #expect(rival.type == .organization)
        #expect(rival.typeReasons.first == "listed with Talvex Corporation (organisation)", "\(rival.typeReasons)")
        // A first name types "Dana Holt"; it says nothing of the single word beside it.
        #expect(try entity("Dana Holt", in: output).type == .person)
        #expect(try entity("Veltrix", in: output).type != .person)
    }
    @Test("entity files hide, merge, rename, retype and describe")
    func editorFiles() throws {
        let bodies = [
            "Mayor Ilse Brandt visited Harbour Works on Monday. Brandt said the Quayside Trust would pay.",
            "The Quay Trust disagreed. A tug named Vessel Nine docked at Harbour Works.",
        ]
        let output = try dossier(bodies, files: [
            file("vessel-nine", hidden: true),
            file("quay-trust", mergeInto: "Quayside Trust"),
            file("harbour-works", name: "Harbour Works Ltd", type: .organization, aliases: ["the Works"],
                 description: "The port operator."),
            file("nobody-at-all", name: "Nobody At All"),
        ])
        let names = output.dossier.entities.map(\.name)
        #expect(!names.contains("Vessel Nine"))
        #expect(!names.contains("Quay Trust"))
        let trust = try entity("Quayside Trust", in: output)
        #expect(trust.aliases.contains("Quay Trust"))
        #expect(trust.mentions.count == 2)
        let works = try entity("Harbour Works Ltd", in: output)
        #expect(works.type == .organization)
        #expect(works.description == "The port operator.")
        #expect(works.aliases.contains("the Works"))
        #expect(output.diagnostics.filter { $0.location.file.contains("entities/") }.map(\.description) == [
            "content/entities/nobody-at-all.md: warning: entity file matches no entity found in the sources (by file name, name or aliases)",
        ])
    }

    @Test("related entities and the notes that name an entity")
    func relatedAndNotes() throws {
        let note = Note(displayPath: "content/notes/n.md", relativePath: "n.md", title: "N", date: nil, tags: [], slug: nil,
                        summary: nil, body: "We follow *Jonas Berglund* closely, and Oslo too.", bodyStartLine: 1)
        let output = try dossier(["Prime Minister Jonas Berglund flew to Oslo. Berglund met Queen Sonja Lind in Oslo."], notes: [note])
        let berglund = try entity("Jonas Berglund", in: output)
        #expect(berglund.related.first?.slug == "oslo")
        #expect(berglund.related.first?.sentences == 2)
        #expect(berglund.notes == ["n"])
        #expect(output.dossier.notes.first?.entities.sorted() == ["jonas-berglund", "oslo"])
    }
}
