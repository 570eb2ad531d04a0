import Testing
@testable import DossierKit

/// The temporal tagger on sentences of its own, against a reference date of Friday 14 March 2025.
@Suite("Date expressions")
struct TemporalTaggerTests {
    let friday = DayDate(iso: "2025-03-14")

    func tag(_ texts: [String], reference: DayDate? = DayDate(iso: "2025-03-14")) -> [TemporalExpression] {
        let sentences = texts.enumerated().map { Sentence(ordinal: $0 + 1, text: $1, line: 1) }
        return TemporalTagger().tag(sentences, reference: reference)
    }

    func values(_ text: String, reference: DayDate? = DayDate(iso: "2025-03-14")) -> [String] {
        tag([text], reference: reference).map { ($0.phrase) + "=" + ($0.value?.iso ?? "?") }
    }

    @Test("the weekday arithmetic is right")
    func weekdays() throws {
        let date = try #require(friday)
        #expect(date.weekday == 5)
        #expect(DayDate(iso: "2025-09-18")?.weekday == 4)
        #expect(date.adding(days: 20).iso == "2025-04-03")
        #expect(DayDate(ordinal: date.ordinal) == date)
        #expect(DayDate(iso: "2024-12-31")?.adding(days: 1).iso == "2025-01-01")
    }

    @Test("full dates in English forms")
    func fullDates() {
        #expect(values("It opened on September 18, 2025, in Lima.") == ["September 18, 2025=2025-09-18"])
        #expect(values("It opened on Sept. 18, 2025.") == ["Sept. 18, 2025=2025-09-18"])
        #expect(values("It opened on 18 September 2025.") == ["18 September 2025=2025-09-18"])
        #expect(values("It closes 2025-11-02.") == ["2025-11-02=2025-11-02"])
    }

    @Test("a day without its year takes the year that puts it before the article, or after for the future")
    func partialDays() {
        #expect(values("The vote was on Dec. 28.") == ["Dec. 28=2024-12-28"])
        #expect(values("The vote was on March 2.") == ["March 2=2025-03-02"])
        #expect(values("The vote will be on Jan. 9.") == ["Jan. 9=2026-01-09"])
    }

    @Test("months and years")
    func monthsAndYears() {
        #expect(values("Talks began in June 2024.") == ["June 2024=2024-06"])
        #expect(values("Talks began in June.") == ["June=2024-06"])
        #expect(values("Talks began in February.") == ["February=2025-02"])
        #expect(values("Talks ended last March.") == ["last March=2024-03"])
        #expect(values("Talks will resume in June.") == ["June=2025-06"])
        #expect(values("Trade fell in 2024.") == ["2024=2024"])
        #expect(values("The 2026 review looms.") == ["2026=2026"])
    }

    @Test("weekdays: the latest before the article's date, or the next one in the future tense")
    func weekdayExpressions() {
        #expect(values("She arrived on Thursday.") == ["Thursday=2025-03-13"])
        #expect(values("She arrived on Friday.") == ["Friday=2025-03-14"])
        #expect(values("She arrived on Monday.") == ["Monday=2025-03-10"])
        #expect(values("She will arrive on Monday.") == ["Monday=2025-03-17"])
        #expect(values("She arrived last Friday.") == ["last Friday=2025-03-07"])
    }

    @Test("relative expressions")
    func relative() {
        #expect(values("Prices rose last month.") == ["last month=2025-02"])
        #expect(values("A vote is due next year.") == ["next year=2026"])
        #expect(values("Hearings began this week.") == ["this week=2025-03-10/2025-03-14"])
        #expect(values("Hearings began earlier this week.") == ["earlier this week=2025-03-10/2025-03-13"])
        #expect(values("Meetings are set for the coming months.") == ["coming months=2025-03-15/2025-06-14"])
        #expect(values("Comments run through the end of the year.") == ["through the end of the year=2025-03-14/2025-12-31"])
        #expect(values("It rained yesterday.") == ["yesterday=2025-03-13"])
        #expect(values("Turnout was low last year.") == ["last year=2024"])
    }

    @Test("discourse-relative expressions count from the statement before")
    func discourse() {
        let tagged = tag(["Last month, the minister visited.", "A week later, the premier followed.", "Two days later, talks ended."])
        #expect(tagged.map { $0.value?.iso ?? "?" } == ["2025-02", "2025-02", "2025-02"])
        let days = tag(["The storm hit on March 2.", "A week later, the river crested.", "The next day, it fell."])
        #expect(days.map { $0.value?.iso ?? "?" } == ["2025-03-02", "2025-03-09", "2025-03-10"])
    }

    @Test("durations, ages, amounts and plain words are not dates")
    func notDates() {
        #expect(values("It is the first visit in eight years.").isEmpty)
        #expect(values("Growth over the next three decades is likely.").isEmpty)
        #expect(values("The fund holds $2024 and 2,000 bonds, and the bill may pass.").isEmpty)
        #expect(values("Workers will march to the square.").isEmpty)
        #expect(values("A 50-year-old man was hurt.").isEmpty)
    }

    @Test("without the article's date, relative expressions stay unresolved but absolute ones resolve")
    func undated() {
        let tagged = tag(["It happened last month, on Thursday, in 2024."], reference: nil)
        #expect(tagged.map(\.phrase) == ["last month", "Thursday", "2024"])
        #expect(tagged.map { $0.value?.iso } == [nil, nil, "2024"])
        #expect(tagged[1].weekday == 4)
    }
}
