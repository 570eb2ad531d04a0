/// The analyze stage for one article: finds the mentions of named things and the date
/// expressions in every sentence of its main text (never in what cleaning removed).
public enum ArticleAnalyzer {
    public static func analyze(_ article: Article) -> ArticleFacts {
        let finder = MentionFinder()
        var mentions: [Mention] = []
        var acronyms: [AcronymDefinition] = []
        let sentences = article.sentences
        for sentence in sentences {
            let found = finder.find(in: sentence)
            mentions += found.mentions
            acronyms += found.acronyms
        }
        let tagger = TemporalTagger()
        var times = tagger.tag(sentences, reference: article.date)
        var inferred: InferredDate?
        if article.date == nil {
            inferred = inferDate(article, times: times)
            if let inferred { times = TemporalTagger.resolve(times, reference: inferred.date) }
        }
        return ArticleFacts(mentions: mentions, acronyms: acronyms, times: times, inferredDate: inferred)
    }

    /// An undated article's date from its own text: a full date that it calls "today", else the
    /// newest dated post embedded in it (the article cannot be older than what it embeds).
    static func inferDate(_ article: Article, times: [TemporalExpression]) -> InferredDate? {
        for sentence in article.sentences {
            let words = Tokenizer.tokens(sentence.text).map(\.lowercased)
            guard words.contains("today") else { continue }
            for time in times where time.sentence == sentence.ordinal {
                if let value = time.value, value.precision == .day, time.kind == .absolute {
                    return InferredDate(date: value.start, reason: "a full date the text calls today (\(value.start.long))")
                }
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
