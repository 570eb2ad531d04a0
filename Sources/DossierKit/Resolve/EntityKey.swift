/// What resolution first groups a mention by, before names merge: an acronym, a landmark, a body or
/// a place of the data (by the data's name), or the normal form of any other name.
enum EntityKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    case acronym(String)
    case landmark(String)
    case name(String)
    case organization(String)
    case place(String)

    /// The acronym, the data's name, or the name's normal form.
    var text: String {
        switch self {
        case .acronym(let text), .landmark(let text), .name(let text), .organization(let text), .place(let text): text
        }
    }

    /// A name's normal form, no acronym or name of the data.
    var isName: Bool { if case .name = self { true } else { false } }

    /// The acronym, for an acronym's key.
    var acronym: String? { if case .acronym(let acronym) = self { acronym } else { nil } }

    /// The words of `text`.
    var words: [Substring] { text.split(separator: " ") }

    /// Acronyms, landmarks, names, bodies, places; each kind by its text. (The order of merged groups and of
    /// entities with one name depends on it: it stays the same from build to build.)
    static func < (a: EntityKey, b: EntityKey) -> Bool {
        a.rank != b.rank ? a.rank < b.rank : a.text < b.text
    }

    private var rank: Int {
        switch self {
        case .acronym: 0
        case .landmark: 1
        case .name: 2
        case .organization: 3
        case .place: 4
        }
    }

    var description: String { text }
}
