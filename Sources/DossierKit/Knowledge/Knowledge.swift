/// General knowledge that entity recognition needs, shipped with the tool: countries, regions,
/// cities, titles, cue words. Nothing here is about one story; a story's own knowledge belongs
/// in the dossier's `content/entities/`.
///
/// The tables are text (one entry per line, fields separated by ` | `, list items by `; `) kept
/// in Swift files so that they are compiled into the binary.
enum Knowledge {
    /// A place the gazetteer knows, by its canonical name.
    struct Place: Sendable {
        enum Kind: String, Sendable {
            case country, city, region
        }

        var name: String
        var kind: Kind
        /// The country it is in (for regions and cities).
        var country: String?
    }

    /// The parsed tables, built once.
    struct Gazetteer: Sendable {
        /// Folded lowercase name or alias → place.
        var places: [String: Place] = [:]
        /// Folded lowercase demonym → country (or region) name.
        var demonyms: [String: String] = [:]

        static func fold(_ text: String) -> String {
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
            return Slug.foldToASCII(text).lowercased()
        }

        func place(named name: String) -> Place? {
            places[Gazetteer.fold(name)]
        }

        func country(forDemonym word: String) -> String? {
            demonyms[Gazetteer.fold(word)]
        }
    }

    static let gazetteer: Gazetteer = {
        var gazetteer = Gazetteer()
        // Cities first, then regions, then countries: a country's name wins over a city of the same name.
        for fields in rows(citiesTable) where !fields[0].isEmpty {
            gazetteer.places[Gazetteer.fold(fields[0])] = Place(name: fields[0], kind: .city,
                                                                 country: fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil)
        }
        for fields in rows(regionsTable) where !fields[0].isEmpty {
            gazetteer.places[Gazetteer.fold(fields[0])] = Place(name: fields[0], kind: .region,
                                                                 country: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil)
        }
        for fields in rows(countriesTable) where !fields[0].isEmpty {
            let country = Place(name: fields[0], kind: .country, country: nil)
            gazetteer.places[Gazetteer.fold(fields[0])] = country
            if fields.count > 1 {
                for alias in items(fields[1]) { gazetteer.places[Gazetteer.fold(alias)] = country }
            }
            if fields.count > 2 {
                for demonym in items(fields[2]) { gazetteer.demonyms[Gazetteer.fold(demonym)] = fields[0] }
            }
        }
        for (demonym, region) in regionalDemonyms { gazetteer.demonyms[Gazetteer.fold(demonym)] = region }
        return gazetteer
    }()

    /// Demonyms of world regions ("North American markets").
    static let regionalDemonyms: [(String, String)] = [
        ("North American", "North America"), ("South American", "South America"), ("Latin American", "Latin America"),
        ("Central American", "Central America"), ("European", "Europe"), ("Asian", "Asia"), ("African", "Africa"),
        ("Middle Eastern", "Middle East"), ("Caribbean", "Caribbean"), ("Arctic", "Arctic"), ("Scandinavian", "Scandinavia"),
        ("Western", "West"), ("Eastern", "East"), ("Northern", "North"), ("Southern", "South"),
    ]

    static func rows(_ table: String) -> [[String]] {
        table.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    static func items(_ field: String) -> [String] {
        field.components(separatedBy: "; ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func wordSet(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0) })
    }
}

import Foundation
