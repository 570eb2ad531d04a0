import Foundation
import Testing
@testable import DossierKit

/// The clean stage on five stories that have nothing to do with the sample (a city flood, an
/// election in an invented country, a football club sale, a drought and water-rights case, a
/// pharmaceutical merger in Markdown). Each fixture mixes the shapes of scraping junk with text
/// that only looks like junk, so these tests show that the cleaner works by general rules.
@Suite("Clean: other stories")
struct CleanOtherStoriesTests {
    // MARK: - Fixtures

    /// `Fixtures/other-stories`, laid out like a content folder (`sources/*.txt|*.md`).
    static var fixtureFolder: String {
        if let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) {
            return url.appendingPathComponent("other-stories").path
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/other-stories").path
    }

    static func corpus() throws -> Corpus {
        try ContentLoader(contentPath: fixtureFolder).load(config: DossierConfig())
    }

    /// A fixture loaded the way the build loads it, then cleaned.
    static func story(_ fileName: String) throws -> Article {
        let document = try #require(try corpus().sources.first { $0.relativePath == fileName },
                                    "fixture \(fileName) not found in \(fixtureFolder)")
        return ArticleCleaner.clean(document)
    }

    static let fileNames = [
        "aldara-bexmont-merger.md", "harbour-road-sale.txt", "tarrow-drought.txt", "valdmere-flood.txt",
        "vestria-election.txt",
    ]

    // MARK: - Helpers

    static func texts(_ article: Article) -> [String] { article.sentences.map(\.text) }

    static func removed(_ article: Article, _ reason: RemovedPassage.Reason) -> [RemovedPassage] {
        article.removed.filter { $0.reason == reason }
    }

    static func passage(_ text: String, _ reason: RemovedPassage.Reason, _ line: Int) -> RemovedPassage {
        RemovedPassage(text: text, reason: reason, line: line)
    }

    static func headings(_ article: Article) -> [(text: String, level: Int, line: Int)] {
        article.blocks.compactMap {
            if case .heading(let level, let text, let line) = $0 { return (text, level, line) }
            return nil
        }
    }

    static func headingTexts(_ article: Article) -> [String] { headings(article).map(\.text) }

    static func posts(_ article: Article) -> [EmbeddedPost] {
        article.blocks.compactMap {
            if case .embeddedPost(let post) = $0 { return post }
            return nil
        }
    }

    /// The sentences of each paragraph block, in order.
    static func paragraphs(_ article: Article) -> [[String]] {
        article.blocks.compactMap {
            if case .paragraph(let sentences) = $0 { return sentences.map(\.text) }
            return nil
        }
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> DayDate? { DayDate(year: year, month: month, day: day) }

    /// No sentence of the article contains `fragment`.
    static func expectAbsent(_ fragments: [String], from article: Article, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for fragment in fragments {
            let hits = texts(article).filter { $0.contains(fragment) }
            #expect(hits.isEmpty, "'\(fragment)' is still in \(article.relativePath): \(hits)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - Loading

    @Test func loadsTheFiveFixtureStories() throws {
        let corpus = try Self.corpus()
        #expect(corpus.sources.map(\.relativePath) == Self.fileNames)
        #expect(corpus.sources.map(\.format) == [.markdown, .text, .text, .text, .text])
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
        // The ` date YYYY-MM-DD ` prefix is read by the loader and is gone from the body.
        let byName = Dictionary(uniqueKeysWithValues: corpus.sources.map { ($0.relativePath, $0) })
        #expect(byName["valdmere-flood.txt"]?.dateLine == Self.day(2024, 3, 5))
        #expect(byName["vestria-election.txt"]?.dateLine == Self.day(2024, 6, 10))
        #expect(byName["tarrow-drought.txt"]?.dateLine == Self.day(2024, 8, 21))
        #expect(byName["harbour-road-sale.txt"]?.dateLine == nil)
        #expect(byName["aldara-bexmont-merger.md"]?.frontMatter?.date == Self.day(2024, 9, 2))
        for document in corpus.sources {
            #expect(!document.body.hasPrefix(" date"), "\(document.relativePath)")
            #expect(!document.body.contains("date 2024-"), "\(document.relativePath)")
        }
    }

    /// The point of these fixtures: no name of the sample story appears in them.
    @Test func fixturesShareNothingWithTheSampleStory() throws {
        let sampleNames = ["Carney", "Sheinbaum", "Mexic", "Canad", "USMCA", "Trump", "Ottawa", "Ebrard", "Anand",
                           "Champagne", "Kananaskis", "North America"]
        for name in Self.fileNames {
            let text = try String(contentsOfFile: Self.fixtureFolder + "/sources/" + name, encoding: .utf8)
            for sample in sampleNames {
                #expect(!text.localizedCaseInsensitiveContains(sample), "\(name) mentions '\(sample)'")
            }
        }
    }

    // MARK: - Valdmere flood (plain text, date prefix, title from the first sentence)

    @Test func floodTitleAndDate() throws {
        let article = try Self.story("valdmere-flood.txt")
        #expect(article.format == .text)
        #expect(article.title == "Floodwaters receded from the river city of Valdmere on Tuesday, leaving officials to…")
        #expect(article.titleOrigin == .firstSentence)
        #expect(article.title.count <= TitleMaker.maxLength)
        #expect(article.date == Self.day(2024, 3, 5))
        #expect(article.dateOrigin == .dateLine)
        // The date prefix run into the first sentence is gone; the sentence itself is whole.
        #expect(Self.texts(article).first
            == "Floodwaters receded from the river city of Valdmere on Tuesday, leaving officials to count the cost of the worst flooding in more than a century.")
        #expect(article.sentences.first?.line == 1)
    }

    @Test func floodJunkIsRemovedWithItsReason() throws {
        let article = try Self.story("valdmere-flood.txt")
        #expect(Self.removed(article, .readMore).contains(Self.passage("Read More", .readMore, 1)))
        #expect(Self.removed(article, .emptyImage).map(\.line) == [4])
        #expect(Self.removed(article, .teaser) == [
            Self.passage("Want to know how the new building rules affect your home? Here's what to know", .teaser, 13),
        ])
        #expect(Self.removed(article, .credits) == [
            Self.passage("With files from the Valdmere Herald and Lorne Valley Radio", .credits, 20),
        ])
        #expect(article.credits == ["With files from the Valdmere Herald and Lorne Valley Radio"])
        #expect(Self.removed(article, .unrelatedHeadlines).isEmpty)
        #expect(Self.removed(article, .title).isEmpty)
        #expect(Self.removed(article, .callToAction).isEmpty)
        Self.expectAbsent(["Read More", "![", "https://t.co", "@IlseBrandvold", "— Ilse Brandvold", "Here's what to know",
                           "With files from"], from: article)
    }

    @Test func floodKeepsTextThatOnlyLooksLikeJunk() throws {
        let article = try Self.story("valdmere-flood.txt")
        let sentences = Self.texts(article)
        // "read more." closing a real sentence stays.
        #expect(Self.paragraphs(article).contains([
            "The council's 400-page report on the flood was published online on Monday night, and few residents will have the patience to read more.",
        ]))
        // A genuine question is not a teaser: it is answered in the same paragraph.
        #expect(Self.paragraphs(article).contains([
            "Could the disaster have been avoided?", "Residents of the east bank say the sirens sounded too late.",
        ]))
        // Quotes, with the attribution kept in the sentence.
        #expect(Self.paragraphs(article).contains([
            "“We will rebuild, and we will rebuild better,” Brandvold told reporters at city hall.",
            "“Nobody in this city will be left to do it alone.”",
        ]))
        // Abbreviations, decimals and dotted acronyms do not end sentences.
        for sentence in [
            "Mayor Ilse Brandvold said the damage would exceed $3.5bn and that about 12,000 homes had been damaged when the Lorne River broke through its levees on Sunday.",
            "Engineers from the regional water authority said the east-bank levee failed at about 2.30 a.m. on Sunday, hours after the authority had raised its warning level.",
            "Dr. Helena Varga, a hydrologist at Valdmere University, said the plan relied on rainfall records that were already out of date.",
            "Homeowners in the worst-hit streets have until Sept. 4 to apply for grants of up to $25,000, the council said.",
            "The U.N. Office for Disaster Risk Reduction offered technical help on Monday.",
            "The offer was welcomed by the council.",
            "The mayor said the first contracts would be signed by the end of April.",
        ] {
            #expect(sentences.contains(sentence), "missing: \(sentence)")
        }
        #expect(sentences.count == 18)
        #expect(article.sentences.map(\.ordinal) == Array(1...sentences.count))
    }

    @Test func floodSubheadingsAndEmbeddedPost() throws {
        let article = try Self.story("valdmere-flood.txt")
        let headings = Self.headings(article)
        #expect(headings.contains { $0 == ("A plan to rebuild", 2, 10) })
        #expect(headings.contains { $0 == ("Who pays", 2, 17) })

        let post = try #require(Self.posts(article).first)
        #expect(Self.posts(article).count == 1)
        #expect(post.author == "Ilse Brandvold")
        #expect(post.handle == "@IlseBrandvold")
        #expect(post.dateText == "March 3, 2024")
        #expect(post.date == Self.day(2024, 3, 3))
        #expect(post.link == "https://t.co/Vf3kLm9QzA")
        #expect(post.sentences.map(\.text) == [
            "Our crews are working around the clock to pump out the east bank.", "Thank you for your patience, Valdmere.",
        ])
        #expect(post.sentences.first?.line == 7)
        // The post sits where it was, between the levee paragraph and the question.
        let index = try #require(article.blocks.firstIndex(of: .embeddedPost(post)))
        #expect(article.blocks[index - 1].sentences.last?.text.hasPrefix("Engineers from the regional water authority") == true)
        #expect(article.blocks[index + 1].sentences.first?.text == "Could the disaster have been avoided?")
    }

    @Test func floodReadMoreLinkToAnotherStoryIsRemoved() throws {
        let article = try Self.story("valdmere-flood.txt")
        do {
            #expect(Self.removed(article, .readMore).contains(
                Self.passage("Read more: Insurers brace for record claims after Valdmere flood", .readMore, 15)))
            #expect(!Self.headingTexts(article).contains { $0.hasPrefix("Read more") })
            #expect(Self.headingTexts(article) == ["A plan to rebuild", "Who pays"])
        }
    }

    // MARK: - Vestria election (plain text, date prefix run into a headline)

    @Test func electionTitleFromHeadlineAndDate() throws {
        let article = try Self.story("vestria-election.txt")
        #expect(article.title == "Ortega Claims Victory in Vestria's Presidential Election")
        #expect(article.titleOrigin == .headline)
        #expect(Self.removed(article, .title) == [
            Self.passage("Ortega Claims Victory in Vestria's Presidential Election", .title, 1),
        ])
        #expect(article.date == Self.day(2024, 6, 10))
        #expect(article.dateOrigin == .dateLine)
        // The headline is not repeated as the first sentence.
        #expect(Self.texts(article).first?.hasPrefix("J. R. Ortega, the former mayor of Port Alder") == true)
        #expect(article.sentences.first?.line == 2)
    }

    @Test func electionJunkIsRemovedWithItsReason() throws {
        let article = try Self.story("vestria-election.txt")
        #expect(Self.removed(article, .emptyImage).map(\.line) == [4])
        #expect(Self.removed(article, .readMore) == [Self.passage("Continue reading…", .readMore, 8)])
        #expect(Self.removed(article, .teaser) == [
            Self.passage("How does Vestria's two-round system work? Read our explainer", .teaser, 10),
        ])
        #expect(article.credits == ["With reporting by Lena Moss in Port Alder"])
        #expect(Self.removed(article, .credits) == [Self.passage("With reporting by Lena Moss in Port Alder", .credits, 16)])
        // "Related" and the headlines after it.
        #expect(Self.removed(article, .unrelatedHeadlines) == [
            Self.passage("Related", .unrelatedHeadlines, 17),
            Self.passage("Vestria's Currency Rallies as Markets Welcome Result", .unrelatedHeadlines, 18),
            Self.passage("Port Alder Prepares for Inauguration Day Crowds", .unrelatedHeadlines, 19),
            Self.passage("Regional Leaders Congratulate New President", .unrelatedHeadlines, 20),
        ])
        Self.expectAbsent(["Continue reading", "![", "https://", "@jrortega", "Read our explainer", "With reporting by",
                           "Related", "Currency Rallies", "Inauguration Day", "Congratulate"], from: article)
        // The last thing a reader sees is the article's own last paragraph.
        #expect(article.blocks.last == .paragraph(Array(article.sentences.suffix(2))))
        #expect(Self.texts(article).last
            == "He has promised to rewrite the constitution within a year and to hold a referendum on Oct. 12.")
    }

    @Test func electionKeepsInitialsAcronymsAndQuestions() throws {
        let article = try Self.story("vestria-election.txt")
        let paragraphs = Self.paragraphs(article)
        #expect(paragraphs.first == [
            "J. R. Ortega, the former mayor of Port Alder, claimed victory in Vestria's presidential election on Sunday after official results gave him 52.3% of the vote.",
        ])
        #expect(paragraphs.contains([
            "His rival, Dr. Amelia Strand of the National Renewal party, won 44.1%, according to the electoral commission.",
            "Turnout was 61.4%, the highest since 1998.",
        ]))
        // "U.N." inside a name stays; "U.N." at the end of a sentence before "The" ends it.
        #expect(paragraphs.contains([
            "The vote was monitored by the U.N. Electoral Assistance Division and a mission from the regional parliament.",
            "Both reported long queues in the capital.",
        ]))
        #expect(paragraphs.contains([
            "Strand's party said it had filed 214 complaints with the U.N.",
            "The mission said most concerned polling stations that opened late.",
        ]))
        #expect(paragraphs.contains([
            "“We saw no evidence of fraud, but we saw a great deal of disorder,” said the mission's head, Mr. Pieter Vance.",
        ]))
        // The paragraph that had "Continue reading…" keeps its own sentence whole.
        #expect(paragraphs.contains([
            "Ortega's lead narrowed overnight as ballots from the northern provinces were counted, and Strand's campaign said it would ask for a recount in three districts.",
        ]))
        #expect(paragraphs.contains([
            "What will Ortega do with his majority?",
            "He has promised to rewrite the constitution within a year and to hold a referendum on Oct. 12.",
        ]))
    }

    @Test func electionSubheadingsAndEmbeddedPost() throws {
        let article = try Self.story("vestria-election.txt")
        #expect(Self.headings(article).map { "\($0.level) \($0.line) \($0.text)" } == [
            "2 7 A narrow lead", "2 11 Observers raise concerns",
        ])
        let post = try #require(Self.posts(article).first)
        #expect(Self.posts(article).count == 1)
        #expect(post.author == "J. R. Ortega")
        #expect(post.handle == "@jrortega")
        #expect(post.dateText == "June 9, 2024")
        #expect(post.date == Self.day(2024, 6, 9))
        #expect(post.link == "https://t.co/Qz81LmNo2P")
        #expect(post.sentences.map(\.text) == ["Thank you, Vestria.", "The count is almost over, and the people have spoken."])
        // The post follows the second paragraph (the empty image between them is gone).
        #expect(article.blocks[2] == .embeddedPost(post))
    }

    @Test func electionSaidNoEndsASentence() throws {
        let article = try Self.story("vestria-election.txt")
        do {
            #expect(Self.paragraphs(article).contains([
                "Asked on Monday whether she would concede, Strand said no.",
                "Her campaign manager said the party would wait for the final count.",
            ]))
        }
    }

    // MARK: - Harbour Road sale (plain text, no date, headline title)

    @Test func clubSaleTitleWithoutDate() throws {
        let article = try Self.story("harbour-road-sale.txt")
        #expect(article.title == "Harbour Road Rovers Sold to American Investment Group in £310m Deal")
        #expect(article.titleOrigin == .headline)
        #expect(Self.removed(article, .title) == [
            Self.passage("Harbour Road Rovers Sold to American Investment Group in £310m Deal", .title, 1),
        ])
        #expect(article.date == nil)
        #expect(article.dateOrigin == .unknown)
    }

    @Test func clubSaleJunkIsRemovedWithItsReason() throws {
        let article = try Self.story("harbour-road-sale.txt")
        #expect(Self.removed(article, .readMore) == [Self.passage("Read More", .readMore, 2)])
        #expect(Self.removed(article, .emptyImage).map(\.line) == [3])
        #expect(Self.removed(article, .teaser).contains(Self.passage(
            "Want to know how the takeover affects season-ticket holders? Here's what to know", .teaser, 13)))
        // Three unlabelled title-case headlines at the end.
        for (text, line) in [("Rival Club Appoints New Manager After Cup Exit", 18),
                             ("Ticket Prices Rise Across League for Next Season", 19),
                             ("Stadium Naming Rights Deal Signed With Energy Firm", 20)] {
            #expect(Self.removed(article, .unrelatedHeadlines).contains(Self.passage(text, .unrelatedHeadlines, line)))
        }
        Self.expectAbsent(["Read More", "![", "Here's what to know", "Editing by", "Rival Club", "Ticket Prices",
                           "Naming Rights", "@HRRovers"], from: article)
        #expect(Self.texts(article).last == "The club finished 14th last season and lost 2-1 at home to Kelso Athletic in the cup.")
    }

    @Test func clubSaleKeepsRealText() throws {
        let article = try Self.story("harbour-road-sale.txt")
        let paragraphs = Self.paragraphs(article)
        #expect(paragraphs.first == [
            "Harbour Road Rovers have been sold to Calder Sports Partners, a Boston-based investment group, for £310m, ending 42 years of ownership by the Whitlock family.",
        ])
        #expect(paragraphs.contains([
            "The deal, which values the club's debts at a further £45.5m, was approved by the league's board on Friday and is expected to be completed before the transfer window opens.",
        ]))
        #expect(paragraphs.contains([
            "Calder's managing partner, Daniel K. Moreau, said the group would invest in the squad and in the stadium.",
            "“This is a club with a century of history, and we intend to give it another one,” he said.",
        ]))
        #expect(paragraphs.contains([
            "Moreau said the group wanted the club back in the top division within three seasons and would seek planning permission for a 38,000-seat stand by Sept. 30.",
        ]))
        #expect(paragraphs.contains([
            "Is that realistic?", "The club finished 14th last season and lost 2-1 at home to Kelso Athletic in the cup.",
        ]))
        #expect(Self.headingTexts(article).contains("What the new owners want"))

        let official = try #require(Self.posts(article).first)
        #expect(official.author == "Harbour Road Rovers")
        #expect(official.handle == "@HRRovers")
        #expect(official.date == Self.day(2024, 3, 3))
        #expect(official.link == "https://t.co/Hr7Lk2PqZx")
        #expect(official.sentences.map(\.text) == [
            "Harbour Road Rovers can confirm that the sale of the club to Calder Sports Partners has been completed.",
        ])
    }

    @Test func clubSaleQuestionPostIsAPostNotATeaser() throws {
        let article = try Self.story("harbour-road-sale.txt")
        do {
            #expect(!article.removed.contains { $0.text.hasPrefix("Who else is ready") })
            let posts = Self.posts(article)
            #expect(posts.count == 2)
            let fan = try #require(posts.last)
            #expect(fan.author == "Jess Tolley")
            #expect(fan.handle == "@jesstolley_hrr")
            #expect(fan.link == "https://t.co/Lm3Qa9XcVb")
            #expect(fan.sentences.map(\.text).joined(separator: " ").hasPrefix("Who else is ready for a new era at Harbour Road?"))
            #expect(Self.paragraphs(article).contains([
                "Supporters' groups gave the sale a cautious welcome but warned that they would oppose any move away from the club's home ground.",
            ]))
            #expect(Self.headingTexts(article) == ["Fans divided", "What the new owners want"])
        }
    }

    @Test func clubSaleSentenceStartingReportingByIsKept() throws {
        let article = try Self.story("harbour-road-sale.txt")
        let sentence = "Reporting by the Harbourside Gazette last month suggested the Whitlock family had been looking for a buyer since 2022."
        do {
            #expect(Self.texts(article).contains(sentence))
            #expect(!article.credits.contains(sentence))
        }
    }

    @Test func clubSaleCreditBeforeTrailingHeadlinesIsACredit() throws {
        let article = try Self.story("harbour-road-sale.txt")
        do {
            #expect(article.credits.contains("Reporting by Tom Aske in Harbourside; Editing by Clare Linden"))
            #expect(Self.removed(article, .credits).contains(
                Self.passage("(Reporting by Tom Aske in Harbourside; Editing by Clare Linden)", .credits, 17)))
            #expect(!Self.removed(article, .unrelatedHeadlines).contains { $0.text.contains("Reporting by") })
        }
    }

    // MARK: - Tarrow drought (plain text, date prefix, page furniture)

    @Test func droughtTitleAndDate() throws {
        let article = try Self.story("tarrow-drought.txt")
        #expect(article.title == "A regional court on Wednesday ordered the city of Pelham Ridge to cut the water it draws…")
        #expect(article.titleOrigin == .firstSentence)
        #expect(article.date == Self.day(2024, 8, 21))
        #expect(article.dateOrigin == .dateLine)
    }

    @Test func droughtJunkIsRemovedWithItsReason() throws {
        let article = try Self.story("tarrow-drought.txt")
        #expect(Self.removed(article, .callToAction) == [
            Self.passage("Advertisement", .callToAction, 2),
            Self.passage("Sign up for our weekly climate newsletter", .callToAction, 14),
        ])
        #expect(Self.removed(article, .emptyImage).map(\.line) == [4])
        #expect(Self.removed(article, .readMore) == [Self.passage("Continue reading", .readMore, 10)])
        #expect(Self.removed(article, .teaser) == [
            Self.passage("Confused about who owns the water under your land? Read our explainer", .teaser, 11),
        ])
        #expect(article.credits == ["Additional reporting by Sam Okafor; Editing by Priya Nair"])
        #expect(Self.removed(article, .credits) == [
            Self.passage("Additional reporting by Sam Okafor; Editing by Priya Nair", .credits, 17),
        ])
        Self.expectAbsent(["Advertisement", "Sign up", "Continue reading", "Read our explainer", "![", "https://",
                           "@mellison_farms", "Additional reporting"], from: article)
    }

    @Test func droughtKeepsRealTextAndStructure() throws {
        let article = try Self.story("tarrow-drought.txt")
        let paragraphs = Self.paragraphs(article)
        #expect(paragraphs.contains([
            "Judge Rosalind Achebe ruled that the city's 1962 licence did not allow it to take more than 40 million litres a day once the river fell below its summer minimum.",
            "The city has been taking as much as 51.5 million litres a day since June.",
        ]))
        #expect(paragraphs.contains([
            "“We are not asking for anything that isn't ours,” said Maria Ellison, who chairs the Tarrow Valley Irrigators' Association.",
            "“The water was promised to these fields before the city had a single tap.”",
        ]))
        #expect(paragraphs.contains([
            "Lawyers for Pelham Ridge argued that the city's 310,000 residents had a prior claim to drinking water and that the ruling would force rationing.",
            "The city's water director, Paul O. Nwosu, said it would appeal.",
        ]))
        #expect(paragraphs.contains([
            "The U.N. Food and Agriculture Organization has warned that disputes over shared rivers are likely to grow as droughts become longer.",
            "Its latest report puts the cost of the region's drought at $2.7bn.",
        ]))
        #expect(paragraphs.contains([
            "Can a city and its farmers share a shrinking river?", "The court has given them until Oct. 1 to agree on a plan.",
        ]))
        // Subheadings, even the one right after a removed image.
        #expect(Self.headings(article).map { "\($0.level) \($0.line) \($0.text)" } == ["2 5 A river running dry", "2 12 In court"])

        let post = try #require(Self.posts(article).first)
        #expect(Self.posts(article).count == 1)
        #expect(post.author == "Maria Ellison")
        #expect(post.handle == "@mellison_farms")
        #expect(post.dateText == "21 August 2024")
        #expect(post.date == Self.day(2024, 8, 21))
        #expect(post.link == "https://t.co/Wd8Tq2ZxLm")
        #expect(post.sentences.map(\.text) == [
            "Today the court gave the valley back its river.", "Thank you to every family that stood with us.",
        ])
    }

    @Test func droughtUnderTheSunEndsASentence() throws {
        let article = try Self.story("tarrow-drought.txt")
        do {
            #expect(Self.paragraphs(article).contains([
                "The Tarrow has fallen to its lowest level since records began in 1921, and for weeks crops in the lower valley have withered under the sun.",
                "Farmers say they have lost more than half of this year's barley.",
            ]))
        }
    }

    @Test func droughtMostReadListWithAQuestionHeadlineIsRemoved() throws {
        let article = try Self.story("tarrow-drought.txt")
        do {
            #expect(Self.removed(article, .unrelatedHeadlines).map(\.text) == [
                "Most read", "Heatwave Sets New Record for Hottest August Night", "Fishing Fleet Stays in Port as Prices Slump",
                "Is the Housing Market About to Turn?", "New Rail Line to Open Two Years Late",
            ])
            Self.expectAbsent(["Most read", "Heatwave", "Fishing Fleet", "Housing Market", "Rail Line"], from: article)
            #expect(Self.texts(article).last == "The court has given them until Oct. 1 to agree on a plan.")
        }
    }

    // MARK: - Aldara–Bexmont merger (Markdown with front matter)

    @Test func mergerMetadataFromFrontMatter() throws {
        let article = try Self.story("aldara-bexmont-merger.md")
        #expect(article.format == .markdown)
        #expect(article.title == "Aldara and Bexmont agree €12.4bn merger to create Europe's third-largest drugmaker")
        #expect(article.titleOrigin == .frontMatter)
        #expect(article.date == Self.day(2024, 9, 2))
        #expect(article.dateOrigin == .frontMatter)
        #expect(article.outlet == "Continental Business Review")
        #expect(article.url == "https://news.example.com/business/2024/09/02/aldara-bexmont-merger")
        #expect(Self.removed(article, .title).isEmpty)
    }

    @Test func mergerJunkIsRemovedWithItsReason() throws {
        let article = try Self.story("aldara-bexmont-merger.md")
        #expect(Self.removed(article, .readMore).map(\.text) == ["Continue reading"])
        #expect(Self.removed(article, .emptyImage).map(\.line) == [12])
        #expect(Self.removed(article, .teaser) == [
            Self.passage("Is your medicine affected by the merger? Find out here", .teaser, 24),
        ])
        #expect(article.credits == ["Reporting by Henrik Sall in Lyonnet; Editing by Carla Ruiz"])
        #expect(Self.removed(article, .credits) == [
            Self.passage("Reporting by Henrik Sall in Lyonnet; Editing by Carla Ruiz", .credits, 43),
        ])
        #expect(Self.removed(article, .unrelatedHeadlines) == [
            Self.passage("Related coverage", .unrelatedHeadlines, 45),
            Self.passage("Drugmakers Race to Replace Expiring Patents", .unrelatedHeadlines, 46),
            Self.passage("European Stocks Close Higher on Healthcare Gains", .unrelatedHeadlines, 47),
            Self.passage("Biotech Funding Falls for Third Straight Quarter", .unrelatedHeadlines, 48),
        ])
        Self.expectAbsent(["Continue reading", "![", "cdn.example.com", "Find out here", "Editing by", "Related coverage",
                           "Expiring Patents", "Healthcare Gains", "Third Straight Quarter"], from: article)
    }

    @Test func mergerWrappedParagraphsListAndHeadings() throws {
        let article = try Self.story("aldara-bexmont-merger.md")
        let paragraphs = Self.paragraphs(article)
        // Lines wrapped inside a paragraph are joined; the trailing "Continue reading" is cut.
        #expect(paragraphs.first == [
            "Aldara Pharma and Bexmont Therapeutics said on Monday that they had agreed to merge in a €12.4bn deal that would create Europe's third-largest drugmaker by sales.",
        ])
        #expect(paragraphs.contains(["Under the terms announced on Monday:"]))
        // A wrap right after "Sept." does not end the sentence.
        #expect(paragraphs.contains([
            "The European Commission is expected to open an in-depth review, and the deal needs the approval of competition authorities in 14 countries.",
            "Shareholders of both companies will vote on Sept. 4, the companies said.",
        ]))
        #expect(paragraphs.contains([
            "“This is a merger of equals in everything but the name,” Forsberg told analysts on a call.",
            "“Our pipelines barely overlap.”",
        ]))
        #expect(paragraphs.contains([
            "Analysts at Kessler & Voigt said prices of the two companies' best-selling heart drugs were unlikely to change before 2027.",
            "Will the merger make medicines cheaper?",
            "“Not in the short run,” said the bank's analyst, M. T. Lindqvist.",
        ]))

        let lists = article.blocks.compactMap { block -> (Bool, [[String]])? in
            if case .list(let ordered, let items) = block { return (ordered, items.map { $0.map(\.text) }) }
            return nil
        }
        #expect(lists.count == 1)
        #expect(lists.first?.0 == false)
        #expect(lists.first?.1 == [
            ["Bexmont shareholders will receive 0.82 Aldara shares for each share they hold."],
            ["The combined company will be led by Dr. Lena Forsberg, Aldara's chief executive, and will keep its headquarters in Lyonnet."],
            ["About 1,800 jobs will be cut by the end of 2026."],
        ])
        // The list comes right after the paragraph that introduces it.
        let listIndex = try #require(article.blocks.firstIndex { if case .list = $0 { return true } else { return false } })
        #expect(article.blocks[listIndex - 1].sentences.map(\.text) == ["Under the terms announced on Monday:"])

        // An ATX heading and a short unpunctuated paragraph are both headings.
        #expect(Self.headings(article).map { "\($0.level) \($0.line) \($0.text)" } == [
            "2 26 Regulators' concerns", "2 36 What changes for patients",
        ])
        #expect(article.sentences.map(\.ordinal) == Array(1...article.sentences.count))
    }

    @Test func mergerEmbeddedPostInMarkdown() throws {
        let article = try Self.story("aldara-bexmont-merger.md")
        do {
            let post = try #require(Self.posts(article).first)
            #expect(post.author == "Lena Forsberg")
            #expect(post.handle == "@DrLenaForsberg")
            #expect(post.date == Self.day(2024, 9, 2))
            #expect(post.link == "https://t.co/Bx7Mn2Rq0k")
            #expect(post.sentences.map(\.text) == ["Proud to be joining forces with Aldara.", "Same mission, bigger reach."])
            Self.expectAbsent(["https://t.co", "(@DrLenaForsberg)"], from: article)
        }
    }

    @Test func mergerSentenceLinesInWrappedParagraphs() throws {
        let article = try Self.story("aldara-bexmont-merger.md")
        let lines = Dictionary(article.sentences.map { ($0.text, $0.line) }, uniquingKeysWith: { first, _ in first })
        // Sentences that start on the paragraph's first line are right today.
        #expect(lines["Aldara Pharma and Bexmont Therapeutics said on Monday that they had agreed to merge in a €12.4bn deal that would create Europe's third-largest drugmaker by sales."] == 8)
        #expect(lines["Analysts at Kessler & Voigt said prices of the two companies' best-selling heart drugs were unlikely to change before 2027."] == 38)
        do {
            #expect(lines["Will the merger make medicines cheaper?"] == 39)
            #expect(lines["“Our pipelines barely overlap.”"] == 22)
            #expect(lines["Shareholders of both companies will vote on Sept. 4, the companies said."] == 30)
            #expect(lines["“Not in the short run,” said the bank's analyst, M. T. Lindqvist."] == 40)
            #expect(Self.removed(article, .readMore).map(\.line) == [10])
        }
    }

    // MARK: - All five

    @Test(arguments: ["aldara-bexmont-merger.md", "harbour-road-sale.txt", "tarrow-drought.txt", "valdmere-flood.txt",
                      "vestria-election.txt"])
    func noStockJunkPhraseSurvives(fileName: String) throws {
        let article = try Self.story(fileName)
        Self.expectAbsent(["![", "Read More", "Continue reading", "what to know", "Read our explainer", "Find out here",
                           "Editing by", "Sign up for", "Advertisement", " date 2024"], from: article)
        #expect(article.sentences.map(\.ordinal) == Array(1...article.sentences.count))
        #expect(!article.title.isEmpty)
    }

    @Test func emptyImagesAreRecordedAsWritten() throws {
        let election = try Self.story("vestria-election.txt")
        let merger = try Self.story("aldara-bexmont-merger.md")
        let flood = try Self.story("valdmere-flood.txt")
        #expect(Self.removed(flood, .emptyImage).map(\.text) == ["![]()"])
        do {
            #expect(Self.removed(election, .emptyImage).map(\.text) == ["![](https://img.example.net/vestria/ortega-rally.jpg)"])
            #expect(Self.removed(merger, .emptyImage).map(\.text) == ["![](https://cdn.example.com/img/aldara-headquarters.jpg)"])
        }
    }

    // MARK: - The sentence splitter on its own

    @Test(arguments: [
        ("Dr. Helena Varga said the plan was out of date. She did not say why.",
         ["Dr. Helena Varga said the plan was out of date.", "She did not say why."]),
        ("J. R. Ortega won 52.3% of the vote. Turnout was 61.4%.",
         ["J. R. Ortega won 52.3% of the vote.", "Turnout was 61.4%."]),
        ("Grants close on Sept. 4 for damage above $3.5bn. Claims are open.",
         ["Grants close on Sept. 4 for damage above $3.5bn.", "Claims are open."]),
        ("The U.N. Electoral Assistance Division sent observers. They stayed a week.",
         ["The U.N. Electoral Assistance Division sent observers.", "They stayed a week."]),
        ("Complaints were filed with the U.N. The mission replied.",
         ["Complaints were filed with the U.N.", "The mission replied."]),
        ("The levee failed at 2.30 a.m. on Sunday. Water rose fast.",
         ["The levee failed at 2.30 a.m. on Sunday.", "Water rose fast."]),
        ("Will prices fall? “Not soon,” said M. T. Lindqvist.",
         ["Will prices fall?", "“Not soon,” said M. T. Lindqvist."]),
        ("Paul O. Nwosu said it would appeal (the city has 30 days). It did.",
         ["Paul O. Nwosu said it would appeal (the city has 30 days).", "It did."]),
    ])
    func splitterKeepsAbbreviationsTogether(text: String, expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }

    @Test(arguments: [
        ("Asked whether she would concede, Strand said no. Her campaign disagreed.",
         ["Asked whether she would concede, Strand said no.", "Her campaign disagreed."]),
        ("Crops withered under the sun. Farmers lost half the barley.",
         ["Crops withered under the sun.", "Farmers lost half the barley."]),
    ])
    func splitterEndsSentencesAtOrdinaryWords(text: String, expected: [String]) {
        do {
            #expect(SentenceSplitter.split(text) == expected)
        }
    }
}
