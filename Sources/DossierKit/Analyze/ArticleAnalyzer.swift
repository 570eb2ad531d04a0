/// The analyze stage for one article: finds the mentions of named things and the date
/// expressions in every sentence of its main text (never in what cleaning removed).
public enum ArticleAnalyzer {
    /// What analysis reads every article with: the knowledge (built in, plus the dossier's own
    /// `content/knowledge/`) and the language to fall back on when a text does not tell its own.
    public struct Context: Sendable {
        /// What a context is made from: two contexts with equal keys analyse every article alike.
        public struct Key: Sendable, Equatable {
            var fallback: Language
            var knowledgeFiles: [KnowledgeText]
        }

        var knowledge: Knowledge.Base
        var detector: LanguageDetector
        var fallback: Language
        public private(set) var key: Key

        init(knowledge: Knowledge.Base = Knowledge.builtIn, fallback: Language = .en, files: [KnowledgeText] = []) {
            self.knowledge = knowledge
            self.detector = LanguageDetector(knowledge: knowledge)
            self.fallback = fallback
            self.key = Key(fallback: fallback, knowledgeFiles: files)
        }

        /// The built-in knowledge with the dossier's files on top; the fallback is the config's language.
        public static func make(config: DossierConfig, knowledge files: [KnowledgeText]) throws(DossierError) -> Context {
            Context(knowledge: try Knowledge.builtIn.adding(files), fallback: Language(tag: config.language) ?? .en, files: files)
        }

        public static let `default` = Context()
    }

    /// The article's language: its front matter's, else the one its words show, else the dossier's.
    static func language(of article: Article, tokens: [[Token]], context: Context) -> LanguageDecision {
        if let tag = article.languageTag, let language = Language(tag: tag) {
            return LanguageDecision(language: language, origin: .frontMatter)
        }
        if let detected = context.detector.detect(tokens: tokens) {
            return LanguageDecision(language: detected.language, origin: .detected)
        }
        return LanguageDecision(language: context.fallback, origin: .fallback)
    }

    public static func analyze(_ article: Article) -> ArticleFacts {
        analyze(article, context: .default)
    }

    public static func analyze(_ article: Article, context: Context) -> ArticleFacts {
        // Every sentence is tokenised once, for the language, the names and the dates.
        let sentences = article.sentences
        let tokens = sentences.map { Tokenizer.tokens($0.text) }
        let language = language(of: article, tokens: tokens, context: context)
        let finder = MentionFinder(knowledge: context.knowledge, language: language.language)
        var mentions: [Mention] = []
        var acronyms: [AcronymDefinition] = []
        var previous: Range<Int> = 0..<0
        for (sentence, plain) in zip(sentences, tokens) {
            let found = finder.find(in: sentence, plainTokens: plain)
            // "Korvath cut its forecast. The company said …": the class noun that opens a sentence types the one name of
            // the sentence before that nothing else types as a place or a person.
            if let opening = found.opening {
                let open = previous.filter { index in
                    !mentions[index].evidence.contains { item in
                        item.weight >= 6 && (item.type == .place || item.type == .person) || item.clue == .firstName
                    }
                }
                if open.count == 1, let index = open.first {
                    mentions[index].evidence.append(TypeEvidence(type: opening.type, weight: 5, clue: .nounAfter(opening.noun)))
                }
            }
            previous = mentions.count..<(mentions.count + found.mentions.count)
            mentions += found.mentions
            acronyms += found.acronyms
        }
        let tagger = TemporalTagger(lexicon: context.knowledge.temporalLexicon(language.language))
        var times = tagger.tag(sentences, tokens: tokens, reference: article.date)
        var inferred: InferredDate?
        if article.date == nil {
            inferred = inferDate(article, times: times)
            if let inferred { times = TemporalTagger.resolve(times, reference: inferred.date) }
        }
        return ArticleFacts(mentions: mentions, acronyms: acronyms, times: times, inferredDate: inferred, language: language)
    }

    /// An undated article's date from its own text: a full date that it calls "today", else the
    /// newest dated post embedded in it (the article cannot be older than what it embeds).
    static func inferDate(_ article: Article, times: [TemporalExpression]) -> InferredDate? {
        for sentence in article.sentences {
            // A sentence that says "today" (in its language: "hoy", "aujourd'hui", "heute").
            guard times.contains(where: { $0.sentence == sentence.ordinal && $0.form == .relative(unit: .day, offset: 0) }) else { continue }
            for time in times where time.sentence == sentence.ordinal {
                if let value = time.value, value.precision == .day, time.kind == .absolute {
                    return InferredDate(date: value.start, reason: "a full date the text calls today (\(value.start.long))")
                }
            }
        }
        // A dateline: a full date at the start of one of the first sentences ("Brennhausen, 17.05.2025 (BNA) …",
        // "Stand: 23.03.2025 14:17 Uhr").
        for sentence in article.sentences.prefix(3) {
            if let time = times.first(where: { $0.sentence == sentence.ordinal && $0.kind == .absolute && $0.start < 40
                                               && $0.value?.precision == .day }), let date = time.value?.start {
                return InferredDate(date: date, reason: "a dateline (\(date.long))")
            }
        }
        let posts = article.blocks.compactMap { block -> DayDate? in
            if case .embeddedPost(let post) = block { return post.date }
            return nil
        }
        if let newest = posts.max() {
            return InferredDate(date: newest, reason: "a dated embedded post (\(newest.long))")
        }
        return nil
    }
}
