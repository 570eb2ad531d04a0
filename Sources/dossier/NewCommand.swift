import ArgumentParser
import DossierKit
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a note, a source or an entity file, with its front matter filled in.",
        discussion: """
            dossier new note "Title"            → content/notes/<slug>.md (dated today, a draft)
            dossier new source URL-or-title     → content/sources/<slug>.md (front matter to fill, a draft)
            dossier new entity "Name"           → content/entities/<slug>.md

            Prints the path of the new file. It never overwrites a file.
            """
    )

    @Argument(help: ArgumentHelp("What to start: note, source or entity.", valueName: "kind"))
    var kind: NewFile.Kind

    @Argument(help: ArgumentHelp("The note's title, the source's address or title, or the entity's name.", valueName: "title"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("For an entity: person, organization, place, agreement, event or other.", valueName: "type"))
    var type: EntityType?

    func validate() throws {
        if type != nil && kind != .entity { throw ValidationError("--type is only for `dossier new entity`") }
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("give a title") }
    }

    func run() throws {
        let plan = try NewFile.plan(kind, title, today: Self.today(), entityType: type)
        let path = content + "/" + plan.relativePath
        try NewFile.create(path, text: plan.text, displayPath: path)
        Terminal.printInfo(path)
    }

    /// Today in the local time zone: the only place dossier reads the clock.
    static func today() -> DayDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return DayDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? DayDate(year: 1970, month: 1, day: 1)!
    }
}

extension NewFile.Kind: ExpressibleByArgument {}
extension EntityType: ExpressibleByArgument {}
