#if DOSSIER_LEGACY_TABLES // being migrated to Knowledge/curated; removed with this change
extension Knowledge {
    /// International organisations and groupings that news names by acronym: name | aliases.
    /// General knowledge, so that "U.N." and "United Nations" are one organisation in any dossier.
    static let organizationsTable = #"""
    African Union | AU
    Arctic Council |
    Asian Development Bank | ADB
    Asia-Pacific Economic Cooperation | APEC
    Association of Southeast Asian Nations | ASEAN
    Bank for International Settlements | BIS
    BRICS |
    Commonwealth of Nations | Commonwealth
    Council of Europe |
    European Central Bank | ECB
    European Commission | EC
    European Parliament |
    European Union | EU; E.U.
    Food and Agriculture Organization | FAO
    Group of Seven | G7; G-7; G 7
    Group of Twenty | G20; G-20
    International Atomic Energy Agency | IAEA
    International Criminal Court | ICC
    International Court of Justice | ICJ
    International Labour Organization | ILO
    International Monetary Fund | IMF
    International Olympic Committee | IOC
    Interpol | International Criminal Police Organization
    North Atlantic Treaty Organization | NATO; Nato
    Organisation for Economic Co-operation and Development | OECD
    Organization of American States | OAS
    Organization of the Petroleum Exporting Countries | OPEC; Opec
    Organization for Security and Co-operation in Europe | OSCE
    Red Cross | International Committee of the Red Cross; ICRC
    United Nations | UN; U.N.; The United Nations
    United Nations Children's Fund | UNICEF; Unicef
    United Nations Security Council | UN Security Council; U.N. Security Council; Security Council
    UNESCO | United Nations Educational, Scientific and Cultural Organization
    World Bank |
    World Economic Forum | WEF
    World Food Programme | WFP
    World Health Organization | WHO
    World Trade Organization | WTO
    """#

    /// Folded lowercase name or alias → canonical name.
    static let organizations: [String: String] = {
        var result: [String: String] = [:]
        for fields in rows(organizationsTable) where !fields[0].isEmpty {
            result[Gazetteer.fold(fields[0])] = fields[0]
            if fields.count > 1 {
                for alias in items(fields[1]) { result[Gazetteer.fold(alias)] = fields[0] }
            }
        }
        return result
    }()
}
#endif
