import Testing
@testable import DossierKit

@Suite("Wikilink syntax")
struct WikiLinkTests {
    func parsed(_ text: String) -> [(String, String?)] {
        WikiLink.find(in: text).map { ($0.target, $0.label) }
    }

    @Test("targets, labels after a pipe, and whitespace inside the brackets")
    func syntax() {
        let found = parsed("See [[Jane Doe]], [[ sources/a.md#s-3 | the first report ]] and [[timeline|]].")
        #expect(found.map(\.0) == ["Jane Doe", "sources/a.md#s-3", "timeline"])
        #expect(found.map(\.1) == [nil, "the first report", nil])
    }

    @Test("what is not a wikilink: empty, unclosed, or with brackets inside")
    func notLinks() {
        #expect(parsed("[[]] and [[ ]] and [[open").isEmpty)
        #expect(parsed("[[a [[b]]").map(\.0) == ["b"])
        #expect(parsed("[single] and [[x]y]").isEmpty)
    }

    @Test("the range covers the brackets, for replacing them")
    func range() {
        let text = "a [[b|c]] d"
        let link = WikiLink.find(in: text)[0]
        #expect(String(text[link.range]) == "[[b|c]]")
    }
}
