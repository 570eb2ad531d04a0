/// `data/timeline.ics`: the timeline as an iCalendar file (RFC 5545) for calendar apps: every event
/// as an all-day event over the days its date covers (a day, a month, a year, a span).
struct CalendarExport {
    var title: String
    var events: [TimelineEvent]
    /// The newest source's date: the stamp of every event, so that the file is the same for the same content.
    var stamp: DayDate?

    func ics() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dossier//dossier \(SiteRenderer.version)//EN", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + Self.escape(title),
        ]
        let stampText = (stamp ?? DayDate(year: 2000, month: 1, day: 1))
            .map { $0.iso.replacingOccurrences(of: "-", with: "") + "T000000Z" } ?? "20000101T000000Z"
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(event.id)@dossier",
                "DTSTAMP:\(stampText)",
                "DTSTART;VALUE=DATE:\(Self.basic(event.value.start))",
                "DTEND;VALUE=DATE:\(Self.basic(event.value.end.adding(days: 1)))",
                "SUMMARY:" + Self.escape(event.title),
                "DESCRIPTION:" + Self.escape("\(event.value.display) (\(event.value.precision.rawValue)), according to \(event.sources.count) source\(event.sources.count == 1 ? "" : "s")."
                    + (event.isFuture ? " Expected." : "")),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func basic(_ date: DayDate) -> String {
        date.iso.replacingOccurrences(of: "-", with: "")
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and every line break (LF,
    /// CR, NEL, U+2028, U+2029) as `\n`, so that no text can start a line of its own (say,
    /// `BEGIN:VALARM`); other control characters, which TEXT does not allow, are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": result += "\\n"
            case "\t": result += " "
            default:
                if !ControlCharacters.isControl(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Lines longer than 75 octets are folded, never inside a character.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var result = ""
        var current = ""
        var limit = 75
        for character in line {
            if current.utf8.count + String(character).utf8.count > limit {
                result += current + "\r\n "
                current = ""
                limit = 74
            }
            current.append(character)
        }
        return result + current
    }
}
