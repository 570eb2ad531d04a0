import Foundation

/// Turns a file's bytes into text without losing the file: UTF-8 (with or without a BOM),
/// UTF-16 with a BOM, and anything else decoded as UTF-8 with replacement characters.
enum TextDecoding {
    struct Decoded {
        var text: String
        var warnings: [String]
    }

    static func decode(_ data: Data) -> Decoded {
        var warnings: [String] = []
        var text: String
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = utf8(data.dropFirst(3), warnings: &warnings)
        } else if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            if let decoded = String(data: data, encoding: .utf16) {
                text = decoded
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            } else {
                warnings.append("file starts with a UTF-16 byte order mark but is not valid UTF-16; decoded as UTF-8")
                text = utf8(data, warnings: &warnings)
            }
        } else {
            text = utf8(data, warnings: &warnings)
        }
        if text.contains("\u{0}") {
            warnings.append("file contains NUL bytes; they were removed")
            text = text.replacingOccurrences(of: "\u{0}", with: "")
        }
        text = normalizeLineEndings(text)
        if ControlCharacters.contains(text, keeping: ["\t", "\n"]) {
            warnings.append("file contains control characters (such as ESC, VT, FF or U+2028); they were removed")
            text = ControlCharacters.fileText(text)
        }
        return Decoded(text: text, warnings: warnings)
    }

    private static func utf8(_ bytes: Data, warnings: inout [String]) -> String {
        if let text = String(data: bytes, encoding: .utf8) { return text }
        warnings.append("file is not valid UTF-8; invalid bytes were replaced with \u{FFFD}")
        return String(decoding: bytes, as: UTF8.self)
    }

    /// CRLF and lone CR become LF, so that line numbers mean the same everywhere.
    static func normalizeLineEndings(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        // "\r\n" is a single Character in Swift, so replace it first.
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// True for files that are clearly not text (images, archives): many NUL or control bytes early on.
    static func looksBinary(_ data: Data) -> Bool {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return false }
        let sample = data.prefix(4096)
        guard !sample.isEmpty else { return false }
        var control = 0
        for byte in sample where byte == 0 || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C) {
            control += 1
        }
        return control * 10 > sample.count
    }
}
