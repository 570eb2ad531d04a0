import Testing
@testable import DossierKit

@Suite("Front matter")
struct FrontMatterTests {
    func split(_ text: String) throws -> FrontMatterParser.Split {
        try FrontMatterParser.split(text, file: "content/notes/x.md", allowedKeys: FrontMatter.noteKeys)
    }

    func message(_ text: String) -> String? {
        do {
            _ = try split(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("reads title, date, tags and draft, and where the body starts")
    func reads() throws {
        let result = try split("---\ntitle: \"A note\"\ndate: 2025-09-20\ntags: [trade, guide]\ndraft: false\n---\n\nBody text.\n")
        let front = try #require(result.frontMatter)
        #expect(front.title == "A note")
        #expect(front.date == DayDate(iso: "2025-09-20"))
        #expect(front.tags == ["trade", "guide"])
        #expect(front.draft == false)
        #expect(result.body == "\nBody text.\n")
        #expect(result.bodyStartLine == 7)
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a file without front matter is all body")
    func none() throws {
        let result = try split("Just text.\n---\nnot front matter\n")
        #expect(result.frontMatter == nil)
        #expect(result.bodyStartLine == 1)
    }

    @Test("unclosed front matter names line 1")
    func unclosed() {
        #expect(message("---\ntitle: x\nno end\n") == "content/notes/x.md:1:1: error: front matter starts with '---' but has no closing '---' line")
    }

    @Test("invalid YAML names the line and column in the file")
    func invalidYAML() throws {
        let text = try #require(message("---\ntitle: ok\ndate: [2025\n---\nbody\n"))
        #expect(text.hasPrefix("content/notes/x.md:4:"))
        #expect(text.contains("error: front matter is not valid YAML"))
    }

    @Test("wrong types are errors at the value")
    func wrongTypes() {
        #expect(message("---\ndate: yes\n---\n") == "content/notes/x.md:2:7: error: front matter key 'date' must be a date written YYYY-MM-DD, not 'yes'")
        #expect(message("---\ntitle: t\ntags: 5\n---\n") == "content/notes/x.md:3:7: error: front matter key 'tags' must be a list, such as [economy, trade]")
        #expect(message("---\ndraft: maybe\n---\n") == "content/notes/x.md:2:8: error: front matter key 'draft' must be true or false")
        #expect(message("---\ntitle: [a, b]\n---\n") == "content/notes/x.md:2:8: error: front matter key 'title' must be a single line of text")
    }

    @Test("days that do not exist are errors")
    func impossibleDay() {
        #expect(message("---\ndate: 2025-02-30\n---\n") == "content/notes/x.md:2:7: error: front matter key 'date' is '2025-02-30', a day that does not exist")
    }

    @Test("unknown keys are warnings with a suggestion")
    func unknownKey() throws {
        let result = try split("---\ntitel: x\n---\nbody\n")
        #expect(result.diagnostics.map(\.description) == ["content/notes/x.md:2:1: warning: unknown front matter key 'titel' is ignored (did you mean 'title'?)"])
    }

    @Test("slugs may not hold path separators or parent references")
    func slugs() throws {
        #expect(message("---\nslug: ../../etc\n---\n")?.contains("must be a single name") == true)
        #expect(message("---\nslug: a/b\n---\n")?.contains("must be a single name") == true)
        #expect(message("---\nslug: \"???\"\n---\n")?.contains("no letters or digits") == true)
        #expect(try split("---\nslug: Mon Été\n---\n").frontMatter?.slug == "mon-ete")
    }

    @Test("source urls must be web addresses")
    func urls() throws {
        let keys = FrontMatter.sourceKeys
        #expect(throws: DossierError.self) {
            try FrontMatterParser.split("---\nurl: javascript:alert(1)\n---\n", file: "s.md", allowedKeys: keys)
        }
        let ok = try FrontMatterParser.split("---\nurl: https://example.org/a\n---\n", file: "s.md", allowedKeys: keys)
        #expect(ok.frontMatter?.url == "https://example.org/a")
    }

    @Test("duplicate keys are an error")
    func duplicates() {
        #expect(message("---\ntitle: a\ntitle: b\n---\n")?.contains("'title' appears twice") == true)
    }
}

@Suite("Date line")
struct DateLineTests {
    @Test("a leading date line is read and removed")
    func leading() throws {
        let result = try DateLine.strip(from: " date 2025-09-19 Canada and Mexico have promised", file: "f", line: 1)
        #expect(result.date == DayDate(iso: "2025-09-19"))
        #expect(result.rest == "Canada and Mexico have promised")
    }

    @Test("text that merely starts with 'date' is left alone")
    func notADateLine() throws {
        #expect(try DateLine.strip(from: "date palms grow here", file: "f", line: 1).date == nil)
        #expect(try DateLine.strip(from: "Dates were set.", file: "f", line: 1).date == nil)
    }

    @Test("an impossible date line is an error with its column")
    func impossible() {
        #expect(throws: DossierError.self) { try DateLine.strip(from: " date 2025-02-30 Text", file: "f.txt", line: 1) }
        do {
            _ = try DateLine.strip(from: " date 2025-02-30 Text", file: "f.txt", line: 1)
        } catch {
            #expect("\(error)" == "f.txt:1:7: error: date line gives '2025-02-30', which is not a valid YYYY-MM-DD day")
        }
    }
}
