/// The visual timeline, drawn at build time as inline SVG (no script): one mark per event on a
/// time axis, a dot for a day, a bar for a month, a year or a span; expected events hollow.
/// Each mark links to the event in the list below, which is the text equivalent.
struct TimelineSVG {
    static let width = 960.0
    static let margin = 24.0
    static let laneHeight = 18.0
    static let axisHeight = 34.0

    func render(_ events: [TimelineEvent], summary: String) -> String {
        guard let first = events.map(\.value.start).min(), let last = events.map(\.value.end).max() else { return "" }
        // Whole years on the axis, from January of the first year to December of the last.
        let startYear = first.year, endYear = max(last.year, first.year)
        guard let axisStart = DayDate(year: startYear, month: 1, day: 1), let axisEnd = DayDate(year: endYear, month: 12, day: 31)
        else { return "" }
        // Each year gets room by how many events it holds, so that a busy year is not squeezed by quiet ones.
        var counts: [Int: Int] = [:]
        for event in events { counts[event.value.start.year, default: 0] += 1 }
        let busiest = Double(counts.values.max() ?? 1)
        let weights = (startYear...endYear).map { 1 + 6 * Double(counts[$0] ?? 0) / busiest }
        let total = weights.reduce(0, +)
        let usable = Self.width - 2 * Self.margin
        var yearStarts: [Int: Double] = [:]
        var yearWidths: [Int: Double] = [:]
        var offset = Self.margin
        for (index, year) in (startYear...endYear).enumerated() {
            yearStarts[year] = offset
            yearWidths[year] = usable * weights[index] / total
            offset += usable * weights[index] / total
        }
        func position(_ date: DayDate, dayEnd: Bool) -> Double {
            guard let january = DayDate(year: date.year, month: 1, day: 1) else { return Self.margin }
            let days = Double(DayDate.daysIn(month: 2, year: date.year) == 29 ? 366 : 365)
            let day = Double(date.ordinal - january.ordinal + (dayEnd ? 1 : 0))
            return (yearStarts[date.year] ?? Self.margin) + (yearWidths[date.year] ?? 0) * day / days
        }
        func x(_ date: DayDate) -> Double { position(date, dayEnd: false) }
        func xEnd(_ date: DayDate) -> Double { position(date, dayEnd: true) }
        _ = axisEnd

        // Lanes, so that marks do not cover each other.
        var laneEnds: [Double] = []
        var marks: [(event: TimelineEvent, lane: Int, x1: Double, x2: Double)] = []
        for event in events.sorted(by: { ($0.value.start, $0.value.days) < ($1.value.start, $1.value.days) }) {
            let x1 = x(event.value.start)
            let x2 = max(xEnd(event.value.end), x1 + 8)
            let lane = laneEnds.firstIndex { $0 + 4 < x1 } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(x2) } else { laneEnds[lane] = x2 }
            marks.append((event, lane, x1, x2))
        }
        let height = Self.axisHeight + Double(max(1, laneEnds.count)) * Self.laneHeight + 12
        var svg = "<svg class=\"timeline-chart\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" "
            + "aria-labelledby=\"timeline-chart-title\" aria-describedby=\"timeline-chart-desc\" preserveAspectRatio=\"xMinYMin meet\">\n"
        svg += "<title id=\"timeline-chart-title\">Timeline chart</title>\n"
        svg += "<desc id=\"timeline-chart-desc\">\(HTML.escape(summary)) The list below gives every event in words.</desc>\n"
        // Axis: a line, a tick and label per year, small ticks per month when the axis is short.
        let axisY = Self.axisHeight - 14
        svg += "<line class=\"axis\" x1=\"\(Self.format(Self.margin))\" y1=\"\(Self.format(axisY))\" x2=\"\(Self.format(Self.width - Self.margin))\" y2=\"\(Self.format(axisY))\"/>\n"
        let years = endYear - startYear + 1
        for year in startYear...endYear {
            guard let january = DayDate(year: year, month: 1, day: 1) else { continue }
            let tick = x(january)
            svg += "<line class=\"tick\" x1=\"\(Self.format(tick))\" y1=\"\(Self.format(axisY - 6))\" x2=\"\(Self.format(tick))\" y2=\"\(Self.format(height - 4))\"/>\n"
            svg += "<text class=\"year\" x=\"\(Self.format(tick + 4))\" y=\"\(Self.format(axisY - 4))\">\(year)</text>\n"
            if (yearWidths[year] ?? 0) > 120 || years <= 3 {
                for month in 2...12 {
                    guard let day = DayDate(year: year, month: month, day: 1) else { continue }
                    let monthX = x(day)
                    svg += "<line class=\"month-tick\" x1=\"\(Self.format(monthX))\" y1=\"\(Self.format(axisY - 3))\" x2=\"\(Self.format(monthX))\" y2=\"\(Self.format(axisY + 3))\"/>\n"
                }
            }
        }
        for mark in marks {
            let y = Self.axisHeight + Double(mark.lane) * Self.laneHeight + Self.laneHeight / 2
            let classes = "mark " + mark.event.value.precision.rawValue + (mark.event.isFuture ? " future" : "")
            let label = mark.event.value.display + ": " + mark.event.title
            svg += "<a href=\"#\(mark.event.id)\" class=\"\(classes)\"><title>\(HTML.escape(label))</title>"
            if mark.event.value.precision == .day {
                svg += "<circle cx=\"\(Self.format((mark.x1 + xEnd(mark.event.value.end)) / 2))\" cy=\"\(Self.format(y))\" r=\"6\"/>"
            } else {
                svg += "<rect x=\"\(Self.format(mark.x1))\" y=\"\(Self.format(y - 5))\" width=\"\(Self.format(mark.x2 - mark.x1))\" height=\"10\" rx=\"5\"/>"
            }
            svg += "</a>\n"
        }
        svg += "</svg>"
        return svg
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
