/// The error every stage throws: one or more diagnostics, each naming its file and line.
public struct DossierError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public init(_ location: SourceLocation, _ message: String) {
        self.diagnostics = [.error(location, message)]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
