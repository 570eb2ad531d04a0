/// A language whose rules dossier ships as data (`Knowledge/generated/lang-<code>.tsv` and
/// `Knowledge/curated/lang-<code>.tsv`): function words, common words, months, weekdays, titles,
/// honorifics, the words that join or split names. A source in another language is read with
/// the rules of the language its text is closest to, or of the dossier's language.
public enum Language: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case en, es, fr, de, it, pt, nl

    /// The language of a BCP 47 tag ("es", "es-MX", "pt_BR", "DE"), when dossier has rules for it.
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        self.init(rawValue: primary)
    }

    /// German capitalises every noun, so a capital there says little about a name.
    var capitalisesNouns: Bool { self == .de }

    /// The name of the language in English, for pages.
    public var englishName: String {
        switch self {
        case .en: return "English"
        case .es: return "Spanish"
        case .fr: return "French"
        case .de: return "German"
        case .it: return "Italian"
        case .pt: return "Portuguese"
        case .nl: return "Dutch"
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a source's language was decided, shown on its page and in `data/dossier.json`.
public struct LanguageDecision: Sendable, Hashable {
    public enum Origin: String, Sendable, Hashable {
        case frontMatter = "front matter"
        case config = "dossier.yml"
        case detected = "detected"
        case fallback = "dossier's language"
    }

    public var language: Language
    public var origin: Origin
}

