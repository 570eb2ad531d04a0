/// The visual timeline, drawn at build time as inline SVG (no script): one mark per event on a
/// time axis, a dot for a day, a bar for a month, a year or a span; expected events hollow.
/// Each mark links to the event in the list below, which is the text equivalent.
struct TimelineSVG {
    static let width = 960.0
    static let margin = 24.0
    static let laneHeight = 18.0
    static let axisHeight = 34.0
    /// Runs of empty years up to this long are drawn year by year; longer ones as one gap.
    static let longestShownGap = 3

    func render(_ events: [TimelineEvent], summary: String) -> String {
        guard !events.isEmpty else { return "" }
        // The axis shows the years that events start or end in, each with room by how many events it
        // holds (so that a busy year is not squeezed by quiet ones), and the empty years between them:
        // one by one for a short run, as a single narrow gap for a longer one. So the chart grows with
        // the number of events, not with the span of their dates (events in the years 1 and 9999 make
        // three segments, not 9,999 years).
        var counts: [Int: Int] = [:]
        for event in events {
            counts[event.value.start.year, default: 0] += 1
            counts[event.value.end.year, default: 0] += 0
        }
        let busiest = Double(counts.values.max() ?? 1)
        var segments: [(years: ClosedRange<Int>, weight: Double, isGap: Bool)] = []
        for year in counts.keys.sorted() {
            if let previous = segments.last?.years.upperBound, year - previous > 1 {
                if year - previous - 1 <= Self.longestShownGap {
                    for empty in (previous + 1)..<year { segments.append((empty...empty, 1, false)) }
                } else {
                    segments.append(((previous + 1)...(year - 1), 1, true))
                }
            }
            segments.append((year...year, 1 + 6 * Double(counts[year] ?? 0) / busiest, false))
        }
        let total = segments.reduce(0) { $0 + $1.weight }
        let usable = Self.width - 2 * Self.margin
        var starts: [Double] = []
        var offset = Self.margin
        for segment in segments {
            starts.append(offset)
            offset += usable * segment.weight / total
        }
        func position(_ date: DayDate, dayEnd: Bool) -> Double {
            guard let index = segments.firstIndex(where: { $0.years.contains(date.year) }),
                  let first = DayDate(year: segments[index].years.lowerBound, month: 1, day: 1),
                  let last = DayDate(year: segments[index].years.upperBound, month: 12, day: 31)
            else { return Self.margin }
            let days = Double(last.ordinal - first.ordinal + 1)
            let day = Double(date.ordinal - first.ordinal + (dayEnd ? 1 : 0))
            return starts[index] + usable * segments[index].weight / total * day / days
        }
        func x(_ date: DayDate) -> Double { position(date, dayEnd: false) }
        func xEnd(_ date: DayDate) -> Double { position(date, dayEnd: true) }

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
        let shownYears = segments.filter { !$0.isGap }.count
        for (index, segment) in segments.enumerated() {
            let tick = starts[index]
            let width = usable * segment.weight / total
            svg += "<line class=\"tick\" x1=\"\(Self.format(tick))\" y1=\"\(Self.format(axisY - 6))\" x2=\"\(Self.format(tick))\" y2=\"\(Self.format(height - 4))\"/>\n"
            if segment.isGap {
                svg += "<text class=\"year gap\" x=\"\(Self.format(tick + 4))\" y=\"\(Self.format(axisY - 4))\">…</text>\n"
                continue
            }
            let year = segment.years.lowerBound
            svg += "<text class=\"year\" x=\"\(Self.format(tick + 4))\" y=\"\(Self.format(axisY - 4))\">\(year)</text>\n"
            if width > 120 || shownYears <= 3 {
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
