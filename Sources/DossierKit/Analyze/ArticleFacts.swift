/// What the analyze stage finds in one article: the mentions of named things, with the evidence
/// for their type, the roles the text gives them, and the acronyms it defines.
public struct ArticleFacts: Sendable {
    public var mentions: [Mention]
    /// Acronyms defined in the text ("European Free Trade Association, or EFTA").
    public var acronyms: [AcronymDefinition]
    /// Date expressions, resolved against the article's date where it has one.
    public var times: [TemporalExpression]
    /// A date for an article that gives none, read from its own text.
    public var inferredDate: InferredDate?
    /// The language the article is read in, and how that was decided.
    public var language: LanguageDecision = LanguageDecision(language: .en, origin: .fallback)
}

/// A date the text itself implies for an undated article.
public struct InferredDate: Sendable, Hashable {
    public var date: DayDate
    /// "a dated embedded post (18 September 2025)".
    public var reason: String
}

/// One mention of a name in a sentence.
public struct Mention: Sendable, Hashable {
    /// The name as written, without a title, a demonym or a possessive `’s`.
    public var text: String
    /// The sentence it is in, by ordinal.
    public var sentence: Int
    /// Where the name stands in the sentence's text, in Unicode scalars.
    public var start: Int
    public var end: Int
    public var evidence: [TypeEvidence]
    /// The first word of its sentence (or of a quotation), so its capital may mean nothing.
    public var isSentenceInitial: Bool
    /// A title before the name ("Canadian Prime Minister") or an apposition after it
    /// ("governor of the state of Bahia").
    public var roles: [Role]
    /// The acronym this name is spelled out as, when the text says so ("… Association (EFTA)").
    public var acronym: String?
    /// A single word that is also a common word of the source's language ("Board", "Regierung"):
    /// a name only where the corpus shows it is one.
    public var isCommonWord: Bool = false
    /// The known place the name is, when the source's language writes it inflected ("Vereinigten Staaten").
    public var place: String?
    /// Where the names listed with it in its sentence start ("Norvia and Kestrel Airlines"), in Unicode scalars:
    /// resolution lends a name that nothing else types the type its partners have across the corpus.
    public var listedWith: [Int] = []
}

/// A role the text gives a person: a title, with the country a demonym or possessive attaches.
public struct Role: Sendable, Hashable {
    public var title: String
    public var country: String?

    /// "Prime Minister (Canada)", "professor emeritus at the University of Toronto".
    public var display: String {
        country.map { "\(title) (\($0))" } ?? title
    }
}

public struct AcronymDefinition: Sendable, Hashable {
    public var acronym: String
    /// The name it stands for, as the text spells it.
    public var name: String
    public var sentence: Int
}
