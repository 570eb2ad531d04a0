import Foundation

/// The files of the repository's `Knowledge/` folder, embedded at build time by the
/// EmbedKnowledge plugin (see `encodedFiles`, generated and never committed).
enum KnowledgeFiles {
    /// Every embedded data file by its path under `Knowledge/` ("generated/places.tsv").
    static let texts: [String: String] = {
        var result: [String: String] = [:]
        for file in encodedFiles {
            guard let data = Data(base64Encoded: file.base64) else { continue }
            result[file.path] = String(decoding: data, as: UTF8.self)
        }
        return result
    }()
}
