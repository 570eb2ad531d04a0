import Foundation

/// Readable ASCII slugs for page URLs: `Jean-Étienne Dubé` → `jean-etienne-dube`.
public enum Slug {
    /// Folds accents, lowercases, keeps letters and digits, joins words with `-`,
    /// and shortens at a word boundary. Returns an empty string when nothing is left.
    public static func make(_ text: String, maxLength: Int = 60) -> String {
        let folded = foldToASCII(text.replacingOccurrences(of: "&", with: " and "))
        var words: [String] = []
        var current = ""
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Canada's" → "canadas", not "canada-s"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > maxLength {
                if slug.isEmpty { slug = String(word.prefix(maxLength)) }
                break
            }
            slug = next
        }
        return slug
    }

    /// Letters that diacritic folding leaves non-ASCII.
    private static let letterFolds: [Character: String] = [
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i",
    ]

    static func foldToASCII(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        guard !folded.allSatisfy(\.isASCII) else { return folded }
        var result = ""
        for character in folded {
            if let replacement = letterFolds[character] { result += replacement } else { result.append(character) }
        }
        return result
    }

    /// Gives every key a unique slug, in the order given: later duplicates get `-2`, `-3`, …
    public static func unique(_ wanted: [String], reserved: Set<String> = []) -> [String] {
        var taken = reserved
        var result: [String] = []
        result.reserveCapacity(wanted.count)
        for base in wanted {
            var candidate = base
            var counter = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            taken.insert(candidate)
            result.append(candidate)
        }
        return result
    }
}
