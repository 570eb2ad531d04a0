import Foundation
import Testing
@testable import DossierKit

/// Scraped text and notes may hold markup meant to run in a reader's browser: none of it
/// reaches the site as markup, and no content can make the build write outside its output.
@Suite("Robustness: hostile content")
struct HostileContentRobustnessTests {
    /// Markup that would run if it reached a page as written.
    static let attacks = [
        "<script>alert('script')</script>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<img src=x onerror=\"alert('img')\">",
        "<svg onload=alert('svg')>",
        "<a href=\"javascript:alert('a')\">a link</a>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<body onpageshow=alert(1)>",
        "[markdown link](javascript:alert('md'))",
        "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![image](javascript:alert('image'))",
        "<javascript:alert('autolink')>",
        "[spaced](  JaVaScRiPt:alert('case'))",
        "[entity](jav&#x61;script:alert('entity'))",
        "[vb](vbscript:msgbox('vb'))",
    ]

    static var attackText: String { attacks.joined(separator: " ") }

    /// A dossier with hostile markup in every place content can put text.
    static func hostileDossier(unsafeHTML: Bool? = nil) throws -> ScratchDossier {
        let attack = attackText
        let inline = "<script>alert('title')</script><img src=x onerror=alert('title')>"
        var config = "title: \"Site \(inline)\"\ndescription: \"<iframe src=//evil.example></iframe>\"\n"
        if let unsafeHTML { config += "unsafe_html: \(unsafeHTML)\n" }
        return try ScratchDossier([
            "dossier.yml": config,
            "content/sources/raw.txt": " date 2025-09-18 Mayor Ana Ruiz of Tarrow said on Monday that the bridge would close. \(attack)\n"
                + "<script>alert('line')</script>\n"
                + "Ruiz said the <b>works</b> would last a month. <img src=x onerror=alert(2)>\n",
            "content/sources/page.md": """
                ---
                title: "\(inline)"
                date: 2025-09-19
                outlet: "<img src=x onerror=alert('outlet')>"
                tags: ["<script>alert('tag')</script>", "javascript:alert(1)"]
                description: "<iframe src=x>"
                ---
                # Heading <script>alert('heading')</script>

                Ana Ruiz spoke in Tarrow on Friday. \(attack)

                <div onclick="alert('block')">A raw HTML block.</div>

                <script>
                alert('raw block');
                </script>

                > Quoted <img src=x onerror=alert('quote')> text on Friday.

                - item [x](javascript:alert('list'))
                """,
            "content/notes/note.md": """
                ---
                title: "Note \(inline)"
                date: 2025-09-20
                tags: ["<svg onload=alert('tag')>"]
                event:
                  date: 2025-09-15
                  title: "Event <script>alert('event')</script>"
                  entities: ["Ana Ruiz"]
                ---
                Ana Ruiz again. \(attack)

                <script>alert('note block')</script>

                <p onmouseover="alert('note p')">Raw paragraph.</p>
                """,
            "content/entities/ana-ruiz.md": """
                ---
                name: "Ana Ruiz <script>alert('entity name')</script>"
                aliases: ["<img src=x onerror=alert('alias')>"]
                ---
                Description \(attack)

                <iframe src="https://evil.example/"></iframe>
                """,
        ])
    }

    /// The page of `content/sources/raw.txt`.
    func rawSourcePage(_ files: [String: Data]) -> String? {
        files.keys.sorted().first { $0.hasPrefix("sources/") && files.text($0)?.contains(">content/sources/raw.txt</code>") == true }
    }

    func htmlFindings(_ files: [String: Data], only: ((String) -> Bool)? = nil) -> [String] {
        files.keys.sorted().filter { $0.hasSuffix(".html") && (only?($0) ?? true) }.flatMap { path in
            ExecutableContentScanner.findings(in: files.text(path) ?? "").map { "\(path): \($0)" }
        }
    }

    @Test("the scanner used here finds what it must (so that its silence means something)")
    func scannerFindsAttacks() {
        for attack in Self.attacks.prefix(7) {
            #expect(!ExecutableContentScanner.findings(in: "<p>\(attack)</p>").isEmpty, "\(attack)")
        }
        #expect(!ExecutableContentScanner.findings(in: "<a href=\"  JavaScript&colon;alert(1)\">x</a>").isEmpty)
        #expect(ExecutableContentScanner.findings(in: "<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x javascript:</p>").isEmpty)
        #expect(ExecutableContentScanner.findings(in: "<meta charset=\"utf-8\"><a href=\"../x/index.html\">ok</a>").isEmpty)
    }

    @Test("nothing executable from sources, notes, front matter, entity files or config reaches any page")
    func nothingExecutable() throws {
        let dossier = try Self.hostileDossier()
        defer { dossier.remove() }
        let (files, _) = try dossier.render()
        #expect(files.keys.contains { $0.hasPrefix("entities/ana-ruiz") })
        #expect(files["timeline/index.html"] != nil)
        #expect(htmlFindings(files) == [])
        // The scraped text is kept, escaped, so the reader sees what the page said.
        let raw = try #require(rawSourcePage(files))
        let page = try #require(files.text(raw))
        #expect(page.contains("&lt;script&gt;alert(&#39;line&#39;)&lt;/script&gt;") || page.contains("&lt;script&gt;alert('line')&lt;/script&gt;"))
        // Raw HTML in Markdown is dropped in safe mode.
        let notePage = try #require(files.text("notes/note/index.html"))
        #expect(notePage.contains("raw HTML omitted"))
        #expect(!notePage.contains("Raw paragraph.</p>") || !notePage.contains("onmouseover"))
    }

    @Test("data files escape hostile text for their formats")
    func dataFiles() throws {
        let dossier = try Self.hostileDossier()
        defer { dossier.remove() }
        let (files, _) = try dossier.render()
        let json = try #require(files["data/dossier.json"])
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: json) }
        if let calendar = files.text("data/timeline.ics") {
            #expect(calendar.components(separatedBy: "\r\n").allSatisfy { !$0.hasPrefix("<") })
        }
    }

    @Test("raw HTML in Markdown passes only with unsafe_html: true, which warns at the config key; raw text stays escaped")
    func unsafeHTMLOptIn() throws {
        let dossier = try Self.hostileDossier(unsafeHTML: true)
        defer { dossier.remove() }
        let (files, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root).contains(
            "$ROOT/dossier.yml:3:1: warning: unsafe_html is on: raw HTML in notes and Markdown sources is published as written"))
        // Notes and Markdown sources: raw HTML as written.
        #expect(files.text("notes/note/index.html")?.contains("<p onmouseover=\"alert('note p')\">Raw paragraph.</p>") == true)
        #expect(htmlFindings(files, only: { $0 == "notes/note/index.html" }) != [])
        // Raw scraped text is not Markdown: escaped even now.
        let raw = try #require(rawSourcePage(files))
        #expect(htmlFindings(files, only: { $0 == raw }) == [])
        #expect(files.text(raw)?.contains("<b>works</b>") == false)
        // Values outside Markdown (titles, names, config) stay escaped.
        #expect(htmlFindings(files, only: { $0 == "index.html" || $0 == "sources/index.html" || $0 == "entities/index.html" }) == [])

        // unsafe_html: false (or absent) keeps safe mode and says nothing.
        let safe = try Self.hostileDossier(unsafeHTML: false)
        defer { safe.remove() }
        let (safeFiles, safeWarnings) = try safe.render()
        #expect(!safeWarnings.contains { $0.message.contains("unsafe_html") })
        #expect(htmlFindings(safeFiles) == [])
        // A wrong value is an error at the value.
        let wrong = try ScratchDossier(["dossier.yml": "unsafe_html: sometimes\n"])
        defer { wrong.remove() }
        #expect(wrong.errors() == ["$ROOT/dossier.yml:1:14: error: config key 'unsafe_html' must be true or false"])
    }

    @Test("javascript: and data: addresses in front matter and config are errors at the value")
    func dangerousAddresses() throws {
        for address in ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JAVASCRIPT://example.org/%0aalert(1)", "file:///etc/passwd"] {
            let dossier = try ScratchDossier(["content/sources/a.md": "---\nurl: \"\(address)\"\n---\nText.\n"])
            defer { dossier.remove() }
            #expect(dossier.errors() == ["$ROOT/content/sources/a.md:2:6: error: front matter key 'url' must be an http or https address, not '\(address)'"])
            try dossier.write(["dossier.yml": "base_url: \"\(address)\"\n", "content/sources/a.md": "Text.\n"])
            #expect(dossier.errors() == ["$ROOT/dossier.yml:1:11: error: config key 'base_url' must be an http or https address, not '\(address)'"])
        }
    }

    @Test("no content makes the build write outside the output folder")
    func noWritesOutside() throws {
        let dossier = try ScratchDossier([
            "content/sources/a.txt": " date 2025-09-18 The people of ../../../etc said hello to /root on Monday.\n",
            "content/notes/..%2F..%2Fescape.md": "---\ntitle: ../../../../tmp/escape\n---\nA note.\n",
            "content/notes/-.md": "---\ntitle: /etc/passwd\n---\nAnother note.\n",
            "content/entities/evil.md": "---\nname: ../../../outside\naliases: [/etc/passwd]\n---\nNothing.\n",
        ])
        defer { dossier.remove() }
        let (files, _) = try dossier.render()
        for path in files.keys {
            #expect(!path.hasPrefix("/") && !path.split(separator: "/").contains(".."), "\(path)")
        }
        // The writer itself refuses a path that would leave the output, whatever made it.
        for path in ["../escaped.html", "a/../../escaped.html", "/tmp/escaped.html", "a//b.html", ""] {
            let writer = SiteWriter(output: dossier.root + "/public", displayPath: "public")
            #expect(throws: DossierError.self, "\(path)") { try writer.write([OutputFile(path: path, text: "x")]) }
        }
        #expect(!FileManager.default.fileExists(atPath: dossier.root + "/escaped.html"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escaped.html"))
    }

    @Test("links that point out of content/ are not followed; links inside it are")
    func linksOutOfContent() throws {
        let dossier = try ScratchDossier(["content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n",
                                          "content/notes/inside.md": "A note read through a link inside content.\n",
                                          "outside/secret.txt": " date 2025-09-18 SECRET-FILE text from outside.\n",
                                          "outside/folder/secret.md": "SECRET-FOLDER text from outside.\n"])
        defer { dossier.remove() }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: dossier.content + "/sources/secret.txt", withDestinationPath: "../../outside/secret.txt")
        try manager.createSymbolicLink(atPath: dossier.content + "/notes/folder", withDestinationPath: dossier.root + "/outside/folder")
        try manager.createSymbolicLink(atPath: dossier.content + "/notes/passwd.md", withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: dossier.content + "/sources/linked-note.md", withDestinationPath: "../notes/inside.md")
        let (files, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root).filter { $0.contains("skipped") } == [
            "$ROOT/content/notes/folder: warning: skipped: the link points outside the content folder, to $ROOT/outside/folder",
            "$ROOT/content/notes/passwd.md: warning: skipped: the link points outside the content folder, to /etc/passwd",
            "$ROOT/content/sources/secret.txt: warning: skipped: the link points outside the content folder, to $ROOT/outside/secret.txt",
        ].sorted())
        let all = files.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(!all.contains("SECRET-FILE") && !all.contains("SECRET-FOLDER") && !all.contains("root:x:0:0"))
        #expect(all.contains("A note read through a link inside content."))
        // A kind's folder itself may not lead out either.
        try manager.createSymbolicLink(atPath: dossier.content + "/entities", withDestinationPath: dossier.root + "/outside/folder")
        #expect(try dossier.render().warnings.printed(root: dossier.root).contains(
            "$ROOT/content/entities: warning: skipped: the link points outside the content folder, to $ROOT/outside/folder"))
    }
}
