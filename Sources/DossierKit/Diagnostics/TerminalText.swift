/// Text from the content (file names, keys, link targets, URLs) made safe to print: control
/// characters, line and paragraph separators and the bidirectional controls are shown as Swift
/// escapes (`\n`, `\u{1B}`), so that an escape sequence in a front matter key cannot retitle or
/// recolour the terminal, a newline in a file name cannot split a `file:line: error:` message
/// into a forged one, and a right-to-left override cannot reorder what is shown.
public enum TerminalText {
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if keepingNewlines, scalar == "\n" {
                result += "\n"
            } else if needsEscape(scalar) {
                switch scalar {
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return scalar.properties.generalCategory == .control
        }
    }
}
