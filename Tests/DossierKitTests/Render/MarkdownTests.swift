import Testing
@testable import DossierKit

@Suite("Markdown through libcmark")
struct MarkdownTests {
    let markdown = Markdown()

    @Test("renders CommonMark with smart punctuation")
    func renders() {
        #expect(markdown.html("# Title\n\nSome *text* and \"quotes\" -- here.\n") ==
                "<h1>Title</h1>\n<p>Some <em>text</em> and “quotes” – here.</p>\n")
    }

    @Test("raw HTML is dropped in safe mode")
    func rawHTML() {
        let html = markdown.html("Hello <script>alert(1)</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<img src=x onerror=alert(1)>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("onerror"))
    }

    @Test("dangerous link schemes are dropped")
    func links() {
        let html = markdown.html("[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html;base64,PHNjcmlwdD4=) [d](https://example.org/)")
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("data:text/html"))
        #expect(html.contains("<a href=\"https://example.org/\">d</a>"))
    }

    @Test("raw HTML passes only when allowed")
    func unsafe() {
        #expect(Markdown(allowUnsafeHTML: true).html("<b>x</b>\n").contains("<b>x</b>"))
    }

    @Test("inline rendering has no paragraph and never starts a block")
    func inline() {
        #expect(markdown.inlineHTML("**Bold** claim.") == "<strong>Bold</strong> claim.")
        #expect(markdown.inlineHTML("- not a list") == "- not a list")
        #expect(markdown.inlineHTML("# not a heading") == "# not a heading")
        #expect(markdown.inlineHTML("1. not a list") == "1. not a list")
        #expect(markdown.inlineHTML("> not a quote") == "&gt; not a quote")
        #expect(markdown.inlineHTML("a <script>x</script> b") == "a <!-- raw HTML omitted -->x<!-- raw HTML omitted --> b")
    }

    @Test("HTML escaping")
    func escaping() {
        #expect(HTML.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}
