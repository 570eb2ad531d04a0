import ArgumentParser
import DossierKit
import Foundation

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Build a browsable static website from the news articles and notes of one story.",
        discussion: """
            A dossier is a folder with source articles in content/sources/ (raw text as scraped, \
            or Markdown with YAML front matter), the editors' notes in content/notes/, an optional \
            dossier.yml, and HTML templates in Templates/. `dossier build` turns it into plain files \
            in public/ that any static host, or a browser from file://, can serve.

            Exit status: 0 on success, 1 when the content has errors, 2 for a wrong command line.
            """,
        version: SiteRenderer.version,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self, ServeCommand.self]
    )

    /// Parses the command line and runs it, mapping failures to the documented exit codes.
    static func main() async {
        var name = "build"
        do {
            var command = try parseAsRoot()
            name = type(of: command).configuration.commandName ?? name
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as DossierError {
            Terminal.printDiagnostics(error.diagnostics)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            Terminal.printError("\(name) failed with \(Terminal.counted(count, "error")); nothing was written")
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is CleanExit || error is ExitCode { exit(withError: error) }
            FileHandle.standardError.write(Data((TerminalText.escaped(fullMessage(for: error), keepingNewlines: true) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
