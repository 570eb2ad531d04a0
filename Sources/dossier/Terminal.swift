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

    /// Prints the first `limit` diagnostics and a line saying how many more there are.
    static func printDiagnostics(_ diagnostics: [Diagnostic], limit: Int) {
        let sorted = diagnostics.sorted(by: { ($0.location, $0.message) < ($1.location, $1.message) })
        printDiagnostics(Array(sorted.prefix(limit)))
        if sorted.count > limit {
            FileHandle.standardError.write(Data("… and \(sorted.count - limit) more; `dossier check` lists them all\n".utf8))
        }
    }

    /// `1 error`, `3 warnings`.
    static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(TerminalText.escaped(message))\n".utf8))
    }

    /// A line on standard output, written at once (not buffered), so that it shows while serving.
    static func printInfo(_ message: String) {
        FileHandle.standardOutput.write(Data((TerminalText.escaped(message) + "\n").utf8))
    }

    /// A single self-erasing progress line on standard error; nil clears it.
    static func progress(_ message: String?) {
        let text = message.map { "\r\u{1B}[2K\(TerminalText.escaped($0))" } ?? "\r\u{1B}[2K"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
