/// The advisory checks over a resolved dossier that `dossier check` reports and `dossier build`
/// runs too: nothing here stops a build, but each is something an editor can fix. (Errors, such
/// as broken links and front matter mistakes, come from the stages that find them.)
public enum ContentChecks {
    public static func run(_ dossier: Dossier, contentPath: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in dossier.sources {
            let article = entry.article
            guard entry.date.date == nil else { continue }
            diagnostics.append(.warning(SourceLocation(file: article.displayPath),
                "the source has no date: none in its front matter, no 'date YYYY-MM-DD' first line, none in its text, "
                + "and no other source dates it; add 'date:' to front matter (it is listed last and its dates are not placed)"))
            let sentences = article.sentences
            for time in entry.times where time.value == nil {
                let line = sentences.indices.contains(time.sentence) ? sentences[time.sentence].line : nil
                diagnostics.append(.warning(SourceLocation(file: article.displayPath, line: line),
                    "relative date '\(time.phrase)' cannot be placed, because the source has no date"))
            }
        }
        for ambiguity in dossier.ambiguities {
            diagnostics.append(.warning(SourceLocation(file: contentPath + "/sources"),
                "possible duplicate entities: \(ambiguity) (merge them with an entity file's 'merge_into' or 'aliases')"))
        }
        return diagnostics
    }
}
