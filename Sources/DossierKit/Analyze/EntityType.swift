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
    var clue: Clue

    /// The clue as an entity page names it ("title", "described as airline").
    public var reason: String { clue.label }

    /// What in or around a mention says its type.
    enum Clue: Sendable, Hashable {
        /// A title or an honorific before the name, an apposition after it.
        case title, honorific, apposition
        /// The gazetteer knows the name as a place of this kind.
        case gazetteer(Knowledge.Place.Kind)
        case knownOrganization, landmark
        /// A word of a kind in the name itself ("Airlines", "Treaty", "Summit"); a compound's head ("Bundesamt").
        case agreementWord, eventWord, organizationWord, placeWord, compoundWord
        case ampersand, paperTitle, webAddress, modelName, regnalName, acronym
        /// A first name at the start of the name: too weak to lend a type to the names listed with it.
        case firstName
        /// A verb of saying or reporting with the name as its subject.
        case speechVerb, reportVerb
        case jobTitleAfter
        /// "the National Renewal party", "a London court": a lowercase institution's word after the name.
        case organizationWordAfter
        /// ", who …" after the name.
        case who
        /// A class noun before the name or in an apposition after it ("airline", "ciudad").
        case describedAs(String)
        case titlesBefore, titleBefore, titleOfItBefore
        /// A known region or country after a comma ("Lillehammer, Norway").
        case followedBy(String)
        /// "in …", "from …": too weak to make a place alone.
        case placePreposition
        case accordingTo, creditedAgency
        /// "its" after the name, for no person.
        case itsAfter
        /// Named in a list with a name of this type.
        case listedWith(String)
        /// A class noun that opens the next sentence ("The company said …").
        case nounAfter(String)

        var label: String {
            switch self {
            case .title: "title"
            case .honorific: "honorific"
            case .apposition: "apposition"
            case .gazetteer(let kind): "gazetteer: \(kind.rawValue)"
            case .knownOrganization: "known organisation"
            case .landmark: "landmark"
            case .agreementWord: "agreement word"
            case .eventWord: "event word"
            case .organizationWord: "organisation word"
            case .placeWord: "place word"
            case .compoundWord: "compound word"
            case .ampersand: "ampersand"
            case .paperTitle: "title of a paper"
            case .webAddress: "web address"
            case .modelName: "model name"
            case .regnalName: "regnal name"
            case .acronym: "acronym"
            case .firstName: "first name"
            case .speechVerb: "speech verb"
            case .reportVerb: "report verb"
            case .jobTitleAfter: "job title after"
            case .organizationWordAfter: "organisation word after"
            case .who: "who"
            case .describedAs(let noun): "described as \(noun)"
            case .titlesBefore: "titles before"
            case .titleBefore: "title before"
            case .titleOfItBefore: "a title of it before"
            case .followedBy(let place): "followed by \(place)"
            case .placePreposition: "preposition of place"
            case .accordingTo: "according to"
            case .creditedAgency: "credited agency"
            case .itsAfter: "\u{201C}its\u{201D} after the name"
            case .listedWith(let name): "listed with \(name)"
            case .nounAfter(let noun): "the \(noun) after it"
            }
        }

        /// A verb of saying or reporting: says little alone about a name of common words.
        var isVerbOfSaying: Bool { self == .speechVerb || self == .reportVerb }

        /// From the words around a mention, not from the name itself or the data.
        var isContextual: Bool {
            switch self {
            case .title, .honorific, .apposition, .titleBefore, .speechVerb, .reportVerb, .placePreposition, .accordingTo, .who: true
            default: false
            }
        }

        /// A word of a kind that the name gives itself.
        var isWordOfAKind: Bool {
            switch self {
            case .organizationWord, .placeWord, .eventWord, .agreementWord, .compoundWord: true
            default: false
            }
        }
    }
}
