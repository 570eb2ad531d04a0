import ArgumentParser
import DefaultTemplates
import DossierKit
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new dossier: config, an example source and note, and the default templates.",
        discussion: """
            Writes DIR/dossier.yml, DIR/content/ with one example source and one example note, and \
            DIR/Templates/ with the templates built into this binary, to change as you like. The \
            folder must be new or empty. Then: cd DIR && dossier build.
            """
    )

    @Argument(help: ArgumentHelp("The folder of the new dossier.", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("The dossier's title (default: from the folder's name).", valueName: "text"))
    var title: String?

    func run() throws {
        let created = try ExampleDossier.create(in: directory, title: title, templates: DefaultTemplates.files)
        Terminal.printInfo("Created the dossier '\(created.title)' in \(directory) (\(created.files) files). Next:")
        Terminal.printInfo("  cd \(directory) && dossier build     # or: dossier serve")
    }
}
