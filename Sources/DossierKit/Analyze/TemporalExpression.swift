/// A time expression found in a sentence, with its TIMEX3 type and value (TimeML, as TempEval-3
/// uses it) and, for dates and times that can be placed on a calendar, its normalised span
/// (`value`: nil when it cannot be resolved, e.g. "last month" in an undated source, and for
/// references such as "now", durations and sets, which the timeline does not place).
public struct TemporalExpression: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A full date, or a month or year that needs no reference ("September 18, 2025", "June 2025", "in 2024").
        case absolute
        /// A date written without its year, or a month alone ("Sept. 18", "in June", "last March").
        case partial
        /// A weekday ("on Thursday").
        case weekday
        /// Relative to the article's date ("last month", "next year", "yesterday", "four years ago").
        case relative
        /// Relative to the date of the statement before ("a week later").
        case discourse
        /// "now", "recently", "the future": TIMEX3's PRESENT_REF, PAST_REF, FUTURE_REF.
        case reference
        /// "five years", "a week-long visit".
        case duration
        /// "every Monday", "annually".
        case set
    }

    /// TIMEX3's types.
    public enum TimexType: String, Sendable, Hashable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    /// What the phrase says, before it is resolved against a date.
    public indirect enum Form: Sendable, Hashable {
        case day(year: Int?, month: Int, day: Int)
        case month(year: Int?, month: Int, modifier: Modifier)
        case year(Int)
        case weekday(Int, modifier: Modifier)
        /// "last month" (-1 months), "this week" (0 weeks), "next year" (+1 years), "yesterday" (-1 days).
        case relative(unit: Unit, offset: Int)
        /// "four years ago" (-4 years), counted from the article's date.
        case ago(unit: Unit, amount: Int)
        /// "a week later" (+1 weeks), "the day before" (-1 days): from the statement before.
        case discourse(unit: Unit, amount: Int)
        /// "the third quarter" (quarter 3), "the first half of 1989", "last summer": a part of a year.
        case part(unit: Unit, index: Int, year: Int?, modifier: Modifier)
        /// "this year's third quarter", "July last year": a part of the year `yearOffset` years from the article's.
        case yearPart(unit: Unit, index: Int, yearOffset: Int)
        /// "the quarter", "the year-ago quarter": the period of the statement before (shifted by whole years), else the
        /// article's latest completed one.
        case period(unit: Unit?, yearsBack: Int)
        /// "the 1988 period", "the 1988 quarter": the quarter or half of the statements before, in the year named.
        case periodOf(unit: Unit?, year: Int)
        /// "the week of March 6": the week (or other period) that holds the date.
        case around(Unit, Form)
        /// "the 1990s" (199), "the 20th century" (19).
        /// A holiday by its rule ("Christmas" 12-25, "Thanksgiving" the 4th Thursday of November), with its modifier.
        case holiday(Holiday, modifier: Modifier)
        /// "year-end", "fin de año": the end of the article's year, or of the year before when told in the past.
        case yearEnd
        case decade(Int)
        case century(Int)
        /// A time of day or a part of one, on the day of `base` (the article's day when nil).
        case timed(Form?, Clock)
        /// "the first nine months", "the six months ended …": a duration of the report's year so far (TIMEX3 `P9M`);
        /// comparisons a year back after it ("a year earlier", "the 1988 period") are whole years.
        case yearToDate(String)
        /// PRESENT_REF, PAST_REF, FUTURE_REF; a duration (`P5Y`) or a set (`XXXX-WXX-1`, `P1Y`) as TIMEX3 writes it.
        case fixed(String)
    }

    /// A holiday's day in a year: a fixed day ("12-25"), or the `nth` `weekday` of the month plus some days
    /// ("11-4-4" Thanksgiving, "11-1-1+1" the Tuesday after the first Monday of November).
    public struct Holiday: Sendable, Hashable {
        public var month: Int
        public var day: Int?
        public var weekday: Int?
        public var nth: Int?
        public var plus = 0

        /// "12-25", "11-4-4", "11-1-1+1"; nil for anything else.
        init?(rule: String) {
            let (body, plus) = rule.split(separator: "+").map(String.init).splitPlus
            let parts = body.split(separator: "-").compactMap { Int($0) }
            guard let month = parts.first, (1...12).contains(month) else { return nil }
            self.month = month
            self.plus = plus
            switch parts.count {
            case 2 where (1...31).contains(parts[1]): day = parts[1]
            case 3 where (1...7).contains(parts[1]) && (1...5).contains(parts[2]): (weekday, nth) = (parts[1], parts[2])
            default: return nil
            }
        }

        /// The holiday's date in `year`.
        func date(in year: Int) -> DayDate? {
            if let day { return DayDate(year: year, month: month, day: day)?.adding(days: plus) }
            guard let weekday, let nth, let first = DayDate(year: year, month: month, day: 1) else { return nil }
            let offset = (weekday - first.weekday + 7) % 7 + 7 * (nth - 1)
            let date = first.adding(days: offset)
            return date.month == month ? date.adding(days: plus) : nil
        }
    }

    public enum Clock: Sendable, Hashable {
        /// MO, AF, EV, NI.
        case part(String)
        case time(hour: Int, minute: Int)
    }

    public enum Modifier: String, Sendable, Hashable {
        case plain, last, this, next
    }

    public enum Unit: String, Sendable, Hashable {
        case day, week, weekend, month, quarter, half, season, year, decade, century
    }

    public var form: Form
    public var phrase: String
    public var sentence: Int
    /// Where the phrase stands in the sentence's text, in Unicode scalars.
    public var start: Int
    public var end: Int
    public var kind: Kind
    public var value: TimeValue?
    /// How the value was reached ("weekday before the article's date 2025-09-19").
    public var derivation: String
    /// For weekdays: 1 = Monday … 7 = Sunday, kept so that undated sources can be dated later.
    public var weekday: Int?
    /// The sentence speaks of the future ("will", "is set to", "next").
    public var isFuture: Bool
    /// The sentence speaks of the past ("was", "signed", "hace"); neither this nor `isFuture` when it does not tell.
    public var isPast = false
    public var type: TimexType = .date
    /// The TIMEX3 value ("2013-W12", "2013-03-22TAF", "PRESENT_REF", "P5Y"); nil when unresolved.
    public var timex: String?
    /// The value in words ("the week of 17 March 2025", "the present", "5 years"), for pages.
    public var meaning: String?
    /// A valid HTML `datetime` for the value, where HTML has one.
    public var datetime: String?

    /// A date or time of the calendar: what the timeline may place (not durations, sets or references).
    public var isCalendarDate: Bool { (type == .date || type == .time) && kind != .reference }
}

private extension Array where Element == String {
    /// ["11-1-1", "1"] → ("11-1-1", 1); ["12-25"] → ("12-25", 0).
    var splitPlus: (String, Int) { (first ?? "", count > 1 ? Int(self[1]) ?? 0 : 0) }
}
