import ArgumentParser
import DossierKit
import DossierServe
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site locally, and rebuild and reload the browser on every change.",
        discussion: """
            Builds the site into the output folder, serves it on http://127.0.0.1:8000/ (see --host \
            and --port), and watches the content folder, the templates and the config. On a change it \
            rebuilds the site and the open pages reload. A failed rebuild keeps the last good site: \
            the error is printed here and shown over the pages until the next good build. Only files \
            of the output folder are served. The reload script is added by the server as it serves; \
            the built files never contain it. Stop with Ctrl-C.
            """
    )

    @OptionGroup var where_: ContentOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site.", valueName: "dir"))
    var output = "public"

    @Option(name: .long, help: ArgumentHelp("The address to listen on (127.0.0.1: this machine only).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "number"))
    var port: UInt16 = 8000

    func validate() throws {
        try ContentOptions.validate(output: output)
    }

    func run() async throws {
        let options = where_.buildOptions(output: output)
        let server = try DevServer(.init(build: options, host: host, port: port)) { event in
            switch event {
            case .listening(let address):
                Terminal.printInfo("Serving \(output) at \(address) (Ctrl-C to stop)")
            case .previewed(let paths, let seconds):
                Terminal.printInfo("Showing \(paths.joined(separator: ", ")) as edited after \(String(format: "%.2f s", seconds)); "
                    + "resolving the dossier again")
            case .built(let report, let seconds, let changed, let shownAfter):
                Terminal.printDiagnostics(report.diagnostics, limit: 20)
                let what = changed.isEmpty ? "Built" : "Rebuilt after changes to \(Self.describe(changed)):"
                let shown = changed.isEmpty ? "" : String(format: " (served after %.2f s)", shownAfter)
                Terminal.printInfo("\(what) \(Terminal.counted(report.pages, "page")) in \(String(format: "%.2f s", seconds))\(shown)"
                    + (report.warningCount > 0 ? ", \(Terminal.counted(report.warningCount, "warning"))" : ""))
            case .failed(let error, let changed):
                Terminal.printDiagnostics(error.diagnostics)
                Terminal.printError("build failed\(changed.isEmpty ? "" : " after changes to " + Self.describe(changed)); "
                    + "still serving the last good site")
            }

        }
        do {
            _ = try await server.start()
        } catch let error as ServeError {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
        await server.watch()
    }

    static func describe(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(3).joined(separator: ", ") + " and \(paths.count - 3) more"
    }
}
