import Testing
@testable import DossierKit

/// Recognition in Spanish, French, German and English with the rules of each language: invented
/// sentences, none from the sample story.
@Suite("Finding names in the dossier's languages")
struct MultilingualMentionTests {
    func find(_ text: String, _ language: Language) -> MentionFinder.Result {
        MentionFinder(language: language).find(in: Sentence(ordinal: 1, text: text, line: 1))
    }

    /// The names found, without the common words that resolution keeps only where the corpus shows they are names.
    func names(_ text: String, _ language: Language) -> [String] {
        find(text, language).mentions.filter { !$0.isCommonWord }.map(\.text)
    }

    func mention(_ name: String, in text: String, _ language: Language) throws -> Mention {
        try #require(find(text, language).mentions.first { $0.text == name }, "no mention of \(name) in: \(text)")
    }

    @Test("function words at the start of a sentence are not names (El, Se, Lors, Cette, Der)")
    func functionWords() {
        #expect(names("El consejo se reunió ayer.", .es).isEmpty)
        #expect(names("Se trata de una obra enorme.", .es).isEmpty)
        #expect(names("Lors de la réunion, personne n'a parlé.", .fr).isEmpty)
        #expect(names("Cette décision surprend.", .fr).isEmpty)
        #expect(names("Der Vorschlag wurde abgelehnt.", .de).isEmpty)
    }

    @Test("German common nouns are not names; names beside them are")
    func germanNouns() {
        #expect(names("Das Urteil der Regierung kam nach einer Woche.", .de).isEmpty)
        #expect(names("Die Balkontür von Jana Kowalczyk blieb zu.", .de) == ["Jana Kowalczyk"])
        let result = find("Der Holzsarg stand im Rathaus.", .de)
        let allCommon = result.mentions.allSatisfy { $0.isCommonWord }
        #expect(allCommon, "\(result.mentions.map(\.text))")
    }

    @Test("lowercase titles before a name are roles, in each language")
    func lowercaseTitles() throws {
        #expect(try mention("Inés Varela", in: "Lo confirmó la presidenta Inés Varela.", .es).roles.map(\.title) == ["presidenta"])
        #expect(try mention("Luc Garnier", in: "Le ministre Luc Garnier est arrivé.", .fr).roles.map(\.title) == ["ministre"])
        let chef = try mention("Jana Kowalczyk", in: "Bundeskanzlerin Jana Kowalczyk reiste ab.", .de)
        #expect(chef.roles.map(\.title) == ["Bundeskanzlerin"])
        #expect(names("US-Präsident Tom Hale sprach.", .de) == ["Tom Hale"])
        // A title in the plural before a list makes persons of the list.
        let list = find("Parmi eux, les présidents Tiago Bastos Nery, Luc Garnier et Anaïs Roussel.", .fr).mentions
        #expect(list.first { $0.text == "Tiago Bastos Nery" }?.evidence.contains { $0.reason == "titles before" } == true)
        #expect(list.filter { $0.evidence.contains { $0.type == .person } }.count == 3, "\(list.map { ($0.text, $0.evidence) })")
    }

    @Test("a word of a kind in lowercase before a name types it, where the language writes it so")
    func kindWordsBeforeNames() throws {
        let basilica = try mention("Saint-Ulrich-Majeur", in: "Il prie dans la basilique Saint-Ulrich-Majeur.", .fr)
        #expect(basilica.evidence.contains { $0.type == .place && $0.reason == "described as basilique" })
        let hospital = try mention("Tomás Barrena", in: "Fue ingresado en el hospital Tomás Barrena el lunes.", .es)
        #expect(hospital.evidence.contains { $0.type == .organization && $0.reason == "described as hospital" })
        // English names the kind after the name; a lowercase word before it says nothing.
        let english = try mention("Tom Barrena", in: "He saw the hospital Tom Barrena ran.", .en)
        #expect(!english.evidence.contains { $0.reason.hasPrefix("described as") })
    }

    @Test("the language's conjunction splits two names; honorifics are not part of one")
    func conjunctionsAndHonorifics() throws {
        #expect(names("Varela y Garnier firmaron.", .es) == ["Varela", "Garnier"])
        #expect(names("Varela et Garnier ont signé.", .fr) == ["Varela", "Garnier"])
        #expect(names("Varela und Garnier unterschrieben.", .de) == ["Varela", "Garnier"])
        let madame = try mention("Garnier", in: "Mme Garnier a répondu.", .fr)
        #expect(madame.evidence.contains { $0.reason == "honorific" })
        let monsieur = try mention("Garnier", in: "M. Garnier a répondu.", .fr)
        #expect(monsieur.evidence.contains { $0.reason == "honorific" })
    }

    @Test("articles are not part of a name, except in known names and titles of papers")
    func articles() {
        #expect(names("Según informó El País, la cumbre sigue.", .es) == ["El País"])
        #expect(names("Il a quitté le Vatican hier.", .fr) == ["Vatican"])
        #expect(names("Viajó a El Salvador.", .es) == ["El Salvador"])
        #expect(names("Elle visite l'Élysée.", .fr) == ["Élysée"])
    }

    @Test("places in other languages are the gazetteer's places")
    func places() throws {
        #expect(try mention("Estados Unidos", in: "Viajó a Estados Unidos.", .es).place == "United States")
        #expect(try mention("États-Unis", in: "Il part aux États-Unis.", .fr).place == "United States")
        #expect(try mention("Vereinigten Staaten", in: "Sie flog in die Vereinigten Staaten.", .de).place == "United States")
        #expect(try mention("Nueva York", in: "Llegó a Nueva York.", .es).place == "New York City")
        #expect(try mention("Frankreich", in: "Frankreichs Präsident Luc Garnier kam.", .de).place == "France")
    }

    @Test("all-caps datelines and legal headings read in ordinary case; credits are split off")
    func pageFurniture() throws {
        #expect(names("NEW DELHI (Reuters) - Talks resumed.", .en) == ["New Delhi", "Reuters"])
        #expect(names("PARIS (AFP) - Le sommet s'ouvre.", .fr) == ["Paris", "AFP"])
        #expect(find("PARIS (AFP) - Le sommet s'ouvre.", .fr).acronyms.isEmpty)
        #expect(names("Firmado por MARÍA ISABEL LÓPEZ GARCÍA ayer.", .es) == ["María Isabel López García"])
        #expect(names("Photo by Ana TorresReuters", .en) == ["Ana Torres", "Reuters"])
    }

    @Test("titles before a name are roles, never part of it, in English too")
    func englishTitles() throws {
        let roe = try mention("Jane Roe", in: "Energy Secretary Jane Roe resigned.", .en)
        #expect(roe.roles.map(\.title) == ["Energy Secretary"])
        let doe = try mention("John Doe", in: "Union President John Doe spoke.", .en)
        #expect(doe.roles.map(\.title) == ["Union President"])
        #expect(names("Acme CEO Rita Moss spoke.", .en) == ["Acme", "Rita Moss"])
        #expect(names("The Vice Chairman of Kestrel Foods resigned.", .en) == ["Kestrel Foods"])
        #expect(names("Ohio-based Acme Steel grew.", .en) == ["Ohio", "Acme Steel"])
        // Before a conjunction too; and a title of an institution, a first name the data lacks.
        #expect(names("It was backed by Kestrel Procurement Director Maren Holt and the TSB.", .en) == ["Kestrel Procurement", "Maren Holt", "TSB"])
        let druz = try mention("Ilsbet Druz", in: "He wrote to the Deputy Undersecretary of the Navy for Acquisition Ilsbet Druz.", .en)
        #expect(druz.roles.map(\.title) == ["Deputy Undersecretary of the Navy for Acquisition"])
        let varga = try mention("Amelia Varga", in: "He met the Secretary and Director of Navy Communications Amelia Varga.", .en)
        #expect(varga.roles.map(\.title) == ["Secretary and Director of Navy Communications"])
    }

    @Test("products and model names are names of their own type")
    func products() throws {
        #expect(names("She bought an iPod and an iPhone 4.", .en) == ["iPod", "iPhone 4"])
        let plane = try mention("Airbus A380", in: "The Airbus A380 landed.", .en)
        #expect(plane.evidence.contains { $0.type == .other && $0.reason == "model name" })
    }
}

/// What the words around a name say it is: class nouns, lists, institution names with lowercase adjectives.
@Suite("Types from the words around a name, in the dossier's languages")
struct ClassNounTests {
    func find(_ text: String, _ language: Language) -> [Mention] {
        MentionFinder(language: language).find(in: Sentence(ordinal: 1, text: text, line: 1)).mentions
    }

    func types(of name: String, in text: String, _ language: Language) throws -> Set<EntityType> {
        let mention = try #require(find(text, language).first { $0.text == name }, "no mention of \(name) in: \(text)")
        return Set(mention.evidence.map(\.type))
    }

    @Test("a class noun before the name types it, in each language")
    func before() throws {
        #expect(try types(of: "Norvia", in: "Passengers flew on Danish airline Norvia last week.", .en) == [.organization])
        #expect(try types(of: "Talvik", in: "The retailer Talvik cut prices.", .en) == [.organization])
        #expect(try types(of: "Orvena", in: "He grew up in the town of Orvena.", .en).contains(.place))
        #expect(try types(of: "Tomasz Wiecek", in: "Thousands came to hear the novelist Tomasz Wiecek.", .en).contains(.person))
        #expect(try types(of: "Norvia", in: "La aerolínea danesa Norvia compró aviones.", .es) == [.organization])
        #expect(try types(of: "Orvena", in: "Nació en la ciudad de Orvena.", .es).contains(.place))
        #expect(try types(of: "Talvik", in: "Le constructeur suédois Talvik a livré.", .fr) == [.organization])
        #expect(try types(of: "Orvena", in: "Il vit dans la ville d'Orvena.", .fr).contains(.place))
        #expect(try types(of: "Wiecek", in: "Der Bildhauer Wiecek arbeitete lange.", .de) == [.person])
        let german = MentionFinder(language: .de).find(in: Sentence(ordinal: 1, text: "Er lebt in der Stadt Orvena.", line: 1)).mentions
        #expect(german.map(\.text) == ["Orvena"], "the class noun is not part of the name")
    }

    @Test("a religious institution's word makes a body, in each language")
    func congregations() throws {
        // The strongest evidence, and it is the institution's word.
        func strongest(_ name: String, in text: String, _ language: Language) throws -> EntityType? {
            let mention = try #require(find(text, language).first { $0.text == name }, "no mention of \(name) in: \(text)")
            let best = mention.evidence.max { $0.weight < $1.weight }
            return best?.reason == "organisation word" ? best?.type : nil
        }
        #expect(try strongest("Congregação do Laicado", in: "A Congregação do Laicado publicou um documento.", .pt) == .organization)
        #expect(try strongest("Congregación de Misioneras", in: "La Congregación de Misioneras abrió un colegio.", .es) == .organization)
        #expect(try strongest("Congregation for the Laity", in: "She joined the Congregation for the Laity in 2019.", .en) == .organization)
    }

    @Test("an article and one common word are the title of a paper or a body (El País, Le Monde)")
    func papers() throws {
        #expect(try types(of: "La Nación", in: "“Es un error”, relata La Nación en su editorial.", .es).contains(.organization))
        #expect(try types(of: "Le Monde", in: "Selon Le Monde, l'accord est signé.", .fr).contains(.organization))
        #expect(try !types(of: "El Salvador", in: "Viajó a El Salvador el lunes.", .es).contains(.organization))
    }

    @Test("an apposition is a person's role only with a noun for a person in it")
    func appositionHeads() throws {
        let person = try #require(find("Jana Roe, a hydrologist at Valdmere University, said so.", .en).first { $0.text == "Jana Roe" })
        #expect(person.roles.map(\.title) == ["a hydrologist at Valdmere University"])
        let paper = try #require(find("A report in Norvia Weekly, an internal memo at Kestrel, says so.", .en).first { $0.text == "Norvia Weekly" })
        #expect(paper.roles.isEmpty)
        #expect(!paper.evidence.contains { $0.type == .person })
    }

    @Test("a title and a person after a comma start the next name of a list, not a role of the name before")
    func listedTitlesAreNoApposition() throws {
        let text = "Auch Außenministerin Ida Brenner, Landtagspräsident Karl Voss und der Bürgermeister Lena Roth kamen."
        let result = find(text, .de)
        let brenner = try #require(result.first { $0.text == "Ida Brenner" })
        #expect(brenner.roles.map(\.title) == ["Außenministerin"])
        #expect(result.first { $0.text == "Karl Voss" }?.roles.map(\.title) == ["Landtagspräsident"])
        let english = try #require(find("Mayor Tom Reyes, Governor Ana Ruiz and two aides left.", .en).first { $0.text == "Tom Reyes" })
        #expect(english.roles.map(\.title) == ["Mayor"])
        // A real apposition keeps its role.
        let president = try #require(find("Ana Ruiz, president of the Halden Council, left.", .en).first { $0.text == "Ana Ruiz" })
        #expect(president.roles.map(\.title).contains("president of the Halden Council"))
    }

    @Test("a class noun in an apposition after the name types it")
    func apposition() throws {
        #expect(try types(of: "Talvik", in: "Talvik, the Swedish retailer, cut prices.", .en) == [.organization])
        #expect(try types(of: "Talvik", in: "Talvik, una empresa sueca, bajó los precios.", .es) == [.organization])
    }

    @Test("names joined by a conjunction lend each other a type their own words give")
    func lists() throws {
        let evidence = try #require(find("Orders came from Kestrel Airlines and Norvia.", .en).first { $0.text == "Norvia" }).evidence
        #expect(evidence.contains { $0.type == .organization && $0.reason == "listed with Kestrel Airlines" })
        // "Chicago-based" describes the second name; the first is listed with the company, not the city.
        let mentions = find("A deal between Norvia and Oslo-based Kestrel Airlines stalled.", .en)
        #expect(mentions.map(\.text).contains("Kestrel Airlines"))
        let norvia = try #require(mentions.first { $0.text == "Norvia" })
        #expect(!norvia.evidence.contains { $0.type == .place })
    }

    @Test("institution names keep their lowercase adjectives where the language writes them so")
    func adjectives() {
        let french = find("La Banque centrale européenne a réagi et l'Église catholique aussi.", .fr).map(\.text)
        #expect(french.contains("Banque centrale européenne"))
        #expect(french.contains("Église catholique"))
        #expect(find("La Curia romana examina el caso.", .es).map(\.text) == ["Curia romana"])
        // Not after a plain name, and never in English.
        #expect(find("Marta Ruiz española ganó.", .es).map(\.text).allSatisfy { !$0.contains("española") })
        #expect(find("The Commission european office closed.", .en).map(\.text) == ["Commission"])
    }

    @Test("a place's word after a possessive, and \"for\" after an institution's word, stay in the name")
    func possessiveAndFor() {
        #expect(find("We filled St. Anselm's Basilica on Sunday.", .en).map(\.text) == ["St. Anselm's Basilica"])
        #expect(find("The Commission for Coastal Fisheries met.", .en).map(\.text) == ["Commission for Coastal Fisheries"])
        #expect(find("La Comisión para Asuntos Marítimos se reunió.", .es).map(\.text) == ["Comisión para Asuntos Marítimos"])
        // After an institution's word and its adjective; an elided article with either apostrophe.
        #expect(find("Ela preside a Comissão Nacional para a Orla Costeira.", .pt).map(\.text) == ["Comissão Nacional para a Orla Costeira"])
        #expect(find("Elle dirige la Commission pour l’Étude des Marais.", .fr).map(\.text) == ["Commission pour l’Étude des Marais"])
        #expect(find("Elle dirige la Commission pour l'Étude des Marais.", .fr).map(\.text) == ["Commission pour l'Étude des Marais"])
    }

    @Test("an article alone between capitalised words joins no name: in German they are a verb's objects")
    func loneArticles() {
        let german = find("Morgen wird Kardinal Emil Brandt dem Bischof den Hirtenstab übergeben.", .de).map(\.text)
        #expect(german.contains("Emil Brandt"), "\(german)")
        #expect(!german.contains { $0.contains(" dem ") || $0.contains(" den ") }, "\(german)")
        // An article after a connector still does ("Institut für den Nahen Osten", "Plaza de la Aurora").
        #expect(find("Sie leitet das Institut für den Nahen Osten in Graz.", .de).map(\.text).contains("Institut für den Nahen Osten"))
        #expect(find("Se reunieron en la Plaza de la Aurora.", .es).map(\.text) == ["Plaza de la Aurora"])
    }
    @Test("a date after a name is no part of it; a holiday keeps its day")
    func trailingDates() {
        #expect(find("He spoke at the Vatican May 9, 2025, to the crowd.", .en).map(\.text) == ["Vatican"])
        #expect(find("The World Court Friday ruled against it.", .en).map(\.text) == ["World Court"])
        #expect(find("Crowds gathered on Good Friday in the square.", .en).map(\.text).contains("Good Friday"))
    }

    @Test("German: titles in hyphenated words, \"vom\" between a person and a hospital, nouns with ß")
    func germanDetails() {
        let names = find("Kardinal-Protodiakon Emil Brandt verkündete es, sagte Professor Jonas Weber vom Elbtal-Krankenhaus.", .de).map(\.text)
        #expect(names.contains("Emil Brandt"))
        #expect(names.contains("Jonas Weber"))
        #expect(!names.contains { $0.contains("vom") })
        let nouns = find("Der Zug fuhr durch die Straßen Hamburgs.", .de).map(\.text)
        #expect(!nouns.contains { $0.hasPrefix("Straßen") }, "\(nouns)")
    }

    @Test("a name keeps the particles of its own language in another language's text")
    func foreignParticles() {
        #expect(find("Parmi eux, Joaquim Pereira da Costa et Luc Garnier.", .fr).map(\.text).contains("Joaquim Pereira da Costa"))
        // Any language's particles, not only those English names use; but never the text's own function words.
        #expect(find("Le cortège passa sous la Porta delle Vigne vers midi.", .fr).map(\.text) == ["Porta delle Vigne"])
        #expect(find("Gestern sprach Carla degli Esposti mit Journalisten.", .de).map(\.text).contains("Carla degli Esposti"))
        #expect(find("Why Voters do Care about Taxes.", .en).map(\.text).allSatisfy { !$0.contains(" do ") })
    }
    @Test("a title of an institution before a person's name is the person's role, not a name of its own")
    func titleOfInstitution() throws {
        let mentions = find("The memo went to Deputy Secretary of the Coast Guard Amelia Strand on Monday.", .en)
        let person = try #require(mentions.first { $0.text == "Amelia Strand" }, "\(mentions.map(\.text))")
        #expect(person.roles.map(\.title) == ["Deputy Secretary of the Coast Guard"])
        #expect(!mentions.contains { $0.text.contains("Coast Guard Amelia") })
        let finance = try #require(find("Prosecutors charged Kestrel Chief Financial Officer Petr Novak.", .en).first { $0.text == "Petr Novak" })
        #expect(finance.roles.first?.title.hasSuffix("Chief Financial Officer") == true)
        // "Norvia President and Chief Executive Officer, Petr Novak": the employer ends before the title.
        #expect(find("It was praised, said Norvia President and Chief Executive Officer, Petr Novak.", .en).map(\.text) == ["Norvia", "Petr Novak"])
        // "our Company and Norvia": a cue word alone before "and" is no name the rest continues.
        #expect(find("Thanks to our Company and Norvia for it.", .en).filter { !$0.isCommonWord }.map(\.text) == ["Norvia"])
        // Without a first name, an institution after a title stays a name ("Vice Chairman of Acme").
        #expect(find("The Vice Chairman of Norvia Holdings resigned.", .en).map(\.text) == ["Norvia Holdings"])
    }

    @Test("a title of an institution before a comma makes the next name a person's, and the institution a body")
    func titleOfInstitutionBeforeComma() throws {
        func mention(_ name: String, in text: String, _ language: Language) throws -> Mention {
            try #require(find(text, language).first { $0.text == name }, "no mention of \(name) in: \(text)")
        }
        let french = "« C'était difficile », a confié le recteur de la Grande Mosquée de Varenne, Idriss Talbi."
        #expect(try mention("Idriss Talbi", in: french, .fr).evidence.contains { $0.type == .person && $0.reason == "title before" })
        let english = "The report was written by the director of the Kestrel Fund, Amara Quist."
        #expect(try mention("Amara Quist", in: english, .en).evidence.contains { $0.type == .person && $0.reason == "title before" })
        #expect(try mention("Kestrel Fund", in: english, .en).evidence.contains { $0.type == .organization && $0.reason == "a title of it before" })
        // After an ordinary noun and "of" ("the roof of"), the names are no title's holders.
        let plain = "The roof of the Brenmoor Hall, Talvik and Ostrava were damaged."
        #expect(try mention("Talvik", in: plain, .en).evidence.allSatisfy { $0.reason != "title before" })
    }
}
