import Foundation
import Testing
@testable import DossierKit

/// A dossier of an invented story told in Spanish, French and German (Fixtures/timex-story): their
/// dated statements reach the timeline with the right dates, and source pages mark every time
/// expression with its TIMEX3 type and value.
@Suite("Dates in Spanish, French and German on the timeline")
struct TemporalSiteTests {
    let files: [String: Data]
    let events: [[String: Any]]
    let sources: [[String: Any]]

    init() throws {
        files = try TestSupport.render(content: TestSupport.repositoryRoot + "/Tests/DossierKitTests/Fixtures/timex-story")
        let data = try #require(files["data/dossier.json"])
        let export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        events = try #require(export["events"] as? [[String: Any]])
        sources = try #require(export["sources"] as? [[String: Any]])
    }

    /// The dates of the events that a source's statements support.
    func dates(from file: String) throws -> Set<String> {
        let slug = try #require(TestSupport.sourceSlug(files, file: file))
        return Set(events.filter { event in
            ((event["sources"] as? [[String: Any]]) ?? []).contains { $0["source"] as? String == slug }
        }.compactMap { $0["date"] as? String })
    }

    @Test("relative and full dates in each language give the events' dates")
    func timeline() throws {
        let spanish = try dates(from: "01-es-cumbre.txt")
        #expect(spanish.isSuperset(of: ["2025-06-16", "2023", "2025-06-18", "2025-06-21"]), "\(spanish)")
        let french = try dates(from: "02-fr-sommet.txt")
        #expect(french.isSuperset(of: ["2025-06-18", "2024"]), "\(french)")
        let german = try dates(from: "03-de-gipfel.txt")
        #expect(german.isSuperset(of: ["2025-06-18", "2025-06-20", "2023"]), "\(german)")
    }

    @Test("dossier.json lists every expression with its text, sentence, type and value")
    func export() throws {
        let french = try #require(sources.first { ($0["file"] as? String)?.hasSuffix("02-fr-sommet.txt") == true })
        let times = try #require(french["times"] as? [[String: Any]])
        let rows = times.map { "\($0["text"] ?? "")|\($0["type"] ?? "")|\($0["value"] ?? "")" }
        #expect(rows.contains("Avant-hier|DATE|2025-06-18"), "\(rows)")
        #expect(rows.contains("la semaine prochaine|DATE|2025-W26"), "\(rows)")
        #expect(times.allSatisfy { Set($0.keys) == ["text", "sentence", "type", "value"] })
    }

    @Test("pages mark expressions with data-timex; every <time> has a datetime")
    func pages() throws {
        let slug = try #require(TestSupport.sourceSlug(files, file: "02-fr-sommet.txt"))
        let page = try #require(files.text("sources/\(slug)/index.html"))
        #expect(page.contains("data-timex-type=\"DATE\" data-timex=\"2025-W26\""))
        #expect(page.contains("<time class=\"date-expr\" datetime=\"2025-W26\""))
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            var rest = html[...]
            while let range = rest.range(of: "<time") {
                let tag = rest[range.lowerBound...].prefix { $0 != ">" }
                #expect(tag.contains("datetime="), "\(path): \(tag)")
                rest = rest[range.upperBound...]
            }
        }
    }
}
