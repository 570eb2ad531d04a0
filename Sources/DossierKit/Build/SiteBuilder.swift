import Foundation

/// Runs the pipeline: load → clean → resolve → render → write.
public struct SiteBuilder: Sendable {
    public struct Report: Sendable {
        public var sources: Int
        public var notes: Int
        public var pages: Int
        public var files: Int
        public var entities: Int
        /// Every warning, and (from `check`) every error, sorted by file and line.
        public var diagnostics: [Diagnostic]
        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
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

    /// Builds the site into memory without writing it (used by `build` and by tests). Errors
    /// found by any stage stop it.
    public func render() throws(DossierError) -> (files: [OutputFile], report: Report) {
        try run(stopOnErrors: true)
    }

    /// Reads and checks everything the build would, renders in memory, and writes nothing:
    /// errors that stop a build are reported with the warnings (for `dossier check`). Errors
    /// that leave nothing to go on (a file that cannot be read, a missing template) still throw.
    public func check() throws(DossierError) -> Report {
        try run(stopOnErrors: false).report
    }

    private func run(stopOnErrors: Bool) throws(DossierError) -> (files: [OutputFile], report: Report) {
        var timings: [(String, Double)] = []
        var clock = StageClock()

        progress("load")
        let configPath = options.configPath ?? options.defaultConfigPath
        var (config, warnings) = try DossierConfig.load(path: configPath, displayPath: configPath,
                                                        required: options.configPath != nil)
        if let baseURL = options.baseURL { config.baseURL = baseURL }
        let templates: TemplateSet
        if let builtIn = options.builtInTemplates, !FileManager.default.fileExists(atPath: options.templatesPath) {
            templates = try TemplateSet.load(files: builtIn, displayPath: "(built-in templates)")
        } else {
            templates = try TemplateSet.load(from: options.templatesPath, displayPath: options.templatesPath)
        }
        let corpus = try ContentLoader(contentPath: options.contentPath).load(config: config, includeDrafts: options.includeDrafts)
        warnings += corpus.diagnostics
        timings.append(("load", clock.lap()))

        progress("clean")
        let articles = corpus.sources.parallelMap(ArticleCleaner.clean)
        var notes = corpus.notes.map(Note.prepare)
        timings.append(("clean", clock.lap()))

        progress("analyze")
        let analysis = try ArticleAnalyzer.Context.make(config: config, knowledge: corpus.knowledge)
        let facts = articles.parallelMap { ArticleAnalyzer.analyze($0, context: analysis) }
        for index in notes.indices { notes[index].references = NoteLinkScanner.references(in: notes[index]) }
        timings.append(("analyze", clock.lap()))

        progress("resolve")
        let resolved = try DossierResolver.resolve(config: config, articles: articles, facts: facts, notes: notes,
                                                   entityFiles: corpus.entities.map(EntityFile.prepare), drafts: corpus.drafts,
                                                   analysis: analysis)
        var dossier = resolved.dossier
        dossier.contentFolderName = Paths.lastComponent(options.contentPath).isEmpty ? "content" : Paths.lastComponent(options.contentPath)
        warnings += resolved.diagnostics
        warnings.sort { ($0.location, $0.message) < ($1.location, $1.message) }
        let errors = warnings.filter { $0.severity == .error }
        if stopOnErrors, !errors.isEmpty { throw DossierError(errors) }
        timings.append(("resolve", clock.lap()))

        progress("render")
        let files = try SiteRenderer(templates: templates, markdown: Markdown(allowUnsafeHTML: config.unsafeHTML)).render(dossier)
        timings.append(("render", clock.lap()))

        let report = Report(sources: dossier.sources.count, notes: dossier.notes.count,
                            pages: files.filter { $0.path.hasSuffix(".html") }.count, files: files.count,
                            entities: dossier.entities.count, diagnostics: warnings,
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
