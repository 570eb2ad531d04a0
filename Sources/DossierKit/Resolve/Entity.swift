/// One real-world thing the dossier's sources name: every mention of it merged, typed by the
/// weight of the evidence, with the roles the sources give it.
public struct Entity: Sendable {
    public var slug: String
    public var name: String
    public var type: EntityType
    /// Other names the sources use for it (surname alone, acronym, spelled-out variants).
    public var aliases: [String]
    public var roles: [EntityRole]
    /// Every mention, in source order then sentence order.
    public var mentions: [EntityMention]
    /// Slugs of the sources that mention it, in the dossier's order.
    public var sources: [String]
    /// The editor's description (Markdown), from `content/entities/<slug>.md`.
    public var description: String?
    /// Slugs of the notes that name it.
    public var notes: [String]
    /// Entities named in the same sentences, strongest first.
    public var related: [RelatedEntity]
    /// Why it has its type: the evidence that decided, summed.
    public var typeReasons: [String]
}

public struct EntityMention: Sendable, Hashable {
    /// The source's slug.
    public var source: String
    public var sentence: Int
    /// Where the name stands in the sentence's text, in Unicode scalars.
    public var start: Int
    public var end: Int
    public var text: String
}

public struct EntityRole: Sendable, Hashable {
    public var role: Role
    /// Slugs of the sources that give it.
    public var sources: [String]
}

public struct RelatedEntity: Sendable, Hashable {
    public var slug: String
    /// How many sentences name both.
    public var sentences: Int
}
