/// An editor's entity file, `content/entities/<slug>.md`: the editor's word on one entity,
/// which wins over what the machine found.
public struct EntityFile: Sendable, Equatable {
    public var displayPath: String
    /// The file's name as a slug: the entity it is about, unless `name` says otherwise.
    public var slug: String
    public var name: String?
    public var type: EntityType?
    public var aliases: [String]
    public var hidden: Bool
    /// Slug or name of the entity this one is merged into.
    public var mergeInto: String?
    /// The Markdown body: the entity's description.
    public var description: String?

    public static func prepare(_ document: RawDocument) -> EntityFile {
        let front = document.frontMatter
        let body = document.body.trimmingCharacters(in: .whitespacesAndNewlines)
        return EntityFile(displayPath: document.displayPath, slug: Slug.make(Paths.stem(document.relativePath)),
                          name: front?.name, type: front?.type, aliases: front?.aliases ?? [], hidden: front?.hidden ?? false,
                          mergeInto: front?.mergeInto, description: body.isEmpty ? nil : body)
    }
}

import Foundation
