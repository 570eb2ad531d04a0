/// The analyze stage for one article: finds the mentions of named things in every sentence
/// of its main text (never in what cleaning removed).
public enum ArticleAnalyzer {
    public static func analyze(_ article: Article) -> ArticleFacts {
        let finder = MentionFinder()
        var mentions: [Mention] = []
        var acronyms: [AcronymDefinition] = []
        for sentence in article.sentences {
            let found = finder.find(in: sentence)
            mentions += found.mentions
            acronyms += found.acronyms
        }
        return ArticleFacts(mentions: mentions, acronyms: acronyms)
    }
}
