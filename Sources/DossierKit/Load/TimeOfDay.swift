/// The time part of a front matter timestamp (`14:30`, `14:30:05`, `14:30:05.250`, each with an
/// optional `Z` or `±HH:MM`), checked so that `2025-09-18 25:99` or `2025-09-18 extra` is an error
/// rather than a day with its rest dropped. Only the day is kept.
enum TimeOfDay {
    enum Check: Equatable {
        case valid
        /// Well formed, but no such time (`25:00`, `12:60`).
        case impossible
        case malformed
    }

    static func check(_ text: String) -> Check {
        var rest = Substring(text)
        // The zone: Z, or +HH:MM / -HH:MM / +HHMM / +HH.
        var zone: Substring?
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            rest = rest.dropLast()
        } else if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            zone = rest[rest.index(after: sign)...]
            rest = rest[..<sign]
        }
        rest = Substring(rest.trimmingCharacters(in: .whitespaces))
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return .malformed }
        var seconds = parts.count == 3 ? parts[2] : "00"
        if let dot = seconds.firstIndex(of: ".") {
            let fraction = seconds[seconds.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .malformed }
            seconds = seconds[..<dot]
        }
        guard let hour = number(parts[0]), let minute = number(parts[1]), let second = number(seconds) else { return .malformed }
        if let zone {
            let zoneParts = zone.contains(":") ? zone.split(separator: ":", omittingEmptySubsequences: false)
                : [zone.prefix(2), zone.dropFirst(2)].filter { !$0.isEmpty }
            guard (1...2).contains(zoneParts.count), let zoneHour = number(zoneParts[0]),
                  let zoneMinute = zoneParts.count == 2 ? number(zoneParts[1]) : 0 else { return .malformed }
            guard zoneHour <= 14, zoneMinute < 60 else { return .impossible }
        }
        // 24:00:00 is midnight at the end of the day; 60 seconds is a leap second.
        guard (hour < 24 && minute < 60 && second <= 60) || (hour == 24 && minute == 0 && second == 0) else { return .impossible }
        return .valid
    }

    /// One or two ASCII digits.
    private static func number(_ text: Substring) -> Int? {
        guard (1...2).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
