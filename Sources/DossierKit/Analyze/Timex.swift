/// A resolved calendar period at the grain the text gives (a decade, a quarter, a week, a day,
/// a day's afternoon, a minute), written as TIMEX3 writes it and as the span the timeline places.
struct Timex: Sendable, Hashable {
    enum Grain: Int, Sendable, Hashable, Comparable {
        case century, decade, year, half, quarter, season, month, week, weekend, day

        static func < (a: Grain, b: Grain) -> Bool { a.rawValue < b.rawValue }
    }

    var grain: Grain
    /// The first day of the period.
    var anchor: DayDate
    var clock: TemporalExpression.Clock?

    /// The period of `grain` that holds `date`.
    init(_ grain: Grain, containing date: DayDate, clock: TemporalExpression.Clock? = nil) {
        self.grain = grain
        self.clock = grain == .day ? clock : nil
        func first(_ year: Int, _ month: Int) -> DayDate { DayDate(year: year, month: month, day: 1) ?? date }
        switch grain {
        case .century: anchor = first(date.year - date.year % 100, 1)
        case .decade: anchor = first(date.year - date.year % 10, 1)
        case .year: anchor = first(date.year, 1)
        case .half: anchor = first(date.year, date.month <= 6 ? 1 : 7)
        case .quarter: anchor = first(date.year, (date.month - 1) / 3 * 3 + 1)
        case .season:
            // Spring March–May, summer June–August, autumn September–November, winter December–February.
            switch date.month {
            case 1, 2: anchor = first(date.year - 1, 12)
            case 12: anchor = first(date.year, 12)
            default: anchor = first(date.year, (date.month - 3) / 3 * 3 + 3)
            }
        case .month: anchor = first(date.year, date.month)
        case .week: anchor = date.adding(days: -(date.weekday - 1))
        case .weekend: anchor = date.adding(days: 6 - date.weekday)
        case .day: anchor = date
        }
    }

    /// The same grain `amount` units of `unit` later (or earlier).
    func shifted(_ unit: TemporalExpression.Unit, by amount: Int) -> Timex {
        let date: DayDate
        switch unit {
        case .day: date = anchor.adding(days: amount)
        case .week, .weekend: date = anchor.adding(days: 7 * amount)
        case .month: date = anchor.addingMonths(amount)
        case .quarter, .season: date = anchor.addingMonths(3 * amount)
        case .half: date = anchor.addingMonths(6 * amount)
        case .year: date = anchor.addingMonths(12 * amount)
        case .decade: date = anchor.addingMonths(120 * amount)
        case .century: date = anchor.addingMonths(1200 * amount)
        }
        return Timex(grain, containing: date, clock: clock)
    }

    static func grain(of unit: TemporalExpression.Unit) -> Grain {
        switch unit {
        case .day: return .day
        case .week: return .week
        case .weekend: return .weekend
        case .month: return .month
        case .quarter: return .quarter
        case .half: return .half
        case .season: return .season
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        }
    }

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        return (number < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ date: DayDate) -> (year: Int, week: Int) {
        let thursday = date.adding(days: 4 - date.weekday)
        guard let january = DayDate(year: thursday.year, month: 1, day: 1) else { return (date.year, 1) }
        return (thursday.year, (thursday.ordinal - january.ordinal) / 7 + 1)
    }

    static let seasonCodes = ["SP", "SU", "FA", "WI"]

    /// The TIMEX3 value: `19`, `199`, `2013`, `2013-H1`, `2013-Q1`, `2012-SU`, `2013-03`, `2013-W12`,
    /// `2013-W12-WE`, `2013-03-22`, `2013-03-22TAF`, `2013-03-23T15:00`.
    var string: String {
        let year = Self.pad(anchor.year, 4)
        switch grain {
        case .century: return Self.pad(anchor.year / 100, 2)
        case .decade: return Self.pad(anchor.year / 10, 3)
        case .year: return year
        case .half: return year + "-H" + (anchor.month <= 6 ? "1" : "2")
        case .quarter: return year + "-Q" + String((anchor.month - 1) / 3 + 1)
        case .season: return year + "-" + Self.seasonCodes[anchor.month == 12 ? 3 : (anchor.month - 3) / 3]
        case .month: return year + "-" + Self.pad(anchor.month, 2)
        case .week, .weekend:
            let (weekYear, week) = Self.isoWeek(anchor)
            return Self.pad(weekYear, 4) + "-W" + Self.pad(week, 2) + (grain == .weekend ? "-WE" : "")
        case .day:
            switch clock {
            case .part(let part)?: return anchor.iso + "T" + part
            case .time(let hour, let minute)?: return anchor.iso + "T" + Self.pad(hour, 2) + ":" + Self.pad(minute, 2)
            case nil: return anchor.iso
            }
        }
    }

    /// A valid HTML `datetime` for the period, where HTML has one (a year, a month, a week, a day, a day and time).
    var htmlDatetime: String? {
        switch grain {
        case .year, .month, .week: return string
        case .day:
            if case .time(let hour, _)? = clock, hour < 24 { return string }
            return anchor.iso
        default: return nil
        }
    }

    /// The span the timeline places; none for decades and centuries, too coarse to be an event's date.
    var timeValue: TimeValue? {
        func last(_ months: Int) -> DayDate { anchor.addingMonths(months).adding(days: -1) }
        switch grain {
        case .century, .decade: return nil
        case .year: return .year(anchor.year)
        case .half: return .interval(anchor, last(6))
        case .quarter, .season: return .interval(anchor, last(3))
        case .month: return .month(anchor.year, anchor.month)
        case .week: return .interval(anchor, anchor.adding(days: 6))
        case .weekend: return .interval(anchor, anchor.adding(days: 1))
        case .day: return .day(anchor)
        }
    }

    /// The value in words, for pages.
    var display: String {
        switch grain {
        case .century: return "the \(anchor.year / 100 + 1)th century"
        case .decade: return "the \(anchor.year)s"
        case .year: return String(anchor.year)
        case .half: return (anchor.month <= 6 ? "first" : "second") + " half of \(anchor.year)"
        case .quarter: return ["first", "second", "third", "fourth"][(anchor.month - 1) / 3] + " quarter of \(anchor.year)"
        case .season:
            let name = ["spring", "summer", "autumn", "winter"][anchor.month == 12 ? 3 : (anchor.month - 3) / 3]
            return "\(name) \(anchor.year)"
        case .month: return "\(DayDate.monthNames[anchor.month - 1]) \(anchor.year)"
        case .week: return "the week of \(anchor.long)"
        case .weekend: return "the weekend of \(anchor.long)"
        case .day:
            switch clock {
            case .part(let part)?:
                let name = ["MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"][part] ?? part
                return "\(anchor.long), \(name)"
            case .time(let hour, let minute)?: return "\(anchor.long), \(Self.pad(hour, 2)):\(Self.pad(minute, 2))"
            case nil: return anchor.long
            }
        }
    }
}
