/// A BCP 47 language tag (RFC 5646), checked for its shape: `en`, `fr-CA`, `zh-Hant-TW`,
/// `sr-Latn`, `es-419`, `de-CH-1996`, `en-US-x-newsroom`. The tag goes into `<html lang>`, so
/// a value with spaces, quotes or control characters, or one that names no language, is refused.
public enum LanguageTag {
    public static func isValid(_ tag: String) -> Bool {
        guard !tag.isEmpty, tag.utf8.count <= 64, tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            return false
        }
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard subtags.allSatisfy({ (1...8).contains($0.count) }) else { return false }
        // A private-use tag alone: x-whatever.
        if subtags[0] == "x" { return subtags.count > 1 }
        // The language: 2–3 letters (ISO 639), optionally with up to three extended subtags, or 4–8 letters.
        guard subtags[0].allSatisfy(\.isLetter), (2...8).contains(subtags[0].count) else { return false }
        var index = 1
        if subtags[0].count <= 3 {
            var extended = 0
            while index < subtags.count, extended < 3, subtags[index].count == 3, subtags[index].allSatisfy(\.isLetter) {
                index += 1
                extended += 1
            }
        }
        // Script: 4 letters.
        if index < subtags.count, subtags[index].count == 4, subtags[index].allSatisfy(\.isLetter) { index += 1 }
        // Region: 2 letters or 3 digits.
        if index < subtags.count, (subtags[index].count == 2 && subtags[index].allSatisfy(\.isLetter))
            || (subtags[index].count == 3 && subtags[index].allSatisfy(\.isNumber)) { index += 1 }
        // Variants: 5–8 characters, or 4 starting with a digit.
        while index < subtags.count, subtags[index].count >= 5 || (subtags[index].count == 4 && subtags[index].first?.isNumber == true) {
            index += 1
        }
        // Extensions (a singleton other than x, then subtags of 2–8) and a private-use part (x, then subtags).
        while index < subtags.count {
            let singleton = subtags[index]
            guard singleton.count == 1 else { return false }
            index += 1
            let first = index
            while index < subtags.count, singleton == "x" ? true : subtags[index].count >= 2 { index += 1 }
            guard index > first else { return false }
        }
        return true
    }
}
