import ArgumentParser
import DossierKit
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the content folder into the output folder.",
        discussion: """
            Reads every source and note, cleans the sources of scraping junk, renders Markdown with \
            libcmark and pages with the Mustache templates, and writes the site. The site is written \
            into a fresh folder beside the output and swapped in only when everything succeeded, so \
            a failed build leaves the previous site as it was. The output folder is refused when it \
            is /, your home folder, the repository root, the content or templates folder, or a \
            non-empty folder that dossier did not write. When nothing changed since the build that \
            wrote the output (content, templates, config, options, the dossier binary, and the output \
            itself), nothing is done and that build's summary and warnings are printed again; --force \
            builds anyway.
            """
    )

    @OptionGroup var where_: ContentOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site.", valueName: "dir"))
    var output = "public"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site will be published at (overrides base_url).",
                                                             valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Build even when nothing changed since the build that wrote the output.")
    var force = false

    @Flag(name: .long, help: "Print only warnings and errors.")
    var quiet = false

    @Flag(name: .long, help: "Also print the time each stage took, and every warning (not only the first 20).")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        try ContentOptions.validate(output: output)
        if let baseURL, URL(string: baseURL)?.scheme.map({ ["http", "https"].contains($0.lowercased()) }) != true {
            throw ValidationError("--base-url must be an http or https address")
        }
    }

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let options = where_.buildOptions(output: output, baseURL: baseURL)
        let progress = ProgressLine(enabled: !quiet && Terminal.isInteractive)
        let builder = SiteBuilder(options: options) { stage in progress.enter(stage) }
        let report: SiteBuilder.Report
        do {
            report = try builder.build(force: force)
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        Terminal.printDiagnostics(report.diagnostics, limit: verbose ? Int.max : 20)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        if verbose {
            for (stage, time) in report.timings {
                Terminal.printInfo(String(format: "  %-8@ %8.3f s", stage as NSString, time))
            }
        }
        if !quiet {
            let warnings = report.warningCount
            Terminal.printInfo((report.upToDate ? "Nothing changed: \(output) is up to date with " : "Built ")
                + "\(Terminal.counted(report.pages, "page")) (\(Terminal.counted(report.sources, "source")), "
                + "\(Terminal.counted(report.notes, "note")), \(Terminal.counted(report.entities, "entity", plural: "entities")))"
                + (report.upToDate ? " (checked" : " into \(output)") + " in "
                + String(format: "%.2f s", seconds) + (report.upToDate ? ")" : "")
                + (warnings > 0 ? ", " + Terminal.counted(warnings, "warning") : ""))
        }
    }
}
