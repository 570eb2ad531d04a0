import Foundation
import Testing
@testable import DossierKit

/// The timeline of the sample dossier, as the export, the pages and the calendar give it.
@Suite("Timeline of the sample dossier")
struct SampleTimelineTests {
    let files: [String: Data]
    let export: [String: Any]
    let events: [[String: Any]]
    let sources: [String: [String: Any]]

    init() throws {
        files = try TestSupport.render(content: TestSupport.sampleContent, config: TestSupport.sampleConfig)
        let data = try #require(files["data/dossier.json"])
        export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        events = try #require(export["events"] as? [[String: Any]])
        let list = try #require(export["sources"] as? [[String: Any]])
        sources = Dictionary(uniqueKeysWithValues: list.compactMap { source in
            (source["file"] as? String).map { (($0 as NSString).lastPathComponent, source) }
        })
    }

    func entities(_ event: [String: Any]) -> Set<String> { Set(event["entities"] as? [String] ?? []) }
    func sourceIDs(_ event: [String: Any]) -> Set<String> {
        Set((event["sources"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String })
            .union((event["conflicts"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String })
    }

    @Test("every source is dated, and says how")
    func sourceDates() throws {
        #expect(sources["000_ba66c6bd10674d4e.txt"]?["date"] as? String == "2025-09-19")
        #expect(sources["000_ba66c6bd10674d4e.txt"]?["dateOrigin"] as? String == "date line")
        let embedded = try #require(sources["002_079aa153d1d6b4e5.txt"])
        #expect(embedded["date"] as? String == "2025-09-18")
        #expect((embedded["dateReason"] as? String)?.contains("embedded post") == true)
        for file in ["001_14be618f68c7eb73.txt", "004_9a5847f96b68b87a.txt"] {
            #expect(sources[file]?["date"] as? String == "2025-09-18")
            #expect((sources[file]?["dateReason"] as? String)?.contains("same event on Thursday") == true, "\(file)")
        }
        #expect((sources["003_f06eaa97497e30ce.txt"]?["dateReason"] as? String)?.contains("another weekday") == true)
    }

    @Test("the G-7 meeting in June 2025")
    func june() {
        #expect(events.contains { $0["date"] as? String == "2025-06" && entities($0).contains("g-7-summit") && entities($0).contains("mark-carney") })
    }

    @Test("the August 2025 visits: the two ministers, then the Alberta premier a week later")
    func august() {
        let august = events.filter { $0["date"] as? String == "2025-08" }
        #expect(august.contains { entities($0).isSuperset(of: ["anita-anand", "francois-philippe-champagne"]) })
        #expect(august.contains { entities($0).contains("danielle-smith") })
    }

    @Test("the visit on 18 September 2025, in all five sources, with the Wednesday source disagreeing")
    func visit() throws {
        let visit = try #require(events.first { $0["date"] as? String == "2025-09-18" && entities($0).contains("mark-carney") && sourceIDs($0).count == 5 })
        #expect(visit["precision"] as? String == "day")
        let conflicts = try #require(visit["conflicts"] as? [[String: Any]])
        #expect(conflicts.count == 1)
        #expect(conflicts.first?["phrase"] as? String == "Wednesday")
        #expect(conflicts.first?["date"] as? String == "2025-09-17")
        let wednesdaySource = try #require(sources["003_f06eaa97497e30ce.txt"]?["id"] as? String)
        #expect(conflicts.first?["source"] as? String == wednesdaySource)
    }

    @Test("the USMCA review in 2026, expected")
    func review() throws {
        let review = try #require(events.first { $0["date"] as? String == "2026" && entities($0).contains("united-states-mexico-canada-agreement") })
        #expect(review["future"] as? Bool == true)
        #expect(sourceIDs(review).count >= 3)
    }

    @Test("every event cites sentences that exist, in order, and nothing before the sources is expected")
    func citations() throws {
        var previous = ""
        for event in events {
            let date = try #require(event["date"] as? String)
            #expect(previous <= date, "events out of order")
            previous = date
            for citation in event["sources"] as? [[String: Any]] ?? [] {
                let page = "sources/\(citation["source"] as? String ?? "")/index.html"
                let html = try #require(files.text(page), "\(page)")
                #expect(html.contains("id=\"\(citation["sentence"] as? String ?? "")\""))
            }
            if date < "2025-09-19" { #expect(event["future"] as? Bool == false) }
        }
    }

    @Test("the timeline page: a chart with a text equivalent, years and months, entities and citations")
    func page() throws {
        let html = try #require(files.text("timeline/index.html"))
        #expect(html.contains("<svg class=\"timeline-chart\""))
        // Not role="img": that would hide the marks' links from screen readers.
        #expect(html.contains("aria-labelledby=\"timeline-chart-title\" aria-describedby=\"timeline-chart-desc\""))
        #expect(html.contains("<desc id=\"timeline-chart-desc\">"))
        #expect(html.contains("<h2 id=\"year-2025\">2025</h2>"))
        #expect(html.contains("<h3>June 2025</h3>"))
        #expect(html.contains("<h3>September 2025</h3>"))
        #expect(html.contains("<time datetime=\"2025-09-18\">18 September 2025</time>"))
        #expect(html.contains("<span class=\"badge\">expected</span>"))
        #expect(html.contains("Sources disagree on the date"))
        #expect(html.components(separatedBy: "<li class=\"event").count - 1 == events.count)
    }

    @Test("source pages mark date expressions with their value; home and entity pages show events")
    func slices() throws {
        let page = try #require(files.keys.first { $0.hasPrefix("sources/") && files.text($0)?.contains("(date line)") == true })
        let html = try #require(files.text(page))
        #expect(html.contains("<time class=\"date-expr\" datetime=\"2025-09-18\" data-timex-type=\"DATE\" data-timex=\"2025-09-18\" title=\"18 September 2025 (2025-09-18)\" data-value=\"18 September 2025 (2025-09-18)\" tabindex=\"0\">Thursday</time>"))
        #expect(html.contains("data-value=\"2026\" tabindex=\"0\">next year</time>"))
        #expect(try #require(files.text("index.html")).contains("Key events"))
        #expect(try #require(files.text("entities/mark-carney/index.html")).contains("<h2 id=\"events-heading\">Events</h2>"))
    }

    @Test("the calendar export: one all-day event per event, folded lines, CRLF")
    func calendar() throws {
        let ics = try #require(files.text("data/timeline.ics"))
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == events.count)
        #expect(ics.contains("DTSTART;VALUE=DATE:20250918\r\nDTEND;VALUE=DATE:20250919\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20270101\r\n"))
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }
}

/// A different story with its own relative dates: nothing of the sample in it.
@Suite("Timeline of another story")
struct OtherTimelineTests {
    let export: [String: Any]

    init() throws {
        let content = TestSupport.repositoryRoot + "/Tests/DossierKitTests/Fixtures/timeline-story"
        let files = try TestSupport.render(content: content)
        let data = try #require(files["data/dossier.json"])
        export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    var events: [[String: Any]] { export["events"] as? [[String: Any]] ?? [] }

    func event(_ date: String, with entity: String) -> [String: Any]? {
        events.first { $0["date"] as? String == date && ($0["entities"] as? [String] ?? []).contains(entity) }
    }

    @Test("the walkout on Thursday 7 March 2024, in two sources; the undated one is dated by it")
    func walkout() throws {
        let walkout = try #require(event("2024-03-07", with: "port-of-antwerp"))
        #expect(Set((walkout["sources"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }).count == 2)
        let sources = try #require(export["sources"] as? [[String: Any]])
        let undated = try #require(sources.first { ($0["file"] as? String)?.hasSuffix("ships-wait-at-anchor.txt") == true })
        #expect(undated["date"] as? String == "2024-03-07")
        #expect(undated["dateOrigin"] as? String == "inferred")
    }

    @Test("last month, a week later, Sunday, the coming April, and an editor's event from a note")
    func relativeDates() throws {
        #expect(event("2024-02", with: "pieter-de-smet") != nil)
        let offer = try #require(events.first { $0["date"] as? String == "2024-02" && ($0["title"] as? String)?.contains("3 percent") == true })
        #expect((offer["entities"] as? [String])?.contains("antwerp-port-authority") == true)
        #expect(event("2024-03-10", with: "pieter-de-smet") != nil)
        let april = try #require(events.first { $0["date"] as? String == "2024-04" })
        #expect(april["future"] as? Bool == true)
        let editors = try #require(events.first { $0["date"] as? String == "2019-06" })
        #expect(editors["title"] as? String == "Two-day stoppage halts container traffic at the Port of Antwerp")
        #expect(editors["note"] as? String == "background")
        #expect(editors["entities"] as? [String] == ["port-of-antwerp"])
    }
}

@Suite("Events in notes' front matter")
struct NoteEventTests {
    @Test("an event needs a date at a known precision and a title")
    func errors() {
        let keys = FrontMatter.noteKeys
        #expect(throws: DossierError.self) {
            try FrontMatterParser.split("---\nevent:\n  date: June 2025\n  title: x\n---\n", file: "n.md", allowedKeys: keys)
        }
        do {
            _ = try FrontMatterParser.split("---\ntitle: t\nevent:\n  date: 2025-13\n  title: x\n---\n", file: "n.md", allowedKeys: keys)
        } catch {
            #expect("\(error)" == "n.md:4:9: error: front matter key 'event.date' must be YYYY, YYYY-MM or YYYY-MM-DD, not '2025-13'")
        }
        #expect(throws: DossierError.self) { try FrontMatterParser.split("---\nevent: {date: 2025}\n---\n", file: "n.md", allowedKeys: keys) }
    }

    @Test("a valid event")
    func valid() throws {
        let split = try FrontMatterParser.split("---\nevent: {date: 2025-06-16, title: \"Leaders meet\", entities: [A, B]}\n---\n",
                                                file: "n.md", allowedKeys: FrontMatter.noteKeys)
        let event = try #require(split.frontMatter?.event)
        #expect(event.value.iso == "2025-06-16")
        #expect(event.title == "Leaders meet")
        #expect(event.entities == ["A", "B"])
    }
}

/// A scraped page without a date that tells its days: it is dated by the latest day it tells of as past,
/// a weekday fixing the year of a day written without one, and its statements reach the timeline.
@Suite("An undated source dated by the days it tells of")
struct SelfDatedSourceTests {
    let export: [String: Any]

    init() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write([
            "sources/bridge-en.md": """
                ---
                title: Talvik bridge reopens to pedestrians
                date: 2031-03-12
                ---

                The Talvik bridge in Norvia collapsed on Monday, Mayor Amelia Strand said.
                """,
            "sources/puente-es.txt": """
                El puente de Talvik se derrumbó

                El puente de Talvik se derrumbó el lunes 10 de marzo, según la alcaldesa Amelia Strand.

                El martes 11 de marzo los ingenieros de Kestrel Ingeniería inspeccionaron los restos del puente de Talvik.

                La reapertura del puente de Talvik será el lunes 20 de octubre, anunció Amelia Strand.
                """,
        ], under: root)
        let files = try TestSupport.render(content: root)
        let data = try #require(files["data/dossier.json"])
        export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("dated by its latest past day, not by the reopening it announces")
    func sourceDate() throws {
        let sources = try #require(export["sources"] as? [[String: Any]])
        let spanish = try #require(sources.first { ($0["file"] as? String)?.hasSuffix("puente-es.txt") == true })
        #expect(spanish["date"] as? String == "2031-03-11")
        #expect(spanish["dateOrigin"] as? String == "inferred")
        #expect((spanish["dateReason"] as? String)?.contains("martes 11 de marzo") == true)
    }

    @Test("its days reach the timeline with their year: the collapse, the inspection, the reopening")
    func statements() throws {
        let events = try #require(export["events"] as? [[String: Any]])
        let dates = Set(events.compactMap { $0["date"] as? String })
        #expect(dates.isSuperset(of: ["2031-03-10", "2031-03-11", "2031-10-20"]), "\(dates.sorted())")
    }

    @Test("a source that stays undated still dates a day whose weekday fixes its year, future or past, on its page and timeline")
    func weekdayFixedDayInUndatedSource() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write([
            "sources/dated.md": "---\ntitle: Harbour board meets\ndate: 2031-03-12\n---\n\nThe Talvik harbour board met on Monday.\n",
            // Nothing it tells of is past and it shares no entity with a dated source, so nothing dates it; its
            // announced day needs no date of its own.
            "sources/undated.txt": "Council vote announced\n\nThe Brenmoor council will vote on Wednesday, April 9, Mayor Ines Varga said.\n",
        ], under: root)
        let files = try TestSupport.render(content: root)
        let data = try #require(files["data/dossier.json"])
        let export = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sources = try #require(export["sources"] as? [[String: Any]])
        let undated = try #require(sources.first { ($0["file"] as? String)?.hasSuffix("undated.txt") == true })
        #expect(undated["date"] == nil || undated["date"] is NSNull)
        let times = try #require(undated["times"] as? [[String: Any]])
        #expect(times.contains { $0["text"] as? String == "Wednesday, April 9" && $0["value"] as? String == "2031-04-09" }, "\(times)")
        let events = try #require(export["events"] as? [[String: Any]])
        #expect(events.contains { $0["date"] as? String == "2031-04-09" })
        // Where two years of the span fit (or none), nothing is fixed.
        let expression = TemporalExpression(form: .day(year: nil, month: 3, day: 10), phrase: "miércoles 10 de marzo", sentence: 1,
                                            start: 0, end: 21, kind: .partial, derivation: "", weekday: 3, isFuture: true)
        #expect(TimelineBuilder.weekdayFixedDays([expression], years: 2026...2032).positions.isEmpty)
        #expect(TimelineBuilder.weekdayFixedDays([expression], years: 2030...2031).positions.isEmpty)
    }

    @Test("a weekday that fits no year of the corpus, or two, fixes nothing")
    func ambiguousWeekday() {
        let expression = TemporalExpression(form: .day(year: nil, month: 3, day: 10), phrase: "miércoles 10 de marzo", sentence: 1,
                                            start: 0, end: 21, kind: .partial, derivation: "", weekday: 3, isFuture: false)
        #expect(TimelineBuilder.latestToldDay([expression], years: 2030...2031) == nil)  // a Sunday and a Monday
        #expect(TimelineBuilder.latestToldDay([expression], years: 2026...2032) == nil)  // 2027 and 2032
        let fitting = TemporalExpression(form: .day(year: nil, month: 3, day: 10), phrase: "lunes 10 de marzo", sentence: 1,
                                         start: 0, end: 17, kind: .partial, derivation: "", weekday: 1, isFuture: false)
        #expect(TimelineBuilder.latestToldDay([fitting], years: 2030...2032)?.0 == DayDate(year: 2031, month: 3, day: 10))
        #expect(TimelineBuilder.latestToldDay([fitting], years: nil) == nil)
    }
}
