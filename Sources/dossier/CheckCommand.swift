import ArgumentParser
import DossierKit
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content as a build would, without writing anything.",
        discussion: """
            Reports, with file, line and column: front matter errors and unknown keys, broken \
            wikilinks and links (with the closest name as a suggestion), notes that cite sources \
            or name entities that do not exist, undated sources, relative dates that cannot be \
            placed, entity files that match nothing, likely duplicate entities, colliding page names \
            and template errors. `dossier build` runs the same checks and stops on errors.

            Exit status: 0 when there are no errors (warnings are allowed unless --strict), 1 when \
            there are errors, 2 for a wrong command line.
            """
    )

    @OptionGroup var where_: ContentOptions

    @Flag(name: .long, help: "Treat warnings as errors (for a dossier's own CI).")
    var strict = false

    @Flag(name: .long, help: "Print only the diagnostics, not the summary line.")
    var quiet = false

    func run() throws {
        // The output folder is never written; it only has to be a name the checks accept.
        let progress = ProgressLine(enabled: !quiet && Terminal.isInteractive)
        let report: SiteBuilder.Report
        do {
            report = try SiteBuilder(options: where_.buildOptions(output: "public")) { stage in progress.enter(stage) }.check()
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        Terminal.printDiagnostics(report.diagnostics)
        let errors = report.errorCount + (strict ? report.warningCount : 0)
        if !quiet {
            let summary = "\(Terminal.counted(report.errorCount, "error")), \(Terminal.counted(report.warningCount, "warning"))"
                + " in \(Terminal.counted(report.sources, "source")), \(Terminal.counted(report.notes, "note"))"
                + (strict && report.warningCount > 0 ? " (--strict: warnings count as errors)" : "")
            if errors > 0 { Terminal.printError("check failed: " + summary) } else { Terminal.printInfo("check passed: " + summary) }
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
