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

    /// "phrase=TYPE:TIMEX3 value" for every expression of a sentence in a language.
    func timex(_ text: String, _ language: Language = .en) -> [String] {
        let sentences = [Sentence(ordinal: 1, text: text, line: 1)]
        return TemporalTagger(language: language).tag(sentences, reference: friday).map { "\($0.phrase)=\($0.type.rawValue):\($0.timex ?? "?")" }
    }

    /// The dates and times only (not durations or sets).
    func dates(_ text: String) -> [String] {
        tag([text]).filter(\.isCalendarDate).map(\.phrase)
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
        // In parentheses, the tense of the clause around them; a verb far after a fronted day.
        #expect(values("\"The envoy will leave at dawn (6 a.m. Monday),\" the minister said.") == ["6 a.m. Monday=2025-03-17"])
        #expect(values("On Tuesday, the National Union of Harbour and Dock Workers of the North plans to strike.") == ["Tuesday=2025-03-18"])
    }

    @Test("relative expressions take TIMEX3's units: weeks, weekends, months, years")
    func relative() {
        #expect(timex("Prices rose last month.") == ["last month=DATE:2025-02"])
        #expect(timex("A vote is due next year.") == ["next year=DATE:2026"])
        #expect(timex("Hearings began this week.") == ["this week=DATE:2025-W11"])
        #expect(timex("Hearings began earlier this week.") == ["earlier this week=DATE:2025-W11"])
        #expect(timex("Hearings began last week.") == ["last week=DATE:2025-W10"])
        #expect(timex("It rained over the weekend.") == ["the weekend=DATE:2025-W10-WE"])
        #expect(timex("They will rest this weekend.") == ["this weekend=DATE:2025-W11-WE"])
        #expect(timex("It rained yesterday.") == ["yesterday=DATE:2025-03-13"])
        #expect(timex("Turnout was low last year.") == ["last year=DATE:2024"])
        #expect(timex("Comments run through the end of the year.") == ["the end of the year=DATE:2025"])
        #expect(timex("Talks resume early next month.") == ["early next month=DATE:2025-04"])
        #expect(timex("A vote is expected later this year.") == ["later this year=DATE:2025"])
        #expect(timex("He left four years ago.") == ["four years ago=DATE:2021"])
        #expect(timex("He left two weeks ago.") == ["two weeks ago=DATE:2025-W09"])
        #expect(timex("Sales fell in the third quarter.") == ["the third quarter=DATE:2024-Q3"])
        #expect(timex("First-quarter sales will rise.") == ["First-quarter=DATE:2025-Q1"])
        #expect(timex("Sales rose in the first half of 2024.") == ["the first half of 2024=DATE:2024-H1"])
        #expect(timex("It was dry last summer.") == ["last summer=DATE:2024-SU"])
        #expect(timex("Prices soared in the 1990s.") == ["the 1990s=DATE:199"])
        #expect(timex("It shaped the 20th century.") == ["the 20th century=DATE:19"])
        #expect(timex("Profit rose in fiscal 2024.") == ["fiscal 2024=DATE:2024"])
        #expect(timex("July last year was hot.") == ["July last year=DATE:2024-07"])
    }

    @Test("references: now, the past, the future")
    func references() {
        #expect(timex("Prices are high now.") == ["now=DATE:PRESENT_REF"])
        #expect(timex("He is currently abroad.") == ["currently=DATE:PRESENT_REF"])
        #expect(timex("She recently resigned.") == ["recently=DATE:PAST_REF"])
        #expect(timex("It may change in the future.") == ["the future=DATE:FUTURE_REF"])
        #expect(timex("Meetings are set for the coming months.") == ["the coming months=DATE:FUTURE_REF"])
        #expect(timex("He left several years ago.") == ["several years ago=DATE:PAST_REF"])
    }

    @Test("times and parts of the day")
    func times() {
        #expect(timex("She spoke on Friday afternoon.") == ["Friday afternoon=TIME:2025-03-14TAF"])
        #expect(timex("The polls closed at 8 p.m.") == ["8 p.m.=TIME:2025-03-14T20:00"])
        #expect(timex("Talks will open at 15:00 GMT Saturday.") == ["15:00 GMT Saturday=TIME:2025-03-15T15:00"])
        #expect(timex("They met at noon Thursday.") == ["noon Thursday=TIME:2025-03-13T12:00"])
        #expect(timex("The deal was signed this morning.") == ["this morning=TIME:2025-03-14TMO"])
        #expect(timex("Shots were heard last night.") == ["last night=TIME:2025-03-13TNI"])
    }

    @Test("discourse-relative expressions count from the statement before")
    func discourse() {
        let tagged = tag(["Last month, the minister visited.", "A week later, the premier followed.", "Two days later, talks ended."])
        #expect(tagged.map { $0.timex ?? "?" } == ["2025-02", "2025-02", "2025-02"])
        let days = tag(["The storm hit on March 2.", "A week later, the river crested.", "The next day, it fell."])
        #expect(days.map { $0.timex ?? "?" } == ["2025-03-02", "2025-03-09", "2025-03-10"])
        let quarters = tag(["Profit rose in the third quarter of 2024, from $5 million a year earlier."])
        #expect(quarters.map { $0.timex ?? "?" } == ["2024-Q3", "2023-Q3"])
        #expect(tag(["In 2020 the club moved.", "Two years later it closed."]).map { $0.timex ?? "?" } == ["2020", "2022"])
    }

    @Test("durations and sets have values but no place on the timeline")
    func durationsAndSets() {
        #expect(timex("He served five years in office.") == ["five years=DURATION:P5Y"])
        #expect(timex("It was a week-long visit.") == ["a week-long=DURATION:P1W"])
        #expect(timex("They meet every Monday.") == ["every Monday=SET:XXXX-WXX-1"])
        #expect(timex("The report is published annually.") == ["annually=SET:P1Y"])
        #expect(tag(["He served five years."]).allSatisfy { $0.value == nil && !$0.isCalendarDate })
    }

    @Test("durations, ages, amounts, counts and plain words are not dates")
    func notDates() {
        #expect(dates("It is the first visit in eight years.").isEmpty)
        #expect(dates("Growth over the next three decades is likely.").isEmpty)
        #expect(dates("The fund holds $2024 and 2,000 bonds, and the bill may pass.").isEmpty)
        #expect(dates("Workers will march to the square.").isEmpty)
        #expect(dates("A 50-year-old man was hurt.").isEmpty)
        #expect(dates("Some 58 people were hurt.").isEmpty)
        #expect(dates("The meeting was in room 2020.").isEmpty)
        #expect(dates("They launched the Orion 1980 venture.").isEmpty)
        #expect(timex("It is a 2020 law.") == ["2020=DATE:2020"])
    }

    @Test("Spanish: CLDR names, day-first dates, relative forms")
    func spanish() {
        #expect(timex("El acuerdo se firmó el 18 de septiembre de 2025.", .es) == ["18 de septiembre de 2025=DATE:2025-09-18"])
        #expect(timex("El martes 18 de febrero se confirmó el diagnóstico.", .es) == ["martes 18 de febrero=DATE:2025-02-18"])
        #expect(timex("La ley entró en vigor el 18/09/2024.", .es) == ["18/09/2024=DATE:2024-09-18"])
        #expect(timex("Hace dos años el club ganó la liga.", .es) == ["Hace dos años=DATE:2023"])
        #expect(timex("Llegó el pasado jueves a Roma.", .es) == ["pasado jueves=DATE:2025-03-13"])
        #expect(timex("Mañana habrá elecciones.", .es) == ["Mañana=DATE:2025-03-15"])
        #expect(timex("Habló ayer por la tarde.", .es) == ["ayer por la tarde=TIME:2025-03-13TAF"])
        #expect(timex("La reunión fue la semana pasada.", .es) == ["la semana pasada=DATE:2025-W10"])
        #expect(timex("Habrá otra el año que viene.", .es) == ["el año que viene=DATE:2026"])
        #expect(timex("Ahora vive en Lima.", .es) == ["Ahora=DATE:PRESENT_REF"])
        #expect(timex("Gobernó cinco años.", .es) == ["cinco años=DURATION:P5Y"])
        #expect(timex("Se reúnen todos los lunes.", .es) == ["todos los lunes=SET:XXXX-WXX-1"])
        #expect(timex("Lo dijo Plácido Domingo.", .es).isEmpty)
    }

    @Test("French: CLDR names, day-first dates, relative forms")
    func french() {
        #expect(timex("Il est arrivé le jeudi 18 septembre.", .fr) == ["jeudi 18 septembre=DATE:2024-09-18"])
        #expect(timex("Le pape est décédé le 21 avril 2025.", .fr) == ["21 avril 2025=DATE:2025-04-21"])
        #expect(timex("Les ventes ont chuté l'an dernier.", .fr) == ["l'an dernier=DATE:2024"])
        #expect(timex("Le vote aura lieu la semaine prochaine.", .fr) == ["la semaine prochaine=DATE:2025-W12"])
        #expect(timex("Il est parti avant-hier.", .fr) == ["avant-hier=DATE:2025-03-12"])
        #expect(timex("Il a parlé hier soir.", .fr) == ["hier soir=TIME:2025-03-13TEV"])
        #expect(timex("Il est arrivé il y a trois jours.", .fr) == ["il y a trois jours=DATE:2025-03-11"])
        #expect(timex("Dimanche dernier, il a célébré la messe.", .fr) == ["Dimanche dernier=DATE:2025-03-09"])
        #expect(timex("Mardi soir, il est apparu en vidéo.", .fr) == ["Mardi soir=TIME:2025-03-11TEV"])
        #expect(timex("Il est actuellement à Rome.", .fr) == ["actuellement=DATE:PRESENT_REF"])
        #expect(timex("La fête a lieu chaque année.", .fr) == ["chaque année=SET:P1Y"])
    }

    @Test("German: CLDR names, day-first dates, relative forms")
    func german() {
        #expect(timex("Er wurde am 18. September 2024 gewählt.", .de) == ["18. September 2024=DATE:2024-09-18"])
        #expect(timex("Stand: 23.03.2025", .de) == ["23.03.2025=DATE:2025-03-23"])
        #expect(timex("Letzte Woche gab es Streit.", .de) == ["Letzte Woche=DATE:2025-W10"])
        #expect(timex("Gestern kam er zurück.", .de) == ["Gestern=DATE:2025-03-13"])
        #expect(timex("Er liegt seit Montag im Krankenhaus.", .de) == ["Montag=DATE:2025-03-10"])
        #expect(timex("Vor zwei Jahren war er Bischof.", .de) == ["Vor zwei Jahren=DATE:2023"])
        #expect(timex("Im vergangenen Jahr stieg der Umsatz.", .de) == ["Im vergangenen Jahr=DATE:2024"])
        #expect(timex("Am Donnerstagnachmittag stieg weißer Rauch auf.", .de) == ["Donnerstagnachmittag=TIME:2025-03-13TAF"])
        #expect(timex("Er erschien um 19.13 Uhr.", .de) == ["19.13 Uhr=TIME:2025-03-14T19:13"])
        #expect(timex("Nächste Woche wird gewählt.", .de) == ["Nächste Woche=DATE:2025-W12"])
        #expect(timex("Er ist derzeit in Rom.", .de) == ["derzeit=DATE:PRESENT_REF"])
        #expect(timex("Sie treffen sich jeden Montag.", .de) == ["jeden Montag=SET:XXXX-WXX-1"])
    }

    @Test("without the article's date, relative expressions stay unresolved but absolute ones resolve")
    func undated() {
        let tagged = tag(["It happened last month, on Thursday, in 2024."], reference: nil)
        #expect(tagged.map(\.phrase) == ["last month", "Thursday", "2024"])
        #expect(tagged.map { $0.value?.iso } == [nil, nil, "2024"])
        #expect(tagged.map(\.timex) == [nil, nil, "2024"])
        #expect(tagged[1].weekday == 4)
    }

    @Test("a huge sentence of date words is tagged in linear time", .tags(.slow), .enabled(if: SlowTests.enabled, SlowTests.comment))
    func linear() {
        let words = "last week on Friday 18 September 2025 the 1990s two weeks later every Monday "
        var found = 0
        // Four times the sentence takes about four times as long (4.0 beside the other stress tests, the fastest of
        // three runs of each size); each phrase cut from the sentence's start took 10 times as long.
        let ratio = growth(factor: 4, repetitions: 3) { factor in found = tag([String(repeating: words, count: 1500 * factor)]).count }
        print("date words: 4× the text took \(ratio)× the time")
        #expect(found >= 6000 * 5)
        #expect(ratio < 7, "4× the text took \(ratio)× the time")
    }
}
