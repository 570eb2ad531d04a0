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
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: directory), !existing.isEmpty {
            throw DossierError(SourceLocation(file: directory), "folder is not empty; dossier init only writes into a new or empty folder")
        }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw DossierError(SourceLocation(file: directory), "is a file, not a folder")
        }
        let name = title ?? ExampleDossier.title(forFolder: (directory as NSString).standardizingPath)
        var files = ExampleDossier.files(title: name).map { (path: $0.path, data: Data($0.text.utf8)) }
        files += DefaultTemplates.files.map { (path: "Templates/" + $0.path, data: $0.data) }
        for file in files {
            let path = directory + "/" + file.path
            try NewFile.create(path, data: file.data, displayPath: path)
        }
        print("Created the dossier '\(name)' in \(directory) (\(files.count) files). Next:")
        print("  cd \(directory) && dossier build     # or: dossier serve")
    }
}
