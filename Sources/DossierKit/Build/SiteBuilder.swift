import Foundation

/// Runs the pipeline: load → clean → resolve → render → write.
public struct SiteBuilder: Sendable {
    public struct Report: Sendable {
        public var sources: Int
        public var notes: Int
        public var pages: Int
        public var files: Int
        public var entities: Int
        public var warnings: [Diagnostic]
        /// Likely duplicate entities that were not merged.
        public var ambiguities: [String]
        /// Seconds spent in each stage, in pipeline order.
        public var timings: [(stage: String, seconds: Double)]
    }

    public var options: BuildOptions
    /// Called with a stage name as each stage starts (for progress output).
    public var progress: @Sendable (String) -> Void

    public init(options: BuildOptions, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
    }

    /// Builds the site into memory without writing it (used by `build` and by tests).
    public func render() throws(DossierError) -> (files: [OutputFile], report: Report) {
        var timings: [(String, Double)] = []
        var clock = StageClock()

        progress("load")
        let configPath = options.configPath ?? options.defaultConfigPath
        var (config, warnings) = try DossierConfig.load(path: configPath, displayPath: configPath,
                                                        required: options.configPath != nil)
        if let baseURL = options.baseURL { config.baseURL = baseURL }
        let templates = try TemplateSet.load(from: options.templatesPath, displayPath: options.templatesPath)
        let corpus = try ContentLoader(contentPath: options.contentPath).load(config: config, includeDrafts: options.includeDrafts)
        warnings += corpus.diagnostics
        timings.append(("load", clock.lap()))

        progress("clean")
        let articles = corpus.sources.parallelMap(ArticleCleaner.clean)
        let notes = corpus.notes.map(Note.prepare)
        timings.append(("clean", clock.lap()))

        progress("analyze")
        let facts = articles.parallelMap(ArticleAnalyzer.analyze)
        timings.append(("analyze", clock.lap()))

        progress("resolve")
        let resolved = try DossierResolver.resolve(config: config, articles: articles, facts: facts, notes: notes,
                                                   entityFiles: corpus.entities.map(EntityFile.prepare))
        let dossier = resolved.dossier
        warnings += resolved.diagnostics
        timings.append(("resolve", clock.lap()))

        progress("render")
        let files = try SiteRenderer(templates: templates, markdown: Markdown(allowUnsafeHTML: config.unsafeHTML)).render(dossier)
        timings.append(("render", clock.lap()))

        let report = Report(sources: dossier.sources.count, notes: dossier.notes.count,
                            pages: files.filter { $0.path.hasSuffix(".html") }.count, files: files.count,
                            entities: dossier.entities.count, warnings: warnings, ambiguities: dossier.ambiguities,
                            timings: timings)
        return (files, report)
    }

    /// Builds and writes the site; a failure leaves the previous output untouched.
    public func build() throws(DossierError) -> Report {
        try OutputGuard(contentPath: options.contentPath, templatesPath: options.templatesPath)
            .check(output: options.outputPath, displayPath: options.outputPath)
        var (files, report) = try render()
        progress("write")
        var clock = StageClock()
        try SiteWriter(output: options.outputPath, displayPath: options.outputPath).write(files)
        report.timings.append(("write", clock.lap()))
        return report
    }
}

/// Measures stage durations for the summary line; never written into the site.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
