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
        /// True when nothing had changed since the build that wrote the output, so nothing was done:
        /// the figures and diagnostics are that build's.
        public var upToDate = false
    }

    public var options: BuildOptions
    /// Called with a stage name as each stage starts (for progress output).
    public var progress: @Sendable (String) -> Void

    /// What the last build in this process left to reuse (`dossier serve`); nil for a one-off build.
    public var cache: BuildCache?

    public init(options: BuildOptions, cache: BuildCache? = nil, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.cache = cache
        self.progress = progress
    }

    /// Builds the site into memory without writing it (used by `build` and by tests). Errors
    /// found by any stage stop it.
    public func render() throws(DossierError) -> (files: [OutputFile], report: Report) {
        var (plan, report) = try run(stopOnErrors: true)
        progress("render")
        var clock = StageClock()
        let files = try plan.renderAll()
        report.timings.append(("render", clock.lap()))
        cache?.finish()
        return (files, report)
    }

    /// Runs every stage up to render and hands over the site's plan, whose files render one by one
    /// (`dossier serve` shows the pages asked for before it writes the whole site). The cache, when
    /// there is one, is kept for the next build once this one has got this far.
    /// With `preview`, when the last build in this process left a dossier and only the text of a few sources
    /// changed, it is first handed a plan of that dossier with the edited sources (`SourcePreview`) and the paths of
    /// their pages, before the dossier is resolved again.
    public func prepare(preview: ((SitePlan, [String]) -> Void)? = nil) throws(DossierError) -> (plan: SitePlan, report: Report) {
        let prepared = try run(stopOnErrors: true, preview: preview)
        cache?.keep(prepared.plan.dossier)
        cache?.finish()
        return prepared
    }

    /// Reads and checks everything the build would, renders in memory, and writes nothing:
    /// errors that stop a build are reported with the warnings (for `dossier check`). Errors
    /// that leave nothing to go on (a file that cannot be read, a missing template) still throw.
    public func check() throws(DossierError) -> Report {
        let (plan, report) = try run(stopOnErrors: false)
        _ = try plan.renderAll()
        return report
    }

    private func run(stopOnErrors: Bool, preview: ((SitePlan, [String]) -> Void)? = nil) throws(DossierError) -> (plan: SitePlan, report: Report) {
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
        cache?.begin()
        let corpus = try ContentLoader(contentPath: options.contentPath)
            .load(config: config, includeDrafts: options.includeDrafts, cache: cache)
        warnings += corpus.diagnostics
        timings.append(("load", clock.lap()))

        // Clean and analyze run together, one source at a time on every core (a source unchanged
        // since the last build in this process is taken from the cache); the timings split them.
        progress("analyze")
        let analysis = try ArticleAnalyzer.Context.make(config: config, knowledge: corpus.knowledge)
        let cleanTime = ParallelClock(), analyzeTime = ParallelClock()
        let analyzed = corpus.sources.parallelMap { document in
            let work = { (document: RawDocument) -> (Article, ArticleFacts) in
                let article = cleanTime.measure { ArticleCleaner.clean(document) }
                return (article, analyzeTime.measure { ArticleAnalyzer.analyze(article, context: analysis) })
            }
            return cache?.article(for: document, context: analysis, make: work) ?? work(document)
        }
        let articles = analyzed.map(\.0), facts = analyzed.map(\.1)
        var notes = corpus.notes.map(Note.prepare)
        for index in notes.indices { notes[index].references = NoteLinkScanner.references(in: notes[index]) }
        let wall = clock.lap(), share = cleanTime.total / max(cleanTime.total + analyzeTime.total, 1e-9)
        timings.append(("clean", wall * share))
        timings.append(("analyze", wall * (1 - share)))

        let renderer = SiteRenderer(templates: templates, markdown: Markdown(allowUnsafeHTML: config.unsafeHTML))
        if let preview, let previous = cache?.previousDossier,
           let quick = SourcePreview(previous: previous, config: config, articles: articles, facts: facts) {
            preview(renderer.plan(quick.dossier), quick.paths)
        }

        progress("resolve")
        let resolved = try DossierResolver.resolve(config: config, articles: articles, facts: facts, notes: notes,
                                                   entityFiles: corpus.entities.map(EntityFile.prepare), drafts: corpus.drafts,
                                                   analysis: analysis, cache: cache)
        var dossier = resolved.dossier
        dossier.contentFolderName = Paths.lastComponent(options.contentPath).isEmpty ? "content" : Paths.lastComponent(options.contentPath)
        warnings += resolved.diagnostics
        warnings.sort { ($0.location, $0.message) < ($1.location, $1.message) }
        let errors = warnings.filter { $0.severity == .error }
        if stopOnErrors, !errors.isEmpty { throw DossierError(errors) }
        timings.append(("resolve", clock.lap()))

        let plan = renderer.plan(dossier)
        let paths = plan.paths
        let report = Report(sources: dossier.sources.count, notes: dossier.notes.count,
                            pages: paths.filter { $0.hasSuffix(".html") }.count, files: paths.count,
                            entities: dossier.entities.count, diagnostics: warnings,
                            timings: timings)
        return (plan, report)
    }

    /// Builds and writes the site; a failure leaves the previous output untouched. When the
    /// content, templates, config, options and binary are those of the build that wrote the output,
    /// and the output is as that build left it, nothing is done (unless `force`): see `BuildStamp`.
    public func build(force: Bool = false) throws(DossierError) -> Report {
        try OutputGuard(contentPath: options.contentPath, templatesPath: options.templatesPath)
            .check(output: options.outputPath, displayPath: options.outputPath)
        var clock = StageClock()
        let inputs = BuildStamp.inputs(of: options)
        if !force, let previous = BuildStamp.read(output: options.outputPath), previous.inputs == inputs,
           previous.matches(output: options.outputPath) {
            // What a build killed after its swap may have left beside the output goes all the same.
            SiteWriter(output: options.outputPath, displayPath: options.outputPath).removeLeftovers()
            var report = previous.report
            report.upToDate = true
            report.timings = [("check", clock.lap())]
            return report
        }
        let check = clock.lap()
        var (files, report) = try render()
        report.timings.insert(("check", check), at: 0)
        progress("write")
        _ = clock.lap()
        unlink(BuildStamp.path(output: options.outputPath))
        try SiteWriter(output: options.outputPath, displayPath: options.outputPath).write(files)
        BuildStamp.make(inputs: inputs, report: report, files: files).save(output: options.outputPath)
        report.timings.append(("write", clock.lap()))
        return report
    }
}

/// Adds up the time that work on several threads spends in one stage, to split a parallel pass's
/// wall time between the stages it runs (never written into the site).
final class ParallelClock: @unchecked Sendable {
    private let lock = NSLock()
    private var nanoseconds: UInt64 = 0

    func measure<T>(_ body: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = body()
        let spent = DispatchTime.now().uptimeNanoseconds - start
        lock.lock()
        nanoseconds += spent
        lock.unlock()
        return result
    }

    var total: Double {
        lock.lock()
        defer { lock.unlock() }
        return Double(nanoseconds) / 1e9
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
