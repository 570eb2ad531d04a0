import Foundation
import Testing
@testable import DossierKit

/// No control character reaches a page, the calendar or the terminal (issue 15, cases 5 and 6).
@Suite("Robustness: control characters")
struct ControlCharacterRobustnessTests {
    /// The control characters (C0 but tab, LF and CR; DEL; C1) and line separators in a text.
    static func controls(in text: String, allowing allowed: Set<Unicode.Scalar> = ["\t", "\n"]) -> [String] {
        text.unicodeScalars.filter {
            !allowed.contains($0) && ($0.properties.generalCategory == .control || $0.value == 0x2028 || $0.value == 0x2029)
        }.map { String(format: "U+%04X", $0.value) }
    }

    @Test("CR, NUL, BEL, ESC, NEL and U+2028 in an event title never reach data/timeline.ics raw, nor start a line")
    func calendar() throws {
        let title = "Vote\\rBEGIN:VALARM\\0\\a\\e[31m\\N\\LEND"
        let dossier = try ScratchDossier([
            "content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n",
            "content/notes/vote.md": "---\ntitle: \"Vote\\e]0;x\\a\"\nevent: {date: 2025-06-16, title: \"\(title)\"}\n---\nThe vote.\n",
        ])
        defer { dossier.remove() }
        let files = try dossier.render().files
        let ics = String(decoding: try #require(files["data/timeline.ics"]), as: UTF8.self)
        #expect(ics.contains("SUMMARY:Vote"))
        #expect(Self.controls(in: ics, allowing: ["\r", "\n"]).isEmpty)
        // Every line break is a CRLF, and no line of the file comes from the title.
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\r") && !ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!ics.components(separatedBy: "\r\n").contains { $0.hasPrefix("BEGIN:VALARM") })
        // The escaping itself, for text that comes from anywhere.
        #expect(CalendarExport.escape("a\rb\nc\u{85}d\u{2028}e\u{2029}f\u{0}g\u{7}h\u{1B}i;j,k\\l")
            == "a\\nb\\nc\\nd\\ne\\nfghi\\;j\\,k\\\\l")
    }

    @Test("VT, FF and ESC in a raw text source, a YAML \"\\0\" and a Markdown &#27; never reach a page")
    func pages() throws {
        let dossier = try ScratchDossier([
            "content/sources/a.txt": " date 2025-09-18 The council\u{0B}met\u{0C}on Monday.\u{1B}[31m It voted.\u{7F}\u{85}\n",
            "content/sources/b.md": "---\ntitle: \"Null\\0 byte\\e[2J\"\noutlet: \"Out\\alet\"\ntags: [\"t\\0ag\"]\n---\nText of b.\n",
            "content/notes/n.md": "# Note &#27;[2J\n\nAn escape &#27;]0;title&#7; by entity, and &#128; too.\n",
        ])
        defer { dossier.remove() }
        let (files, warnings) = try dossier.render()
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".json") || path.hasSuffix(".ics") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(Self.controls(in: text, allowing: ["\t", "\n", "\r"]).isEmpty, "\(path)")
        }
        #expect(files.values.contains { String(decoding: $0, as: UTF8.self).contains("<title>Null byte[2J") })
        #expect(warnings.printed(root: dossier.root).contains(
            "$ROOT/content/sources/a.txt: warning: file contains control characters (such as ESC, VT, FF or U+2028); they were removed"))
    }

    @Test("keys, link targets, URLs and file names in messages are printed escaped, each message on one line")
    func diagnostics() {
        let key = Diagnostic.warning(SourceLocation(file: "content/notes/a\nb.md", line: 2, column: 1),
                                     "unknown front matter key '\u{1B}]0;pwned\u{7}' is ignored; link '\u{202E}txt.exe'")
        #expect(key.description == "content/notes/a\\nb.md:2:1: warning: unknown front matter key '\\u{1B}]0;pwned\\u{7}' is ignored; link '\\u{202E}txt.exe'")
        #expect(TerminalText.escaped("plain: 'ü', 'a\\b', tab\there") == "plain: 'ü', 'a\\b', tab\\there")
    }

    @Test("through the binary: no escape sequence reaches the terminal, and a newline in a file name splits no message")
    func terminal() throws {
        let dossier = try ScratchDossier([
            "content/notes/key.md": "---\n\"\\e]0;pwned\\a\": 1\n---\nText.\n",
            "content/notes/line\nbreak.md": "A [[Nowhere&#27;]] link, and [another](missing.md).\n",
        ])
        defer { dossier.remove() }
        let run = try DossierBinary.run(["check", "--templates", TestSupport.defaultTemplates], in: dossier.root)
        #expect(run.status == 1)
        #expect(Self.controls(in: run.stderr).isEmpty && Self.controls(in: run.stdout).isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("content/notes/") || $0.hasPrefix("error:") }, "\(lines)")
        #expect(run.stderr.contains("content/notes/key.md:2:1: warning: unknown front matter key '\\u{1B}]0;pwned\\u{7}' is ignored"))
        #expect(run.stderr.contains("content/notes/line\\nbreak.md:1:3: error: broken wikilink [[Nowhere\\u{1B}]]"))
    }
}
