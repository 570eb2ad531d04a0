import DossierKit
import Foundation

/// Output to the terminal: diagnostics on standard error, the summary on standard output.
enum Terminal {
    static let isInteractive = isatty(STDERR_FILENO) == 1

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted(by: { ($0.location, $0.message) < ($1.location, $1.message) }) {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    static func printInfo(_ message: String) {
        print(message)
    }

    /// A single self-erasing progress line on standard error; nil clears it.
    static func progress(_ message: String?) {
        let text = message.map { "\r\u{1B}[2K\($0)" } ?? "\r\u{1B}[2K"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
