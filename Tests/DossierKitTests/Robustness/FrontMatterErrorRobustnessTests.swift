import Foundation
import Testing
@testable import DossierKit

/// Broken front matter stops the build with an error at the file, line and column of the
/// problem; unknown keys only warn.
@Suite("Robustness: front matter errors")
struct FrontMatterErrorRobustnessTests {
    /// The errors of a whole build of one note with `text`.
    func errors(note text: String, name: String = "x.md") throws -> [String] {
        let dossier = try ScratchDossier(["content/notes/" + name: text])
        defer { dossier.remove() }
        return dossier.errors()
    }

    @Test("an unclosed '---' is an error at line 1")
    func unclosed() throws {
        #expect(try errors(note: "---\ntitle: Open\ndate: 2025-09-18\n\nThe note goes on.\n") == [
            "$ROOT/content/notes/x.md:1:1: error: front matter starts with '---' but has no closing '---' line",
        ])
    }

    @Test("invalid YAML is an error at the line and column where the YAML breaks")
    func invalidYAML() throws {
        #expect(try errors(note: "---\ntitle: ok\ntags: [a, b\n---\nBody.\n") == [
            "$ROOT/content/notes/x.md:4:1: error: front matter is not valid YAML: did not find expected ',' or ']'",
        ])
        #expect(try errors(note: "---\ntitle: \"unterminated\n---\nBody.\n").first?.hasPrefix("$ROOT/content/notes/x.md:") == true)
        #expect(try errors(note: "---\n- a list\n- not a mapping\n---\nBody.\n") == [
            "$ROOT/content/notes/x.md:2:1: error: front matter must be a list of 'key: value' lines",
        ])
    }

    @Test("values of the wrong type are errors at the value")
    func wrongTypes() throws {
        #expect(try errors(note: "---\ntitle: T\ndate: yes\n---\nBody.\n") == [
            "$ROOT/content/notes/x.md:3:7: error: front matter key 'date' must be a date written YYYY-MM-DD, not 'yes'",
        ])
        #expect(try errors(note: "---\ntags: 5\n---\nBody.\n") == [
            "$ROOT/content/notes/x.md:2:7: error: front matter key 'tags' must be a list, such as [economy, trade]",
        ])
        #expect(try errors(note: "---\ndraft: 3\n---\nBody.\n") == [
            "$ROOT/content/notes/x.md:2:8: error: front matter key 'draft' must be true or false",
        ])
        #expect(try errors(note: "---\ntitle: {a: b}\n---\nBody.\n") == [
            "$ROOT/content/notes/x.md:2:8: error: front matter key 'title' must be a single line of text",
        ])
    }

    @Test("dates that do not exist are errors")
    func impossibleDates() throws {
        for day in ["2025-02-30", "2025-13-01", "2023-02-29", "2025-04-31"] {
            #expect(try errors(note: "---\ndate: \(day)\n---\nBody.\n") == [
                "$ROOT/content/notes/x.md:2:7: error: front matter key 'date' is '\(day)', a day that does not exist",
            ])
        }
        // A leap day that exists is fine.
        #expect(try errors(note: "---\ndate: 2024-02-29\n---\nBody.\n").isEmpty)
    }

    @Test("unknown keys are warnings at the key, with a suggestion, and the build goes on")
    func unknownKeys() throws {
        let dossier = try ScratchDossier(["content/notes/x.md": "---\ntitel: T\ncolour: red\n---\nBody.\n"])
        defer { dossier.remove() }
        let (files, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root) == [
            "$ROOT/content/notes/x.md:2:1: warning: unknown front matter key 'titel' is ignored (did you mean 'title'?)",
            "$ROOT/content/notes/x.md:3:1: warning: unknown front matter key 'colour' is ignored",
        ])
        #expect(files["notes/x/index.html"] != nil)
    }

    @Test("a slug with '/', '\\' or '..', or with nothing left after slugging, is an error at the value")
    func badSlugs() throws {
        for slug in ["a/b", "../../etc", "..", "a\\\\b"] {
            #expect(try errors(note: "---\nslug: \"\(slug)\"\n---\nBody.\n") == [
                "$ROOT/content/notes/x.md:2:7: error: front matter key 'slug' must be a single name, without '/', '\\' or '..'",
            ])
        }
        #expect(try errors(note: "---\nslug: \"!!! ???\"\n---\nBody.\n") == [
            "$ROOT/content/notes/x.md:2:7: error: front matter key 'slug' '!!! ???' has no letters or digits left to make a page name",
        ])
    }

    @Test("two files with the same slug are an error naming both")
    func duplicateSlugs() throws {
        let dossier = try ScratchDossier([
            "content/notes/a.md": "---\nslug: same\n---\nFirst.\n",
            "content/notes/b.md": "---\nslug: Same\n---\nSecond.\n",
        ])
        defer { dossier.remove() }
        let errors = dossier.errors()
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("$ROOT/content/notes/b.md: error: slug 'same' is already used by") == true)
        #expect(errors.first?.contains("content/notes/a.md") == true)
        // Derived slugs that clash are numbered instead.
        let derived = try ScratchDossier(["content/notes/same.md": "One.\n", "content/notes/sub/same.md": "Two.\n"])
        defer { derived.remove() }
        let files = try derived.render().files
        #expect(files["notes/same/index.html"] != nil && files["notes/same-2/index.html"] != nil)
    }

    @Test("errors in several files are all reported, in path order")
    func severalErrors() throws {
        let dossier = try ScratchDossier([
            "content/notes/a.md": "---\ndate: 2025-02-30\n---\nA.\n",
            "content/sources/b.md": "---\ntags: 5\n---\nB.\n",
            "content/sources/c.txt": "---\nunclosed: true\n",
        ])
        defer { dossier.remove() }
        #expect(dossier.errors().sorted() == [
            "$ROOT/content/notes/a.md:2:7: error: front matter key 'date' is '2025-02-30', a day that does not exist",
            "$ROOT/content/sources/b.md:2:7: error: front matter key 'tags' must be a list, such as [economy, trade]",
            "$ROOT/content/sources/c.txt:1:1: error: front matter starts with '---' but has no closing '---' line",
        ])
    }
}
