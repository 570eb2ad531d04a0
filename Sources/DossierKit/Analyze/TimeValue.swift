/// A normalised point or span of time at the precision the text supports:
/// `2025`, `2025-06`, `2025-09-18`, or an interval `2025-09-15/2025-09-19`.
public struct TimeValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: String, Sendable, Hashable, Codable {
        case day, month, year, interval
    }

    /// First day covered.
    public var start: DayDate
    /// Last day covered (the same as `start` for a day).
    public var end: DayDate
    public var precision: Precision

    public static func day(_ date: DayDate) -> TimeValue {
        TimeValue(start: date, end: date, precision: .day)
    }

    public static func month(_ year: Int, _ month: Int) -> TimeValue? {
        guard let start = DayDate(year: year, month: month, day: 1),
              let end = DayDate(year: year, month: month, day: DayDate.daysIn(month: month, year: year)) else { return nil }
        return TimeValue(start: start, end: end, precision: .month)
    }

    public static func year(_ year: Int) -> TimeValue? {
        guard let start = DayDate(year: year, month: 1, day: 1), let end = DayDate(year: year, month: 12, day: 31) else { return nil }
        return TimeValue(start: start, end: end, precision: .year)
    }

    public static func interval(_ start: DayDate, _ end: DayDate) -> TimeValue {
        start == end ? .day(start) : TimeValue(start: min(start, end), end: max(start, end), precision: .interval)
    }

    /// ISO 8601 at its precision.
    public var iso: String {
        switch precision {
        case .day: return start.iso
        case .month: return String(start.iso.prefix(7))
        case .year: return String(start.iso.prefix(4))
        case .interval: return start.iso + "/" + end.iso
        }
    }

    /// "18 September 2025", "June 2025", "2026", "15–17 September 2025".
    public var display: String {
        switch precision {
        case .day: return start.long
        case .month: return "\(DayDate.monthNames[start.month - 1]) \(start.year)"
        case .year: return "\(start.year)"
        case .interval:
            if start.year == end.year, start.month == end.month {
                return "\(start.day)–\(end.day) \(DayDate.monthNames[start.month - 1]) \(start.year)"
            }
            if start.year == end.year {
                return "\(start.day) \(DayDate.monthNames[start.month - 1]) – \(end.long)"
            }
            return "\(start.long) – \(end.long)"
        }
    }

    public var description: String { iso }

    /// The number of days covered.
    public var days: Int { end.ordinal - start.ordinal + 1 }

    public func overlaps(_ other: TimeValue) -> Bool {
        start <= other.end && other.start <= end
    }

    public func contains(_ other: TimeValue) -> Bool {
        start <= other.start && other.end <= end
    }

    public static func < (lhs: TimeValue, rhs: TimeValue) -> Bool {
        (lhs.start, lhs.days) < (rhs.start, rhs.days)
    }
}

extension DayDate {
    /// Days since 0001-01-01 (proleptic Gregorian), for arithmetic.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += DayDate.daysIn(month: m, year: year) }
        return days + day - 1
    }

    public init?(ordinal: Int) {
        guard ordinal >= 0 else { return nil }
        var year = ordinal / 366 + 1
        while let next = DayDate(year: year + 1, month: 1, day: 1), next.ordinal <= ordinal { year += 1 }
        guard let january = DayDate(year: year, month: 1, day: 1) else { return nil }
        var remaining = ordinal - january.ordinal
        var month = 1
        while month < 12, remaining >= DayDate.daysIn(month: month, year: year) {
            remaining -= DayDate.daysIn(month: month, year: year)
            month += 1
        }
        self.init(year: year, month: month, day: remaining + 1)
    }

    public func adding(days: Int) -> DayDate {
        DayDate(ordinal: ordinal + days) ?? self
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 0001-01-01 was a Monday in the proleptic Gregorian calendar.
        ordinal % 7 + 1
    }

    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
