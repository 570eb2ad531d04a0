import Testing
@testable import DossierKit

/// Recognition and typing on single sentences, none from the sample story.
@Suite("Finding names in a sentence")
struct MentionFinderTests {
    func find(_ text: String) -> MentionFinder.Result {
        MentionFinder().find(in: Sentence(ordinal: 1, text: text, line: 1))
    }

    func names(_ text: String) -> [String] {
        find(text).mentions.map(\.text)
    }

    func mention(_ name: String, in text: String) throws -> Mention {
        try #require(find(text).mentions.first { $0.text == name }, "no mention of \(name) in: \(text)")
    }

    func strongest(_ mention: Mention) -> EntityType? {
        var weights: [EntityType: Int] = [:]
        for item in mention.evidence { weights[item.type, default: 0] += item.weight }
        return weights.max { $0.value < $1.value }?.key
    }

    @Test("capitalised runs keep the connectors names use")
    func connectors() {
        #expect(names("The ships left the Gulf of Bothnia for the University of Tartu pier.") == ["Gulf of Bothnia", "University of Tartu"])
        #expect(names("Ursula von der Leyen met Jean-Luc Mélenchon in Lyon.") == ["Ursula von der Leyen", "Jean-Luc Mélenchon", "Lyon"])
        #expect(names("Luiz Inácio Lula da Silva spoke.") == ["Luiz Inácio Lula da Silva"])
    }

    @Test("months, weekdays, demonyms, titles alone and sentence-initial words are not names")
    func notNames() {
        #expect(names("On Monday in March, the Brazilian minister said the President would wait.").isEmpty)
        #expect(names("Officials said the talks would resume.").isEmpty)
        #expect(names("While Kenya waited, Kenyan farmers protested.") == ["Kenya"])
        #expect(names("“Both sides agree,” she said.").isEmpty)
    }

    @Test("a speech verb makes a speaker of a name with a first name or a word that is no common word, not of common words")
    func speakersOfCommonWords() throws {
        for name in ["Animal Shelter", "Success Mindset", "Solution Partner"] {
            let mention = try mention(name, in: "Yesterday the \(name) announced that the cat was found.")
            #expect(!mention.evidence.contains { $0.reason == "speech verb" }, "\(name)")
        }
        for name in ["Tim Cook", "Orla Quennell", "Varga"] {
            let mention = try mention(name, in: "Yesterday \(name) announced that the plant would stay open.")
            #expect(mention.evidence.contains { $0.reason == "speech verb" }, "\(name)")
        }
    }

    @Test("an interjection or a greeting before a name is no part of it, in each language")
    func interjections() {
        #expect(names("Hey Kestrel, the whole point of the campaign is awareness.") == ["Kestrel"])
        #expect(names("Thanks Orla Quennell for the help.") == ["Orla Quennell"])
        #expect(MentionFinder(language: .es).find(in: Sentence(ordinal: 1, text: "Hola Valdmere, dijo el alcalde.", line: 1))
            .mentions.map(\.text) == ["Valdmere"])
        #expect(MentionFinder(language: .de).find(in: Sentence(ordinal: 1, text: "Danke Halden, schrieb sie.", line: 1))
            .mentions.map(\.text) == ["Halden"])
    }

    @Test("in a line in title case, a capitalised common word says nothing; in prose it may")
    func titleCase() {
        let headline = find("How to Enjoy Game Day Parties While Staying on Budget").mentions
        #expect(headline.first?.text == "Enjoy Game Day Parties While Staying" && headline.first?.isSentenceInitial == true)
        let prose = find("Fans who Enjoy Game Day Parties sell out the stadium in Brenmoor.").mentions
        #expect(prose.contains { $0.text == "Enjoy Game Day Parties" && !$0.isSentenceInitial })
        #expect(names("The company announced on Sept. 30 that it would withdraw.").isEmpty)
    }

    @Test("a weekday after a name is the sentence's date, not part of the name")
    func trailingWeekday() {
        #expect(names("The Supreme Council Friday rejected the appeal.") == ["Supreme Council"])
        #expect(names("The storms hit Kenya and Tanzania Friday.") == ["Kenya", "Tanzania"])
        // One word that is no known name keeps its weekday: a name of its own.
        #expect(names("The shops opened early on Black Friday.") == ["Black Friday"])
    }

    @Test("a demonym and a title before a name become its role")
    func titles() throws {
        let lula = try mention("Luiz Inácio Lula da Silva", in: "Brazilian President Luiz Inácio Lula da Silva met investors.")
        #expect(lula.roles == [Role(title: "President", country: "Brazil")])
        #expect(strongest(lula) == .person)
        let lindner = try mention("Christian Lindner", in: "Germany’s Finance Minister Christian Lindner said no.")
        #expect(lindner.roles == [Role(title: "Finance Minister", country: "Germany")])
        #expect(names("Germany’s Finance Minister Christian Lindner said no.") == ["Germany", "Christian Lindner"])
    }

    @Test("'and' separates two people with their own titles, not a title's words")
    func andSplits() throws {
        let text = "Trade Minister Ana Ruiz and Finance and Economy Minister Tomás Vidal arrived."
        #expect(names(text) == ["Ana Ruiz", "Tomás Vidal"])
        #expect(try mention("Tomás Vidal", in: text).roles.map(\.title) == ["Finance and Economy Minister"])
        #expect(names("Kenya and Tanzania signed.") == ["Kenya", "Tanzania"])
        #expect(names("Trinidad and Tobago voted.") == ["Trinidad and Tobago"])
    }

    @Test("an apposition after a name is a role")
    func apposition() throws {
        let berg = try mention("Olaf Berg", in: "Olaf Berg, professor of law at the University of Oslo, said the ruling stood.")
        #expect(berg.roles.map(\.title) == ["professor of law at the University of Oslo"])
        let varga = try mention("Ilona Varga", in: "Ilona Varga, a geologist at Szeged University, disagreed.")
        #expect(varga.roles.map(\.title) == ["a geologist at Szeged University"])
        #expect(strongest(varga) == .person)
        // A lowercase title and a name after a comma start the next name of a list; a capitalised title may have its body.
        let list = "Singer-guitarists Rob Tallis and Pete Hamby, singer-keyboardist Marrow, and drummer Lee Fenn toured."
        #expect(try mention("Pete Hamby", in: list).roles.isEmpty)
        let boss = try mention("Rob Tallis", in: "Rob Tallis, President Kestrel North America, said so.")
        #expect(boss.roles.map(\.title) == ["President Kestrel North America"])
    }

    @Test("job descriptions before a name are roles, not part of it; a name that starts with an institution's word is no person")
    func jobDescriptions() throws {
        let office = try mention("Department of Water Safety", in: "The slogan got the ax from the state Department of Water Safety.")
        #expect(office.roles.isEmpty && strongest(office) != .person)
        let sheriff = try mention("Department", in: "A Tarrow County Sheriff’s Department dog was called.")
        #expect(sheriff.roles.isEmpty && !sheriff.evidence.contains { $0.type == .person })
        #expect(names("Kestrel's Administrator Tom Varley said the launch slipped.") == ["Kestrel", "Tom Varley"])
        #expect(try mention("Tom Varley", in: "Administrator Tom Varley said so.").roles.map(\.title) == ["Administrator"])
        #expect(try mention("Ana Lind", in: "The band toured with singer Ana Lind.").roles.map(\.title) == ["singer"])
        // A title that is also a first name is no title ("Dean").
        #expect(names("Later, Dean Varley said no.") == ["Dean Varley"])
    }

    @Test("acronyms defined in the text")
    func acronyms() throws {
        let result = find("Ministers of the European Free Trade Association (EFTA) met.")
        #expect(result.acronyms.map(\.acronym) == ["EFTA"])
        #expect(result.acronyms.first?.name == "European Free Trade Association")
        let spelled = find("They renewed the Pacific Tuna Treaty, or PTT, in May.")
        #expect(spelled.acronyms.map(\.name) == ["Pacific Tuna Treaty"])
        let lowercase = find("Leaders discussed the Nordic-Baltic fisheries accord (NBFA) again.")
        #expect(lowercase.acronyms.first?.name == "Nordic-Baltic fisheries accord")
        #expect(lowercase.mentions.first.map(strongest) == .agreement)
    }

    @Test("types come from cue words, the gazetteer and context")
    func typing() throws {
        #expect(strongest(try mention("Paris Agreement", in: "Delegates revisited the Paris Agreement today.")) == .agreement)
        #expect(strongest(try mention("Bank of Japan", in: "The Bank of Japan held rates.")) == .organization)
        #expect(strongest(try mention("World Cup", in: "Fans flew to the World Cup final.")) == .event)
        #expect(strongest(try mention("Nairobi", in: "Talks moved to Nairobi.")) == .place)
        #expect(strongest(try mention("Rift Valley", in: "Rain fell across the Rift Valley overnight.")) == .place)
        #expect(strongest(try mention("Amina Yusuf", in: "Dr. Amina Yusuf warned of shortages.")) == .person)
        #expect(strongest(try mention("Kessler & Voigt", in: "Analysts at Kessler & Voigt said prices would rise.")) == .organization)
        #expect(strongest(try mention("United Nations", in: "The plan went to the United Nations.")) == .organization)
    }

    @Test("who speaks and what 'its' stands for: a body is no person for saying something")
    func speakersAndPronouns() throws {
        // "its" after a name, with nothing between to break the clause, is no person's.
        #expect(strongest(try mention("Korvath", in: "Korvath has shown the second model in its electric range.")) == .organization)
        #expect(strongest(try mention("Korvath", in: "Korvath says the car will raise its sales in Asia.")) == .organization)
        #expect(try mention("Korvath", in: "Korvath said on Monday that prices would rise.").evidence.contains { $0.type == .person })
        // A name in capitals, or the institution that ends someone's description, does not speak.
        #expect(try !mention("KVT", in: "KVT says the car is a preview.").evidence.contains { $0.type == .person })
        #expect(try !mention("Korvath", in: "Maria Lindqvist, director for games at Korvath, said the price was fair.").evidence.contains { $0.type == .person })
        #expect(try mention("Maria Lindqvist", in: "Maria Lindqvist, director for games at Korvath, said the price was fair.").evidence.isEmpty == false)
    }

    @Test("an owner before a possessive lends no type to the list after it; a first name lends none")
    func possessorsInLists() throws {
        let text = "The upstarts include Tomas Varga’s Blue Harbor and Ilse Brandt’s Korvath among them."
        #expect(try !mention("Blue Harbor", in: text).evidence.contains { $0.reason.hasPrefix("listed with") })
        let list = "The five companies are Blue Harbor, Sierra Lomas and Tyvak Labs."
        #expect(try !mention("Blue Harbor", in: list).evidence.contains { $0.type == .person })
    }

    @Test("a title of an institution before a person whose first name the data lacks is a role")
    func titleOfInstitutionUnknownFirstName() throws {
        let text = "In reply, Commissioner for Competition Neelie Kroostra said the inquiry would go on."
        #expect(names(text) == ["Neelie Kroostra"], "\(names(text))")
        #expect(try mention("Neelie Kroostra", in: text).roles.map(\.title) == ["Commissioner for Competition"])
        // After a demonym too ("European Commissioner for …").
        let european = "In reply, European Commissioner for Competition Neelie Kroostra said the inquiry would go on."
        #expect(names(european) == ["Neelie Kroostra"], "\(names(european))")
        // Titles joined by "and" before an institution, after the person: the institution alone is a name.
        #expect(names("“We thank them,” said Lena Brandt, Chairman and Chief Operating Officer of Kestrel Airways, on Monday.")
                == ["Lena Brandt", "Kestrel Airways"])
        // A body, then a title of a region, no person: the body and the region.
        #expect(names("They read an article from the new KVT CEO of North America.") == ["KVT", "North America"])
        #expect(!names("They met Tom King of Kestrel Airways.").contains("Tom"))
        // A person's name of anything is two names; "Joan of Arc", "Bank of Kestrel" stay whole.
        #expect(names("It did not matter, said Maria Lindqvist of Shopper Notes.") == ["Maria Lindqvist", "Shopper Notes"])
        #expect(names("The film shows Joan of Arc in Rouen.") == ["Joan of Arc", "Rouen"])
        #expect(names("They sold the Bank of Kestrel shares.") == ["Bank of Kestrel"])
        #expect(names("They met at the Royal Courts of Justice in Kestrel.").contains("Royal Courts of Justice"))
        // Not where the last words are the institution's own words ("Minister for Coastal Fisheries": no person).
        #expect(find("In reply, the Minister for Coastal Fisheries said no.").mentions.allSatisfy { $0.roles.isEmpty })
    }

    @Test("a score after a name is no model number")
    func scores() {
        #expect(names("Denis Varga defeated Tomas Kessler 7-6 (6), 6-3 on Sunday.") == ["Denis Varga", "Tomas Kessler"])
        #expect(names("The Kestrel K-40 and the Orion 737-800 landed.") == ["Kestrel K-40", "Orion 737-800"])
        #expect(names("Harbor Seals 5, Mill Town Hawks 1: the visitors never led.") == ["Harbor Seals", "Mill Town Hawks"])
        #expect(names("The Zephyr 4, a small phone, sold well.") == ["Zephyr 4"])
    }

    @Test("contractions of function words are no names, with either apostrophe")
    func contractions() {
        #expect(names("It is the first charger I’ve tested, and I’m sure of it.").isEmpty)
        #expect(names("We'll see, said the coach.").isEmpty)
        #expect(names("O’Brien and D'Angelo spoke.") == ["O’Brien", "D'Angelo"])
        #expect(names("Then Tomas O’Day spoke.") == ["Tomas O’Day"])
    }

    @Test("a huge sentence of names is read in linear time", .tags(.slow), .enabled(if: SlowTests.enabled, SlowTests.comment))
    func linear() {
        let words = "Mayor Ana Ruiz of Tarrow met Governor Tom Hale, director of the Kestrel Water Authority (KWA), and Lena Varga in Oslo and "
        var found = 0
        // Four times the sentence takes about four times as long; names cut from the sentence's start took about ten times.
        let ratio = growth(factor: 4, repetitions: 2) { factor in found = find(String(repeating: words, count: 250 * factor)).mentions.count }
        print("names: 4× the text took \(ratio)× the time")
        #expect(found >= 1000 * 5)
        #expect(ratio < 7, "4× the text took \(ratio)× the time")
    }

    @Test("'Oslo-based' names Oslo")
    func based() throws {
        let oslo = try mention("Oslo", in: "The Oslo-based insurer paid out.")
        #expect(oslo.end - oslo.start == 4)
    }

    @Test("names run up to a possessive, and the country of a possessive attaches to the title")
    func possessives() {
        #expect(names("Kenya’s Ruto visited.") == ["Kenya", "Ruto"])
        #expect(names("The Tarrow Valley Irrigators' Association sued.") == ["Tarrow Valley Irrigators' Association"])
        // The plural of a common noun first in a name is no owner: "the People's …", "the Farmers' …".
        #expect(names("An editorial in the People’s Herald of Norvia said so.") == ["People’s Herald of Norvia"])
        #expect(names("Leaders of the Farmers' Alliance met.") == ["Farmers' Alliance"])
        #expect(names("Norvia Works' Skyline sold well.") == ["Norvia Works", "Skyline"])
        #expect(names("The Democrats' Nancy Pelosi spoke.") == ["Democrats", "Nancy Pelosi"])
    }
}
