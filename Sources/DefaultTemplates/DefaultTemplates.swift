import DossierKit
import Foundation

/// The default templates, built into the binary from the repository's `Templates/` folder by
/// the EmbedTemplates plugin (see `encodedFiles`, generated at build time).
public enum DefaultTemplates {
    /// Every file of the default template set, sorted by path.
    public static let files: [TemplateSet.File] = encodedFiles.compactMap { file in
        Data(base64Encoded: file.base64).map { TemplateSet.File(path: file.path, data: $0) }
    }
}
