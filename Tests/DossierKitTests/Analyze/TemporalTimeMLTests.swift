import Testing
@testable import DossierKit

/// TimeML's conventions for the forms that news reports use most (TempEval-3's guidelines), on invented
/// sentences against a reference date of Friday 14 March 2025.
@Suite("Date expressions: TimeML conventions")
struct TemporalTimeMLTests {
    let friday = DayDate(iso: "2025-03-14")

    /// "phrase=TIMEX3 value" for every date or time of the sentences, read as one article.
    func timex(_ texts: [String], _ language: Language = .en) -> [String] {
        let sentences = texts.enumerated().map { Sentence(ordinal: $0 + 1, text: $1, line: 1) }
        return TemporalTagger(language: language).tag(sentences, reference: friday)
            .filter { $0.type == .date || $0.type == .time }
            .map { "\($0.phrase)=\($0.timex ?? "?")" }
    }

    func timex(_ text: String, _ language: Language = .en) -> [String] { timex([text], language) }

    @Test("a participle after 'be' does not make the clause past")
    func passive() {
        #expect(timex("Colonel Reyes will be named commander for a flight in December.") == ["December=2025-12"])
        #expect(timex("El coronel será nombrado comandante en diciembre.", .es) == ["diciembre=2025-12"])
        // Without "be", the participle is the past.
        #expect(timex("Colonel Reyes was named commander in December.") == ["December=2024-12"])
    }

    @Test("'plan' is the future only as a verb ('plans to'), not as a noun")
    func planNoun() {
        #expect(timex("The bank announced the plan Aug. 21.") == ["Aug. 21=2024-08-21"])
        #expect(timex("The bank plans to vote Aug. 21.") == ["Aug. 21=2025-08-21"])
        #expect(timex("They were planning to drive to the port on Monday.") == ["Monday=2025-03-17"])
    }

    @Test("'said' is the past")
    func said() {
        #expect(timex("The bank said Monday that it intends to bid.") == ["Monday=2025-03-10"])
        #expect(timex("Der Minister sagte am Montag, er werde kommen.", .de) == ["Montag=2025-03-10"])
    }

    @Test("a month or day after 'since' is in the past")
    func since() {
        #expect(timex("The carrier has been on patrol since June.") == ["June=2024-06"])
        #expect(timex("El barco está en la zona desde junio.", .es) == ["junio=2024-06"])
        #expect(timex("Le navire est en mer depuis juin.", .fr) == ["juin=2024-06"])
        #expect(timex("Das Schiff ist seit Juni auf See.", .de) == ["Juni=2024-06"])
    }

    @Test("whole years from a day or a month are years")
    func yearsFromDays() {
        #expect(timex(["In June 2023 the plant opened.", "A year earlier, the site was sold."]) == ["June 2023=2023-06", "A year earlier=2022"])
        #expect(timex("On May 22, 2019, she was promoted, and the following year she moved.") == ["May 22, 2019=2019-05-22", "the following year=2020"])
        // A quarter keeps its grain.
        #expect(timex("Profit rose in the third quarter of 2024 from a year earlier.") == ["the third quarter of 2024=2024-Q3", "a year earlier=2023-Q3"])
    }

    @Test("a comparison a year back after another speaks of the same year-ago period")
    func yearAgoTwice() {
        #expect(timex(["Net was $3 million, up from $2 million a year ago.", "Sales rose to $9 million from $8 million a year earlier."])
                == ["a year ago=2024", "a year earlier=2024"])
        #expect(timex(["Net rose in the fourth quarter of 2024, from $2 million a year ago.", "Sales were $8 million a year earlier."])
                == ["the fourth quarter of 2024=2024-Q4", "a year ago=2023-Q4", "a year earlier=2023-Q4"])
        // Not after a date that is no comparison.
        #expect(timex(["In 2020 the club moved.", "A year earlier it had been sold."]) == ["2020=2020", "A year earlier=2019"])
    }

    @Test("'the 2023 period', 'the latest period' and 'the year-ago quarter' are the quarter of the report")
    func reportPeriods() {
        #expect(timex(["Net rose in the third quarter of 2024.", "In the 2023 period, it fell."]) == ["the third quarter of 2024=2024-Q3", "the 2023 period=2023-Q3"])
        #expect(timex("In the 2023 quarter, it fell.") == ["the 2023 quarter=2023"])
        #expect(timex(["Net rose in the third quarter of 2024, from $2 million a year ago.", "The latest period included a gain."])
                == ["the third quarter of 2024=2024-Q3", "a year ago=2023-Q3", "The latest period=2024-Q3"])
        #expect(timex("Net rose in the third quarter of 2024, the quarter ended Sept. 30, 2024, from the year-ago quarter.")
                == ["the third quarter of 2024=2024-Q3", "the quarter=2024-Q3", "Sept. 30, 2024=2024-09-30", "the year-ago quarter=2023-Q3"])
    }

    @Test("the last half of a year, the first two quarters")
    func lastParts() {
        #expect(timex("Earnings will be lower for the last half of 2024.") == ["the last half of 2024=2024-H2"])
        #expect(timex("The trend runs through the first two quarters of 2026.") == ["the first two quarters of 2026=2026-H1"])
        #expect(timex("Las ventas cayeron en el último trimestre de 2024.", .es) == ["el último trimestre de 2024=2024-Q4"])
        #expect(timex("Les ventes ont chuté au dernier trimestre de 2024.", .fr) == ["au dernier trimestre de 2024=2024-Q4"])
        // "the last half" without its year is no part of a known year.
        #expect(timex("It marked the last half of the match.").isEmpty)
    }

    @Test("the week of a day is that week")
    func weekOf() {
        #expect(timex("A hearing is set for the week of March 17.") == ["the week of March 17=2025-W12"])
        #expect(timex("La audiencia será la semana del 17 de marzo.", .es) == ["la semana del 17 de marzo=2025-W12"])
    }

    @Test("plural units with an anchor word are no date")
    func pluralAnchors() {
        #expect(timex("In the years that followed, the town grew.").isEmpty)
    }

    @Test("holidays by their rule, with the year the tense or modifier implies")
    func holidays() {
        #expect(timex("The boy was found on Thanksgiving Day.") == ["Thanksgiving Day=2024-11-28"])
        #expect(timex("They met last Christmas.") == ["last Christmas=2024-12-25"])
        #expect(timex("The campaign will run from now to Election Day.").last == "Election Day=2025-11-04")
        #expect(timex("La tienda abrió en Navidad.", .es) == ["Navidad=2024-12-25"])
        #expect(timex("Il est venu à Noël.", .fr) == ["Noël=2024-12-25"])
        #expect(timex("Er kam an Weihnachten.", .de) == ["Weihnachten=2024-12-25"])
        // Lowercase, the word is no holiday.
        #expect(timex("They gave thanksgiving for the harvest.").isEmpty)
    }

    @Test("year-end is this year's end, or the year before's when told in the past")
    func yearEnd() {
        #expect(timex("The bank expects to complete the sale by year-end.") == ["year-end=2025"])
        #expect(timex("The index has fallen 3% since year-end.") == ["year-end=2024"])
        #expect(timex("La venta se cerrará antes de fin de año.", .es) == ["fin de año=2025"])
        #expect(timex("Der Verkauf soll bis Jahresende abgeschlossen sein.", .de) == ["Jahresende=2025"])
    }

    @Test("'expects to' is the future")
    func expects() {
        #expect(timex("The company said it expects to close the deal in May.") == ["May=2025-05"])
    }

    @Test("a year in words after a month or season")
    func spelledYears() {
        #expect(timex("January nineteen ninety-seven. The city was calm.") == ["January nineteen ninety-seven=1997-01"])
        #expect(timex("Prices fell to that level in the winter of nineteen ninety-four.") == ["the winter of nineteen ninety-four=1994-WI"])
    }

    @Test("a part of the day after a boundary word, with the day that follows")
    func boundedParts() {
        #expect(timex("In London at mid-afternoon yesterday, the shares were up.") == ["mid-afternoon yesterday=2025-03-13TAF"])
        #expect(timex("By mid afternoon, the officials were saying it had ended.") == ["mid afternoon=2025-03-14TAF"])
    }

    @Test("the near term and the short term are the future")
    func terms() {
        #expect(timex("We don't minimize the challenges of the near term.") == ["the near term=FUTURE_REF"])
        #expect(timex("No habrá cambios en el corto plazo.", .es) == ["el corto plazo=FUTURE_REF"])
        #expect(timex("Rien ne changera dans le court terme.", .fr) == ["le court terme=FUTURE_REF"])
        #expect(timex("Der Preis soll kurzfristig sinken.", .de) == ["kurzfristig=FUTURE_REF"])
    }

    @Test("years in a list are years; 'the past' before an amount is no reference")
    func listsAndAmounts() {
        #expect(timex("The car crossed the border in 1994, 1995 and 1997.") == ["1994=1994", "1995=1995", "1997=1997"])
        #expect(timex("The march caused riots for the past three summers.").isEmpty)
        #expect(timex("Flights rise from the current four a week.") == ["current=PRESENT_REF"])
    }

    @Test("'fall' after 'to' is the verb; with an article, a modifier or a year it is the season")
    func fallSeason() {
        #expect(timex("Prices are expected to fall below the estimate.").isEmpty)
        #expect(timex("The group began to fall apart.").isEmpty)
        #expect(timex("Sales rose in the fall.") == ["the fall=2024-FA"])
        #expect(timex("Sales rose last fall.") == ["last fall=2024-FA"])
        #expect(timex("Elections are due in spring.") == ["spring=2025-SP"])
    }

    @Test("a unit that starts a compound is no date ('the quarter-to-quarter comparison')")
    func unitCompounds() {
        #expect(timex("The quarter-to-quarter comparison was also helped by lower costs.").isEmpty)
        #expect(timex("Costs fell in the quarter.") == ["the quarter=2024-Q4"])
    }

    @Test("comparisons a year back after the year so far ('the first nine months') are whole years")
    func yearToDate() {
        #expect(timex(["Net rose in the third quarter from a year earlier.",
                       "For the first nine months, net was $5 million, up from $4 million a year earlier.",
                       "In the 2023 period, sales were flat."])
                == ["the third quarter=2024-Q3", "a year earlier=2023-Q3", "a year earlier=2023", "the 2023 period=2023"])
        // A quarter named after it ends the year so far.
        #expect(timex(["For the nine months, net fell from a year earlier.", "In the fourth quarter, net rose from a year ago."])
                == ["a year earlier=2024", "the fourth quarter=2024-Q4", "a year ago=2023-Q4"])
        #expect(timex(["Las ventas subieron en el tercer trimestre.", "En los primeros nueve meses, el beneficio cayó frente al año anterior."], .es)
                == ["el tercer trimestre=2024-Q3", "al año anterior=2023"])
    }

    @Test("the report's period a year back: 'the corresponding period last year', 'last year's quarter', 'the quarter a year ago'")
    func periodLastYear() {
        #expect(timex(["Net rose in the fourth quarter.", "Net was $2 million in the corresponding period last year."])
                == ["the fourth quarter=2024-Q4", "the corresponding period last year=2023-Q4"])
        #expect(timex(["Net rose in the fourth quarter.", "Sales for last year's quarter were $3 million."])
                == ["the fourth quarter=2024-Q4", "last year's quarter=2023-Q4"])
        #expect(timex(["Net rose in the fourth quarter.", "For the quarter a year ago, net was $1 million."])
                == ["the fourth quarter=2024-Q4", "the quarter a year ago=2023-Q4"])
        #expect(timex(["Las ventas subieron en el cuarto trimestre.", "En el mismo trimestre del año anterior, cayeron."], .es)
                == ["el cuarto trimestre=2024-Q4", "el mismo trimestre del año anterior=2023-Q4"])
        #expect(timex(["Les ventes ont progressé au quatrième trimestre.", "Elles avaient baissé au même trimestre de l'année précédente."], .fr)
                == ["au quatrième trimestre=2024-Q4", "au même trimestre de l'année précédente=2023-Q4"])
    }

    @Test("a day named right after a quarter ends it: comparisons count from the quarter")
    func quarterEnded() {
        #expect(timex("Net rose for the fiscal second quarter ended Dec. 31. A year ago, net was $1 million.")
                == ["the fiscal second quarter=2024-Q2", "Dec. 31=2024-12-31", "A year ago=2023-Q2"])
    }

    @Test("a quarter to come is no report's period")
    func futureQuarter() {
        #expect(timex(["Net rose in the fourth quarter.", "Analysts expect losses through the third quarter of 2026.",
                       "In the year-ago period, net was $2 million."])
                == ["the fourth quarter=2024-Q4", "the third quarter of 2026=2026-Q3", "the year-ago period=2023-Q4"])
    }

    @Test("a plan told in the past is past")
    func pastPlans() {
        #expect(timex("The offer had been scheduled to expire at midnight Monday.") == ["midnight Monday=2025-03-10T24:00"])
        #expect(timex("It had been due to expire Monday evening.") == ["Monday evening=2025-03-10TEV"])
        #expect(timex("The offer is scheduled to expire Monday.") == ["Monday=2025-03-17"])
        #expect(timex("The sale, which had been expected, is part of a plan to repay the loan by June.") == ["June=2025-06"])
    }
}
