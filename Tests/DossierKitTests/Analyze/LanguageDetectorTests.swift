import Testing
@testable import DossierKit

/// Language detection from function words, and the order of front matter, detection and the dossier's language.
@Suite("Telling a source's language")
struct LanguageDetectorTests {
    let detector = LanguageDetector(knowledge: Knowledge.builtIn)

    @Test("six languages from a sentence or two of news", arguments: [
        ("The council said on Monday that it would not approve the plan before the vote.", Language.en),
        ("El consejo dijo el lunes que no aprobaría el plan antes de la votación de los vecinos.", .es),
        ("Le conseil a déclaré lundi qu'il n'approuverait pas le plan avant le vote des habitants.", .fr),
        ("Der Rat sagte am Montag, dass er den Plan vor der Abstimmung nicht genehmigen werde.", .de),
        ("Il consiglio ha detto lunedì che non approverà il piano prima del voto dei cittadini.", .it),
        ("O conselho disse na segunda-feira que não aprovaria o plano antes da votação dos moradores.", .pt),
    ])
    func detects(text: String, language: Language) {
        #expect(detector.detect([text])?.language == language)
    }

    @Test("too few words tell nothing")
    func tooShort() {
        #expect(detector.detect(["Acme Steel"]) == nil)
    }

    @Test("front matter wins over detection; the dossier's language is the fallback")
    func precedence() throws {
        let spanish = "El consejo dijo el lunes que no aprobaría el plan antes de la votación de los vecinos."
        var frontMatter = FrontMatter()
        frontMatter.language = "pt-BR"
        let tagged = ArticleCleaner.clean(TestSupport.source(spanish, frontMatter: frontMatter))
        #expect(ArticleAnalyzer.analyze(tagged).language == LanguageDecision(language: .pt, origin: .frontMatter))
        let plain = ArticleCleaner.clean(TestSupport.source(spanish))
        #expect(ArticleAnalyzer.analyze(plain).language == LanguageDecision(language: .es, origin: .detected))
        let short = ArticleCleaner.clean(TestSupport.source("Acme Steel."))
        let context = ArticleAnalyzer.Context(fallback: .fr)
        #expect(ArticleAnalyzer.analyze(short, context: context).language == LanguageDecision(language: .fr, origin: .fallback))
    }

    @Test("a front matter language must be a language tag")
    func invalidTag() {
        #expect(throws: DossierError.self) {
            try FrontMatterParser.split("---\nlanguage: español!\n---\nText.\n", file: "content/sources/a.md",
                                        allowedKeys: FrontMatter.sourceKeys)
        }
        #expect(LanguageTag.isValid("pt-BR") && LanguageTag.isValid("es") && !LanguageTag.isValid("e") && !LanguageTag.isValid("en_US!"))
    }
}
