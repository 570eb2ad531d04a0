import Foundation
import Testing
@testable import DossierKit

/// Smaller cases of issue 15 (cases 7 and 8): line numbers, dates and times, titles, wikilinks
/// split by HTML, the timeline chart's size, the command line and the config's language.
@Suite("Robustness: line numbers and smaller cases")
struct EdgeCaseRobustnessTests {
    func errors(_ files: [String: String]) throws -> [String] {
        let dossier = try ScratchDossier(files)
        defer { dossier.remove() }
        return dossier.errors()
    }

    @Test("in a note that begins with '# Heading' and no front matter, link errors are on the right line")
    func headingNoteLines() throws {
        let found = try errors(["content/notes/n.md": "# Heading\n\nSee [[Nowhere]].\n\nAnd [this](missing.md).\n"])
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("$ROOT/content/notes/n.md:3:5: error: broken wikilink [[Nowhere]]") == true)
        #expect(found.last == "$ROOT/content/notes/n.md:5:5: error: broken link 'missing.md': no source, note or entity file of the dossier is there")
        // After blank lines, and after front matter without a title, too.
        #expect(try errors(["content/notes/n.md": "\n\n# Heading\n[[Nowhere]]\n"]).first?.hasPrefix("$ROOT/content/notes/n.md:4:1:") == true)
        #expect(try errors(["content/notes/n.md": "---\ntags: [a]\n---\n# Heading\n\n[[Nowhere]]\n"]).first?.hasPrefix("$ROOT/content/notes/n.md:6:1:") == true)
    }

    @Test("a date with other text after it, or an impossible time, is an error; a timestamp is fine")
    func datesAndTimes() throws {
        func dateErrors(_ value: String) throws -> [String] {
            try errors(["content/notes/n.md": "---\ndate: \(value)\n---\nBody.\n"])
        }
        #expect(try dateErrors("2025-01-01 extra") == [
            "$ROOT/content/notes/n.md:2:7: error: front matter key 'date' must be a date written YYYY-MM-DD (optionally with a time, HH:MM:SS), not '2025-01-01 extra'",
        ])
        #expect(try dateErrors("2025-01-01x") == ["$ROOT/content/notes/n.md:2:7: error: front matter key 'date' must be a date written YYYY-MM-DD, not '2025-01-01x'"])
        for time in ["2025-01-01 25:00", "2025-01-01T12:61:00Z", "2025-01-01T10:00:00+25:00"] {
            #expect(try dateErrors(time) == ["$ROOT/content/notes/n.md:2:7: error: front matter key 'date' is '\(time)', a time that does not exist"])
        }
        for time in ["2025-01-01T10:30:00Z", "2025-01-01 10:30", "2025-01-01T23:59:60.5+05:30", "2025-01-01t08:00:00-0800"] {
            #expect(try dateErrors(time).isEmpty, "\(time)")
        }
    }

    @Test("a title heading '# &lt;b&gt;' is shown as '<b>', escaped once")
    func escapedTitle() throws {
        let dossier = try ScratchDossier(["content/notes/n.md": "# &lt;b&gt; and **bold**\n\nText.\n"])
        defer { dossier.remove() }
        let files = try dossier.render().files
        let page = try #require(files.first { $0.key.hasPrefix("notes/") && $0.key != "notes/index.html" }.map { String(decoding: $0.value, as: UTF8.self) })
        #expect(page.contains("<title>&lt;b&gt; and bold"))
        #expect(!page.contains("&amp;lt;"))
    }

    @Test("a wikilink split by inline HTML stays text, with a warning at its '[['")
    func splitWikilink() throws {
        let dossier = try ScratchDossier(["content/notes/n.md": "---\ntitle: N\n---\nSee [[Mar<b>ia</b> Lopez]] here.\n"])
        defer { dossier.remove() }
        let warnings = try dossier.render().warnings.printed(root: dossier.root)
        #expect(warnings.contains(
            "$ROOT/content/notes/n.md:4:5: warning: [[Mar<b>ia</b> Lopez]] is split by inline HTML, so it is not a link and stays text as written"))
    }

    @Test("events in the years 1 and 9999 make a small chart: its size goes by the events, not the span")
    func chartSize() throws {
        let dossier = try ScratchDossier([
            "content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n",
            "content/notes/a.md": "---\ntitle: A\nevent: {date: 0001-06-01, title: \"First\"}\n---\nA.\n",
            "content/notes/b.md": "---\ntitle: B\nevent: {date: 9999-06-01, title: \"Last\"}\n---\nB.\n",
        ])
        defer { dossier.remove() }
        let files = try dossier.render().files
        let page = String(decoding: try #require(files["timeline/index.html"]), as: UTF8.self)
        let chart = page.components(separatedBy: "<svg").dropFirst().first?.components(separatedBy: "</svg>").first ?? ""
        #expect(chart.contains(">1</text>") && chart.contains(">9999</text>") && chart.contains("class=\"year gap\""))
        #expect(chart.utf8.count < 10_000, "\(chart.utf8.count) bytes")
        #expect(page.utf8.count < 50_000)
    }

    @Test("an empty --output, --content or --templates is a wrong command line (exit 2)")
    func emptyPaths() throws {
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        for arguments in [["build", "--output", ""], ["serve", "--output", ""], ["build", "--content", ""], ["check", "--templates", ""]] {
            let run = try DossierBinary.run(arguments, in: dossier.root)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("needs a path, not an empty string"), "\(arguments)")
        }
    }

    @Test("language in the config must be a BCP 47 tag")
    func language() throws {
        for good in ["en", "fr-CA", "zh-Hant-TW", "es-419", "sr-Latn", "de-CH-1996", "en-US-x-newsroom", "gsw"] {
            #expect(LanguageTag.isValid(good), "\(good)")
        }
        for bad in ["", "e", "english language", "en_US", "en-", "123", "fr-CA-\"x", "en-a", "toolonglanguage"] {
            #expect(!LanguageTag.isValid(bad), "\(bad)")
        }
        #expect(try errors(["dossier.yml": "title: T\nlanguage: en_US\n"]) == [
            "$ROOT/dossier.yml:2:11: error: config key 'language' must be a BCP 47 language tag such as en, fr-CA or zh-Hant, not 'en_US'",
        ])
        #expect(try errors(["dossier.yml": "title: T\nlanguage: fr-CA\n"]).isEmpty)
    }

    @Test("the slug error shows a backslash as '\\', once")
    func slugMessage() throws {
        #expect(try errors(["content/notes/n.md": "---\nslug: a\\b\n---\nBody.\n"]) == [
            "$ROOT/content/notes/n.md:2:7: error: front matter key 'slug' must be a single name, without '/', '\\' or '..'",
        ])
    }
}
