import Testing
@testable import DossierKit

/// One page per real-world thing when the sources write its name in other ways: other
/// languages, transliterations, acronyms without a definition, short forms, plurals. Invented
/// stories, none of them the sample's.
@Suite("Joining the other spellings of a name")
struct NameVariantTests {
    func dossier(_ bodies: [String], language: String = "en") throws -> Dossier {
        let names = "abcdefghij".map { "\($0).txt" }
        let articles = bodies.enumerated().map { ArticleCleaner.clean(TestSupport.source($1, path: names[$0])) }
        return try DossierResolver.resolve(config: DossierConfig(language: language), articles: articles,
                                           facts: articles.map(ArticleAnalyzer.analyze), notes: [], entityFiles: []).dossier
    }

    func entity(containing name: String, in dossier: Dossier) throws -> Entity {
        try #require(dossier.entities.first { $0.name == name || $0.aliases.contains(name) },
                     "no entity \(name): \(dossier.entities.map(\.name))")
    }

    @Test("a person transliterated two ways is one person (Zelensky, Selenskyj)")
    func transliteration() throws {
        let dossier = try dossier([
            "President Oleksandr Kovalenky said on Monday that the talks would go on. Kovalenky spoke to reporters in the capital.",
            "Der ukrainische Präsident Oleksandr Kowalenkyj sagte am Montag, die Gespräche würden weitergehen. Er sprach mit Journalisten.",
        ])
        let person = try entity(containing: "Oleksandr Kovalenky", in: dossier)
        #expect(person.aliases.contains("Oleksandr Kowalenkyj"))
        #expect(person.type == .person)
    }

    @Test("a regnal name in another language is the same person, a different number is not")
    func regnalNames() throws {
        let dossier = try dossier([
            "Pope Gregory XVII met the bishops on Friday. Gregory XVII said the church must listen to the poor.",
            "El papa Gregorio XVII se reunió con los obispos el viernes y dijo que la iglesia debe escuchar a los pobres.",
            "Le pape Grégoire XVI avait réuni les évêques en son temps et il avait parlé aux pauvres de la ville.",
        ])
        let pope = try entity(containing: "Gregory XVII", in: dossier)
        #expect(pope.aliases.contains("Gregorio XVII"))
        #expect(!pope.aliases.contains("Grégoire XVI"))
    }

    @Test("a place or body named in another language is one page: other word order, cognates, glossed cue words")
    func translatedNames() throws {
        let dossier = try dossier([
            "Visitors queued outside the Orsina Chapel on Sunday. The Orsina Chapel reopened after the repairs. "
                + "The College of Curators met in Talvik on Monday, and the College of Curators chose a new head.",
            "Los visitantes hicieron cola ante la Capilla Orsina el domingo. La Capilla Orsina reabrió tras las obras. "
                + "El Colegio de Curadores se reunió el lunes en Talvik.",
            "La Iglesia Velránica abrió sus puertas el sábado en Talvik, y la Iglesia Velránica recibió a los fieles.",
            "L’Église velránique de Talvik a ouvert ses portes samedi. L’Église velránique a accueilli les fidèles.",
        ])
        let chapel = try entity(containing: "Orsina Chapel", in: dossier)
        #expect(chapel.aliases.contains("Capilla Orsina"), "\(chapel.aliases)")
        let college = try entity(containing: "College of Curators", in: dossier)
        #expect(college.aliases.contains("Colegio de Curadores") || college.name == "Colegio de Curadores", "\(college.aliases)")
        let church = try entity(containing: "Iglesia Velránica", in: dossier)
        #expect(church.aliases.contains("Église velránique") || church.name == "Église velránique", "\(church.aliases)")
    }

    @Test("two spellings in one language stay two (another language's name that could be either joins neither), but for a lone quote")
    func translationsStayApart() throws {
        let two = try dossier([
            "La Capilla Orsina abrió el domingo. La Capilla Orsina recibió visitas. La Capilla Orsini abrió el lunes y la Capilla Orsini cerró.",
            "The Orsina Chapel opened on Sunday.",
        ])
        #expect(two.entities.contains { $0.name == "Capilla Orsini" && !$0.aliases.contains("Capilla Orsina") })
        let quoted = try dossier([
            "El papa León XIX saludó el domingo. León XIX habló a los fieles. Un mensaje en inglés decía: \"Pope Leo XIX greets the crowd.\"",
            "Pope Leo XIX spoke on Sunday. Leo XIX greeted the crowd in the square.",
        ])
        let pope = try entity(containing: "Leo XIX", in: quoted)
        #expect(pope.aliases.contains("León XIX") || pope.name == "León XIX", "\(quoted.entities.map(\.name))")
        let models = try dossier([
            "The Kestrel K-40 flew on Monday. The Kestrel K-40 landed safely. A Kestrel K-48 was grounded.",
        ])
        #expect(models.entities.contains { $0.name == "Kestrel K-48" }, "\(models.entities.map(\.name))")
    }

    @Test("the content words of two names align in any order when each is the other's cognate")
    func cognates() {
        for (a, b) in [("sikstina", "sistine"), ("kolegio", "kolege"), ("kardenalikio", "kardinals"), ("konsiliasione", "konsiliasion")] {
            #expect(EntityResolver.cognate(a, b), "\(a) \(b)")
        }
        for (a, b) in [("kile", "kikago"), ("siege", "sede"), ("banko", "bergen"), ("marta", "maria")] {
            #expect(!EntityResolver.cognate(a, b), "\(a) \(b)")
        }
        #expect(EntityResolver.permutations(of: [0, 1, 2]).count == 6)
    }

    @Test("an acronym joins the one name whose initials it is, with no definition in the text")
    func initials() throws {
        let dossier = try dossier([
            "The Regional Water Authority said the dam was safe. Engineers from the Regional Water Authority inspected it.",
            "The RWA has not published its report. Critics say the RWA waited too long.",
        ])
        let authority = try entity(containing: "Regional Water Authority", in: dossier)
        #expect(authority.aliases.contains("RWA"))
        #expect(authority.type == .organization)
    }

    @Test("a short form without its cue words, a product's last word and plurals join their name")
    func shortForms() throws {
        let dossier = try dossier([
            "Northwind Cargo Airlines ordered ten Kestrel K-40 Skyhawk freighters. The Skyhawk is a new design.",
            "Northwind Cargo said the Skyhawks would arrive in spring. Kestrel K-40 Skyhawk deliveries start next year.",
        ])
        let airline = try entity(containing: "Northwind Cargo Airlines", in: dossier)
        #expect(Set([airline.name] + airline.aliases).isSuperset(of: ["Northwind Cargo", "Northwind Cargo Airlines"]))
        let plane = try entity(containing: "Kestrel K-40 Skyhawk", in: dossier)
        #expect(plane.aliases.contains("Skyhawk"))
        #expect(plane.aliases.contains("Skyhawks"))
    }

    @Test("a page goes by the name the sources in the dossier's language write; English dossiers keep the data's names")
    func displayLanguage() throws {
        let bodies = [
            "La alcaldesa Inés Varela viajó el lunes a Ciudad de México. En Ciudad de México firmó con la Unión Europea un acuerdo.",
            "Mayor Inés Varela travelled to Mexico City on Monday. In Mexico City she signed a deal with the European Union.",
            "Mayor Inés Varela said in Mexico City that the European Union would pay for the new port of Orvena Sur.",
        ]
        let spanish = try dossier(bodies, language: "es-MX")
        #expect(try entity(containing: "Mexico City", in: spanish).name == "Ciudad de México")
        #expect(try entity(containing: "European Union", in: spanish).name == "Unión Europea")
        let english = try dossier(bodies, language: "en")
        #expect(try entity(containing: "Ciudad de México", in: english).name == "Mexico City")
        #expect(try entity(containing: "Unión Europea", in: english).name == "European Union")
    }

    @Test("a class noun that opens the next sentence types the one open name before it ('The company said')")
    func openingClassNoun() throws {
        let dossier = try dossier([
            "Korvath said on Monday that it would cut 500 jobs in Ohio. The company said the cuts would start in March.",
            "Korvath declined to say more. Analysts expect Korvath to recover.",
            "La alcaldesa Inés Varela visitó Orvena el lunes. La ciudad celebra su fiesta mayor en agosto.",
        ])
        #expect(try entity(containing: "Korvath", in: dossier).type == .organization)
        #expect(try entity(containing: "Inés Varela", in: dossier).type == .person)
    }

    @Test("a company that shares a city's name is a company where nothing puts anything in the city")
    func companyNamedLikeACity() throws {
        // Leverkusen: a city of the gazetteer (population over 100,000) that is also a company's name here.
        let company = try dossier([
            "Leverkusen has shown the second model in its electric range. The company said prices would rise.",
            "Leverkusen raised its forecast on Monday.",
        ])
        #expect(try entity(containing: "Leverkusen", in: company).type == .organization)
        let city = try dossier([
            "Leverkusen raised its taxes on Monday. Thousands marched in Leverkusen on Friday.",
            "The mayor of Leverkusen said the budget was tight.",
        ])
        #expect(try entity(containing: "Leverkusen", in: city).type == .place)
        // A city of a million or more stays one ("Hamburg raised its fees": the city's government).
        let big = try dossier(["Hamburg raised its fees on Monday. The city said prices would rise.", "Hamburg cut its budget."])
        #expect(try entity(containing: "Hamburg", in: big).type == .place)
    }

    @Test("a word of a kind alone, named once, is no page; named again it is one")
    func loneKindWords() throws {
        let dossier = try dossier([
            "Le bref communiqué du Bureau de presse de la ville a été publié lundi à Orvena.",
            "The Senate voted on Monday. The Senate will meet again on Friday, and the Senate clerk said so.",
        ])
        #expect(!dossier.entities.contains { $0.name == "Bureau" }, "\(dossier.entities.map(\.name))")
        #expect(dossier.entities.contains { $0.name == "Senate" }, "\(dossier.entities.map(\.name))")
    }

    @Test("a brand alone is its maker, not one of the maker's products; two makers stay apart")
    func makerAmongProducts() throws {
        let dossier = try dossier([
            "Documents from Vantor Aerospace reached the court. The Vantor VT-300 and the Vantor VT-400 are old jets.",
            "Vantor Aerospace and Halvern Systems said they would bid. Halvern and Vantor lost the contract in 2006.",
            "Brisco Records sued Brisco Foods over the name. Brisco said on Monday it would sell a plant.",
        ])
        let maker = try entity(containing: "Vantor Aerospace", in: dossier)
        #expect(maker.aliases.contains("Vantor"))
        #expect(maker.type == .organization)
        #expect(!(try entity(containing: "Vantor VT-300", in: dossier).aliases.contains("Vantor")))
        #expect(!dossier.entities.contains { $0.aliases.contains("Brisco") && $0.name.hasPrefix("Brisco ") })
    }

    @Test("a city's other name that is a landmark's, a time zone after a time, and a noun after a title are no entities")
    func notNames() throws {
        let dossier = try dossier([
            "Reporters gathered outside the White House on Tuesday. The vote closed at 15:46 GMT, officials said.",
            "Die Delegierten werden dem neuen Vorsitzenden Gehorsam versprechen, sagte die Sprecherin am Montag in Berlin.",
        ])
        #expect(!dossier.entities.contains { $0.name == "Casablanca" })
        #expect(dossier.entities.contains { $0.name == "White House" && $0.type == .place })
        #expect(!dossier.entities.contains { $0.name == "GMT" })
        #expect(!dossier.entities.contains { $0.name == "Gehorsam" })
    }

    @Test("the kind of a name comes from its words: a job title after it, cue words, a regnal number")
    func types() throws {
        let dossier = try dossier([
            "Ostrava Dynamics spokesman Petr Novak said the plant would reopen. Ostrava Dynamics employs 900 people.",
            "Visitors queued at the Wenceslas Chapel and the Vatican Museums. Casimir XII was crowned there.",
        ])
        #expect(try entity(containing: "Ostrava Dynamics", in: dossier).type == .organization)
        #expect(try entity(containing: "Wenceslas Chapel", in: dossier).type == .place)
        #expect(try entity(containing: "Vatican Museums", in: dossier).type == .organization)
        #expect(try entity(containing: "Casimir XII", in: dossier).type == .person)
    }
    @Test("a name without the cue word that starts it joins it; a city's name never joins a lake's")
    func leadingCueWord() throws {
        let dossier = try dossier([
            "Los cardenales entraron en la Capilla Orsina por la tarde. Al salir de la Orsina, cenaron juntos en silencio.",
            "The delegates met by Lake Geneva on Monday. Geneva was calm and the talks went on for hours.",
        ])
        let chapel = try entity(containing: "Capilla Orsina", in: dossier)
        #expect(chapel.aliases.contains("Orsina"))
        let lake = try entity(containing: "Lake Geneva", in: dossier)
        #expect(!lake.aliases.contains("Geneva"))
    }

    @Test("a city is shown as the sources write it when the data's name only adds a word (New York, not New York City)")
    func placeDisplay() throws {
        let dossier = try dossier([
            "The airline flew from New York to Paris on Monday. New York was cold and the flight was full.",
            "The plane landed in New York after eight hours in the air.",
        ])
        let city = try #require(dossier.entities.first { $0.type == .place && ($0.name.hasPrefix("New York")) })
        #expect(city.name == "New York")
    }

    @Test("what the words around a name say: a web address, an agency after a dateline, the members of a list")
    func contextTypes() throws {
        let dossier = try dossier([
            "Brennhausen, 17.05.2025 (BNA) Der Stadtrat hat am Samstag getagt. Das meldete Ostkurier.de am Abend.",
            "Among the guests were Amelia Strand, Tobiah Okonkwo Varga, Jana Kowalczyk and Petr Novak.",
        ])
        #expect(try entity(containing: "BNA", in: dossier).type == .organization)
        #expect(try entity(containing: "Ostkurier.de", in: dossier).type == .organization)
        #expect(try entity(containing: "Tobiah Okonkwo Varga", in: dossier).type == .person)
    }
    @Test("a company goes by the one word the sources use most; a common word never names a page")
    func shortDisplayName() throws {
        let dossier = try dossier([
            "Korvath Systems filed suit on Monday. Korvath said the trademark was its own. Analysts expect Korvath to win.",
            "Korvath declined to comment on the lawsuit.",
            "The European Fisheries Commission met in Brussels. The Commission said quotas would fall. The Commission will vote.",
        ])
        let company = try entity(containing: "Korvath", in: dossier)
        #expect(company.name == "Korvath")
        #expect(company.aliases.contains("Korvath Systems"))
        #expect(dossier.entities.contains { $0.name == "European Fisheries Commission" })
    }
    @Test("a preposition alone makes no place: the kind stays open")
    func prepositionAlone() throws {
        let dossier = try dossier([
            "The order came from Korvath Industries on Monday. Engineers at Korvath Industries were pleased.",
            "Talks were held in Orvena, Norway, on Tuesday.",
        ])
        #expect(try entity(containing: "Korvath Industries", in: dossier).type == .organization)
        let quiet = try self.dossier(["The parts were bought from Lindqvist Vale last year and shipped at once."])
        #expect(try entity(containing: "Lindqvist Vale", in: quiet).type != .place)
        #expect(try entity(containing: "Orvena", in: dossier).type == .place)
    }
}
