/// A date expression found in a sentence, with its normalised value (nil when it cannot be
/// resolved, e.g. "last month" in an undated source) and how that value was derived.
public struct TemporalExpression: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A full date, or a month or year that needs no reference ("September 18, 2025", "June 2025", "in 2024").
        case absolute
        /// A date written without its year, or a month alone ("Sept. 18", "in June", "last March").
        case partial
        /// A weekday ("on Thursday").
        case weekday
        /// Relative to the article's date ("last month", "next year", "earlier this week").
        case relative
        /// Relative to the date of the statement before ("a week later").
        case discourse
    }

    /// What the phrase says, before it is resolved against a date.
    public enum Form: Sendable, Hashable {
        case day(year: Int?, month: Int, day: Int)
        case month(year: Int?, month: Int, modifier: Modifier)
        case year(Int)
        case weekday(Int, modifier: Modifier)
        /// "last month" (-1 months), "this week" (0 weeks), "next year" (+1 years), "yesterday" (-1 days).
        case relative(unit: Unit, offset: Int, part: Part)
        /// "in the coming months".
        case coming(unit: Unit)
        /// "through the end of the year".
        case untilEnd(unit: Unit)
        /// "a week later" (+1 weeks), "the day before" (-1 days).
        case discourse(unit: Unit, amount: Int)
    }

    public enum Modifier: String, Sendable, Hashable {
        case plain, last, this, next
    }

    public enum Unit: String, Sendable, Hashable {
        case day, week, month, year
    }

    /// "earlier this week": the part of the period before the article's date; "later": after it.
    public enum Part: String, Sendable, Hashable {
        case whole, earlier, later
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
}
