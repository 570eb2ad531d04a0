import Foundation
import Testing
@testable import DossierKit

/// Inputs that used to hang or crash the build, each of which must now end within a few seconds
/// (even in a debug build) with the site or an error at its file and line (issue 15, cases 1, 3, 4).
@Suite("Robustness: inputs that hung or crashed")
struct HangRobustnessTests {
    /// `levels` levels of `&aN [*aN-1 × 8]`, the last used as a mapping key: 8^levels scalars once expanded.
    static func aliasBomb(levels: Int, key: String) -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x]"]
        for level in 1..<levels {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 8).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n" + key + "\n"
    }

    /// Seconds `body` takes.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test("a YAML alias bomb used as a mapping key, in a note, is an error at the alias, at once")
    func aliasBombInNote() throws {
        // Nine levels (8^9 = 134 million scalars) took 13 s in a release build; each level more, 8.5 times as long.
        let yaml = Self.aliasBomb(levels: 9, key: "? *a8\n: 1")
        let dossier = try ScratchDossier(["content/notes/bomb.md": "---\n" + yaml + "---\nText.\n"])
        defer { dossier.remove() }
        var errors: [String] = []
        let time = Self.seconds { errors = dossier.errors() }
        #expect(errors == ["$ROOT/content/notes/bomb.md:11:3: error: front matter keys must be plain words, not an alias ('*name')"])
        #expect(time < 5)
    }

    @Test("an alias inside a key, in a flow mapping or nested, and in dossier.yml, is refused; aliases in values are fine")
    func aliasKeysElsewhere() throws {
        for (yaml, line, column) in [("a: &k [x, y]\n? [1, *k]\n: 2\n", 3, 7), ("a: &k x\nb: {*k : 1}\n", 3, 5),
                                     ("a: &k x\nb:\n  c:\n    *k : 1\n", 5, 5)] {
            let dossier = try ScratchDossier(["content/notes/n.md": "---\n" + yaml + "---\nText.\n"])
            defer { dossier.remove() }
            #expect(dossier.errors() == ["$ROOT/content/notes/n.md:\(line):\(column): error: front matter keys must be plain words, not an alias ('*name')"], "\(yaml)")
        }
        let values = try ScratchDossier(["content/notes/n.md": "---\ntitle: &t Same\ndescription: *t\ntags: &l [a, b]\n---\nText.\n"])
        defer { values.remove() }
        #expect(values.errors().isEmpty)

        let config = try ScratchDossier(["dossier.yml": Self.aliasBomb(levels: 9, key: "? *a8\n: 1")])
        defer { config.remove() }
        var options = config.options
        options.configPath = config.root + "/dossier.yml"
        var message = ""
        let time = try Self.seconds {
            do { _ = try SiteBuilder(options: options).render() } catch let error as DossierError { message = error.description }
        }
        #expect(message == config.root + "/dossier.yml:10:3: error: config keys must be plain words, not an alias ('*name')")
        #expect(time < 5)
    }

    @Test("a note full of '[' or '![' builds in linear time")
    func brackets() throws {
        // 40 KB of '[' took 21 s (release: 12 s) in the link pattern of PlainText, called by NameMatcher.
        for body in [String(repeating: "[", count: 40_000), String(repeating: "![a", count: 13_000),
                     String(repeating: "[x](", count: 10_000), String(repeating: "[[", count: 20_000)] {
            let dossier = try ScratchDossier(["content/notes/n.md": "# Brackets\n\n" + body + "\n",
                                              "content/sources/a.txt": " date 2025-09-18 Maria Lopez met the council.\n"])
            defer { dossier.remove() }
            var page = ""
            let time = try Self.seconds {
                let files = try dossier.render().files
                page = String(decoding: files["notes/n/index.html"] ?? Data(), as: UTF8.self)
            }
            #expect(page.contains(String(body.prefix(200))), "the brackets are on the page as text")
            #expect(time < 8, "\(body.prefix(4)): \(time) s")
        }
    }

    @Test("plain text of inline Markdown comes from cmark's tree")
    func plainText() {
        #expect(PlainText.fromInlineMarkdown("See [the report](https://example.org) and ![a chart](c.png).") == "See the report and a chart.")
        #expect(PlainText.fromInlineMarkdown("**Bold** and `code` and *soft*") == "Bold and code and soft")
        #expect(PlainText.fromInlineMarkdown("1. First") == "1. First")
        #expect(PlainText.fromInlineMarkdown("# Not a heading") == "# Not a heading")
        #expect(PlainText.fromInlineMarkdown("&lt;b&gt; \\[x\\]") == "<b> [x]")
        #expect(PlainText.fromInlineMarkdown("[unclosed [ brackets") == "[unclosed [ brackets")
        #expect(PlainText.fromInlineMarkdown("No markup at all.") == "No markup at all.")
    }

    @Test("5,000 nested template sections are an error at the section too deep, not a crash")
    func nestedSections() throws {
        // 5,000 levels crashed a release build with SIGSEGV (1,000 a debug one): swift-mustache's parser recurses.
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        let templates = dossier.root + "/templates"
        try FileManager.default.copyItem(atPath: TestSupport.defaultTemplates, toPath: templates)
        try Data(("<p>\n" + String(repeating: "{{#a}}", count: 5_000) + "x" + String(repeating: "{{/a}}", count: 5_000)).utf8)
            .write(to: URL(fileURLWithPath: templates + "/partials/deep.mustache"))
        // Through the binary: a stack overflow would kill the process, not fail a test.
        var run: DossierBinary.Run?
        let time = try Self.seconds { run = try DossierBinary.run(["check", "--templates", "templates"], in: dossier.root) }
        #expect(run?.status == 1)
        #expect(run?.stderr == "templates/partials/deep.mustache:2:601: error: template sections are nested more than 100 deep\n"
            + "error: check failed with 1 error; nothing was written\n")
        #expect(time < 5)
    }

    @Test("nesting is counted as the parser reads tags: set delimiters, inverted sections, blocks; 100 levels are fine")
    func nestingCount() {
        let hundred = String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100)
        #expect(TemplateNesting.firstTooDeep(in: hundred) == nil)
        #expect(TemplateNesting.firstTooDeep(in: "{{#a}}" + hundred + "{{/a}}")?.column == 601)
        #expect(TemplateNesting.firstTooDeep(in: "{{=<% %>=}}" + String(repeating: "<%^a%>", count: 101))?.column == 11 + 600 + 1)
        #expect(TemplateNesting.firstTooDeep(in: "x\n" + String(repeating: "{{$b}}", count: 101)).map { $0.line == 2 && $0.column == 601 } == true)
        #expect(TemplateNesting.firstTooDeep(in: String(repeating: "{{#a}}{{/a}}", count: 10_000)) == nil)
        #expect(TemplateNesting.firstTooDeep(in: "{{#a") == nil)
    }
}
