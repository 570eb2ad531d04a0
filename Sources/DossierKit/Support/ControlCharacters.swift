/// Control characters (Unicode's `Cc`: C0, DEL and C1, such as NUL, BEL, ESC, VT, FF and NEL)
/// have no place in a page, a calendar or a terminal: they are taken out of text where it enters
/// dossier, from files as they are decoded and from YAML values (whose escapes, `"\0"` or
/// `"\e"`, can write any of them).
enum ControlCharacters {
    /// Characters that separate words or lines, which become a space rather than vanish.
    private static func separates(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Unicode's control characters (general category Cc): exactly U+0000–U+001F and U+007F–U+009F.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func contains(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> Bool {
        text.unicodeScalars.contains { (isControl($0) || $0.value == 0x2028 || $0.value == 0x2029) && !kept.contains($0) }
    }

    /// `text` with every control character removed, except those in `kept`; separators (tab, line
    /// breaks, VT, FF, NEL, U+2028, U+2029) become a space.
    static func removed(from text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        guard contains(text, keeping: kept) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if kept.contains(scalar) || !(isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029) {
                scalars.append(scalar)
            } else if separates(scalar) {
                scalars.append(" ")
            }
        }
        return String(scalars)
    }

    /// One line of text (a title, a name): every control character and line break out.
    static func singleLine(_ text: String) -> String {
        removed(from: text)
    }

    /// The text of a file: tabs and line feeds stay, other control characters go.
    static func fileText(_ text: String) -> String {
        removed(from: text, keeping: ["\t", "\n"])
    }
}
