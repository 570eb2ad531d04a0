import Testing
@testable import DossierKit

@Suite("Linking names in Markdown")
struct MarkdownLinkerTests {
    let linker = MarkdownLinker(markdown: Markdown(), names: [
        MarkdownLinker.Name(text: "Oslo", caseSensitive: true, href: "e/oslo.html", key: "oslo"),
        MarkdownLinker.Name(text: "Nordic Council", caseSensitive: false, href: "e/nc.html", key: "nc"),
        MarkdownLinker.Name(text: "NC", caseSensitive: true, href: "e/nc.html", key: "nc"),
    ])

    @Test("the first mention per paragraph is linked, names of one entity count once")
    func firstPerParagraph() {
        let html = linker.html("Oslo and Oslo again; the nordic council (NC) met.\n\nOslo once more.\n")
        #expect(html == "<p><a href=\"e/oslo.html\">Oslo</a> and Oslo again; the <a href=\"e/nc.html\">nordic council</a> (NC) met.</p>\n"
                + "<p><a href=\"e/oslo.html\">Oslo</a> once more.</p>\n")
    }

    @Test("code spans, code blocks and existing links are left alone")
    func untouched() {
        let html = linker.html("`Oslo` and [Oslo](https://example.org) here.\n\n    Oslo in code\n")
        #expect(!html.contains("e/oslo.html"))
    }

    @Test("whole words only, and inside emphasis")
    func words() {
        #expect(linker.html("Oslofjord, then Oslo.\n") == "<p>Oslofjord, then <a href=\"e/oslo.html\">Oslo</a>.</p>\n")
        #expect(linker.html("We met in *Oslo*.\n") == "<p>We met in <em><a href=\"e/oslo.html\">Oslo</a></em>.</p>\n")
    }
}
