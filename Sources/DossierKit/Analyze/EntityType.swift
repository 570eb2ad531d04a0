/// What kind of thing an entity is.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case person, organization, place, agreement, event, other

    /// Heading for a group of entities of this type.
    public var plural: String {
        switch self {
        case .person: return "People"
        case .organization: return "Organisations"
        case .place: return "Places"
        case .agreement: return "Agreements"
        case .event: return "Events"
        case .other: return "Other names"
        }
    }

    public var singular: String {
        switch self {
        case .person: return "Person"
        case .organization: return "Organisation"
        case .place: return "Place"
        case .agreement: return "Agreement"
        case .event: return "Event"
        case .other: return "Other"
        }
    }
}

/// One reason to think a mention is of some type, with its weight. Resolution adds up the
/// evidence of every mention of an entity; the heaviest type wins.
public struct TypeEvidence: Sendable, Hashable {
    public var type: EntityType
    public var weight: Int
    public var reason: String
}

extension TypeEvidence {
    /// The reason of the weak place evidence that a preposition gives ("in …", "from …"); resolution does not
    /// let it make a place alone.
    static let placePrepositionReason = "preposition of place"
    /// A first name at the start of the name: too weak to lend a type to the names listed with it.
    static let firstNameReason = "first name"
    /// "the National Renewal party", "a London court": a lowercase institution's word after the name.
    static let organizationWordAfterReason = "organisation word after"
    /// The gazetteer knows the name as a place of this kind.
    static func gazetteerReason(_ kind: Knowledge.Place.Kind) -> String { "gazetteer: \(kind.rawValue)" }
}
