import Testing
@testable import DossierKit

/// The five sample sources, cleaned as they are: what a reader must and must not see.
@Suite("Cleaning the sample sources")
struct SampleCleaningTests {
    let articles: [String: Article]

    init() throws {
        let corpus = try ContentLoader(contentPath: TestSupport.sampleContent, displayPrefix: "content").load(config: DossierConfig())
        articles = Dictionary(uniqueKeysWithValues: corpus.sources.map { ($0.relativePath, ArticleCleaner.clean($0)) })
    }

    func text(_ article: Article) -> String {
        article.sentences.map(\.text).joined(separator: " ")
    }

    @Test("all five sources load and keep their text")
    func all() {
        #expect(articles.count == 5)
        for article in articles.values {
            #expect(article.sentences.count >= 5, "\(article.displayPath) lost its text")
            #expect(!article.title.isEmpty)
        }
    }

    @Test("the date line gives the date and leaves the first sentence whole")
    func dateLine() throws {
        let article = try #require(articles["000_ba66c6bd10674d4e.txt"])
        #expect(article.date == DayDate(iso: "2025-09-19"))
        #expect(article.dateOrigin == .dateLine)
        #expect(article.sentences.first?.text.hasPrefix("Canada and Mexico have promised") == true)
        #expect(!text(article).contains(" date 2025"))
        #expect(article.titleOrigin == .firstSentence)
        #expect(article.title.hasPrefix("Canada and Mexico have promised to deepen ties"))
        #expect(article.title.count <= 90)
    }

    @Test("'Read More' and the empty image are removed")
    func readMoreAndImage() throws {
        let article = try #require(articles["001_14be618f68c7eb73.txt"])
        #expect(!text(article).contains("Read More"))
        #expect(!text(article).contains("![]"))
        #expect(article.removed.map(\.reason) == [.readMore, .emptyImage])
        #expect(article.sentences.first?.text == "Canada and Mexico have pledged to stand together and deepen their cooperation as they face mounting trade tensions with the United States under President Donald Trump.")
    }

    @Test("the embedded post is kept as a post, the teaser is removed, the credits become metadata")
    func embeddedPostTeaserCredits() throws {
        let article = try #require(articles["002_079aa153d1d6b4e5.txt"])
        let posts = article.blocks.compactMap { block -> EmbeddedPost? in
            if case .embeddedPost(let post) = block { return post }
            return nil
        }
        #expect(posts.count == 1)
        #expect(posts.first?.author == "Claudia Sheinbaum Pardo")
        #expect(posts.first?.handle == "@Claudiashein")
        #expect(posts.first?.date == DayDate(iso: "2025-09-18"))
        #expect(posts.first?.link == "https://t.co/vO7uyScnWZ")
        #expect(!text(article).contains("Here’s how"))
        #expect(article.removed.contains { $0.reason == .teaser && $0.text.hasPrefix("Do you want to weigh in") })
        #expect(article.credits == ["With reports from CBC, Reuters, El País and The Associated Press"])
        #expect(!text(article).contains("With reports from"))
        // The subheadings stay, as headings.
        let headings = article.blocks.compactMap { block -> String? in
            if case .heading(_, let text, _) = block { return text }
            return nil
        }
        #expect(headings == ["Trump and the USMCA review", "Mending fences"])
        // The last paragraph of the article is kept.
        #expect(text(article).contains("A week later, Danielle Smith, premier of the province of Alberta"))
    }

    @Test("the trailing list of unrelated headlines is removed, the article kept")
    func headlines() throws {
        let article = try #require(articles["004_9a5847f96b68b87a.txt"])
        let removed = article.removed.filter { $0.reason == .unrelatedHeadlines }
        #expect(removed.count == 16)
        #expect(!text(article).contains("Gaza"))
        #expect(!text(article).contains("STOXX"))
        #expect(text(article).hasSuffix("over the next three decades."))
    }

    @Test("the analysis piece keeps every paragraph")
    func analysis() throws {
        let article = try #require(articles["003_f06eaa97497e30ce.txt"])
        #expect(article.removed.isEmpty)
        #expect(article.blocks.count == 7)
        #expect(article.title.hasPrefix("Canadian Prime Minister Mark Carney arrived in Mexico City on Wednesday"))
    }

    @Test("sentence ids are sequential and stable")
    func ids() throws {
        for article in articles.values {
            #expect(article.sentences.map(\.ordinal) == Array(1...article.sentences.count))
        }
        let corpus = try ContentLoader(contentPath: TestSupport.sampleContent).load(config: DossierConfig())
        let again = corpus.sources.map(ArticleCleaner.clean)
        for article in again {
            #expect(articles[article.relativePath]?.sentences == article.sentences)
        }
    }
}
