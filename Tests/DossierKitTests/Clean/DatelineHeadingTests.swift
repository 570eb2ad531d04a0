import Testing
@testable import DossierKit

/// A dateline on a line of its own is part of the text, not a subheading.
@Suite("Cleaning: a dateline line is no heading")
struct DatelineHeadingTests {
    func headings(_ article: Article) -> [String] {
        article.blocks.compactMap { block -> String? in
            if case .heading(_, let text, _) = block { return text }
            return nil
        }
    }

    func clean(_ body: String) -> Article {
        var front = FrontMatter()
        front.title = "Harbour plan"
        return ArticleCleaner.clean(TestSupport.source(body, format: .markdown, path: "story.md", frontMatter: front))
    }

    @Test("a short line ending in a dash leads into the paragraph after it")
    func datelineLine() {
        let body = "LISBON, March 3 (Newswire) --\n\nThe harbour board approved the plan on Monday after a long debate over the costs.\n"
        let article = clean(body)
        #expect(headings(article).isEmpty)
        #expect(article.sentences.first?.text == "LISBON, March 3 (Newswire) --")
    }

    @Test("a short headline-like line without a dash stays a subheading")
    func subheading() {
        let body = "The harbour board approved the plan on Monday after a long debate over the costs.\n\nMending the pier\n\nWork on the old pier will start in May, the board said after its meeting.\n"
        let article = clean(body)
        #expect(headings(article) == ["Mending the pier"])
    }
}
