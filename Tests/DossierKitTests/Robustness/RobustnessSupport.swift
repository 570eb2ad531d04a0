import Foundation
@testable import DossierKit

/// A dossier in a scratch folder (`content/`, optional `dossier.yml`, the default templates), built
/// in memory or by the `dossier` binary, for the robustness tests.
struct ScratchDossier {
    let root: String

    init(_ files: [String: String] = [:]) throws {
        root = try TestSupport.makeTemporaryFolder("dossier-robust")
        try FileManager.default.createDirectory(atPath: root + "/content/sources", withIntermediateDirectories: true)
        try TestSupport.write(files, under: root)
    }

    var content: String { root + "/content" }

    func remove() { TestSupport.cleanUp(root) }

    func write(_ files: [String: String]) throws { try TestSupport.write(files, under: root) }

    func write(_ data: Data, to path: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: Paths.parent(full), withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
    }

    var options: BuildOptions {
        BuildOptions(contentPath: content, outputPath: root + "/public", templatesPath: TestSupport.defaultTemplates)
    }

    /// The site in memory, path → bytes, with the build's warnings.
    func render(templates: String? = nil) throws -> (files: [String: Data], warnings: [Diagnostic]) {
        var options = options
        if let templates { options.templatesPath = templates }
        let (files, report) = try SiteBuilder(options: options).render()
        return (Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) }), report.diagnostics)
    }

    /// The diagnostics of a build that must fail, as printed (`file:line:column: error: message`),
    /// with the scratch folder's path shown as `$ROOT`.
    func errors(templates: String? = nil) -> [String] {
        do {
            _ = try render(templates: templates)
            return []
        } catch let error as DossierError {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: root, with: "$ROOT") }
        } catch {
            return ["unexpected error: \(error)"]
        }
    }
}

extension Array where Element == Diagnostic {
    /// As printed, with `root` shown as `$ROOT`.
    func printed(root: String) -> [String] {
        map { $0.description.replacingOccurrences(of: root, with: "$ROOT") }.sorted()
    }
}

/// The `dossier` command, run as a separate process.
enum DossierBinary {
    /// `.build/<triple>/debug/dossier`, beside the test bundle (`swift test` builds it with the tests).
    static let path: String? = {
        var candidates: [String] = []
        let bundle = Bundle.main.bundlePath
        candidates.append(Paths.parent(bundle) + "/dossier")
        candidates.append(bundle + "/dossier")
        if let executable = Bundle.main.executablePath { candidates.append(Paths.parent(executable) + "/dossier") }
        candidates.append(TestSupport.repositoryRoot + "/.build/debug/dossier")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `dossier` with `arguments` in `directory` and waits for it.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:],
                    prefix: [String] = []) throws -> Run {
        let process = try start(arguments, in: directory, environment: environment, prefix: prefix)
        let out = process.standardOutput as? Pipe
        let err = process.standardError as? Pipe
        // Read both pipes before waiting, so a chatty process cannot block on a full pipe.
        let errData = LockedData()
        let reader = Thread { errData.set(err?.fileHandleForReading.readDataToEndOfFile() ?? Data()) }
        reader.start()
        let outData = out?.fileHandleForReading.readDataToEndOfFile() ?? Data()
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData.value, as: UTF8.self))
    }

    /// Starts `dossier` (optionally under another program, e.g. `setpriv …`) without waiting.
    static func start(_ arguments: [String], in directory: String, environment: [String: String] = [:],
                      prefix: [String] = [], output: Bool = true) throws -> Process {
        guard let path else { throw MissingBinary() }
        let process = Process()
        if let first = prefix.first {
            process.executableURL = URL(fileURLWithPath: first)
            process.arguments = Array(prefix.dropFirst()) + [path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if output {
            process.standardOutput = Pipe()
            process.standardError = Pipe()
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "the dossier binary was not found next to the tests; run `swift build --product dossier`" }
    }
}

/// Bytes handed from one thread to another.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return data != nil
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data ?? Data()
    }
}

/// Every file under a folder, relative path → bytes (hidden files included).
func folderContents(_ root: String) -> [String: Data] {
    var result: [String: Data] = [:]
    for relative in FileManager.default.subpaths(atPath: root) ?? [] {
        var isDirectory: ObjCBool = false
        let full = root + "/" + relative
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        result[relative] = FileManager.default.contents(atPath: full)
    }
    return result
}

/// Finds what a browser would run in HTML: script, iframe, object and embed elements, event
/// handler attributes, and `javascript:`, `vbscript:` or `data:` addresses in links and sources.
/// Escaped text (`&lt;script&gt;`) is text, not a tag, so it is not reported.
enum ExecutableContentScanner {
    static let dangerousElements: Set<String> = ["script", "iframe", "object", "embed", "frame", "frameset", "base", "meta", "svg:script"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"]

    static func findings(in html: String) -> [String] {
        var findings: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count,
                  scalars[index + 1].properties.isAlphabetic || scalars[index + 1] == "/" else {
                index += 1
                continue
            }
            var end = index + 1
            var quote: Unicode.Scalar?
            while end < scalars.count {
                let c = scalars[end]
                if let open = quote { if c == open { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                end += 1
            }
            let tag = String(String.UnicodeScalarView(scalars[index..<min(end + 1, scalars.count)]))
            findings += check(tag: tag)
            index = end + 1
        }
        return findings
    }

    static func check(tag: String) -> [String] {
        var findings: [String] = []
        let body = tag.dropFirst().drop(while: { $0 == "/" })
        let name = body.prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" }).lowercased()
        // Meta is allowed for charset and viewport only.
        if dangerousElements.contains(name), !(name == "meta" && !tag.lowercased().contains("http-equiv")) {
            findings.append("<\(name)> element: \(tag.prefix(80))")
        }
        for attribute in attributes(of: String(body.dropFirst(name.count))) {
            let key = attribute.name.lowercased()
            if key.hasPrefix("on") { findings.append("event handler \(key): \(tag.prefix(80))") }
            if key == "style", attribute.value.lowercased().contains("expression(") || attribute.value.lowercased().contains("url(") {
                findings.append("style with a url: \(tag.prefix(80))")
            }
            if urlAttributes.contains(key) {
                let value = decodeEntities(attribute.value).filter { !$0.isWhitespace && !$0.isNewline }.lowercased()
                for scheme in ["javascript:", "vbscript:", "data:"] where value.hasPrefix(scheme) {
                    findings.append("\(scheme) address in \(key): \(tag.prefix(80))")
                }
            }
        }
        return findings
    }

    static func attributes(of text: String) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: { $0.isWhitespace || $0 == "/" })
            guard let first = rest.first, first != ">" else { break }
            let name = rest.prefix(while: { !$0.isWhitespace && $0 != "=" && $0 != ">" })
            rest = rest.dropFirst(max(name.count, 1)).drop(while: { $0.isWhitespace })
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop(while: { $0.isWhitespace })
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let inner = rest.dropFirst().prefix(while: { $0 != quote })
                    value = String(inner)
                    rest = rest.dropFirst(inner.count + 2)
                } else {
                    let inner = rest.prefix(while: { !$0.isWhitespace && $0 != ">" })
                    value = String(inner)
                    rest = rest.dropFirst(inner.count)
                }
            }
            result.append((String(name), value))
        }
        return result
    }

    static func decodeEntities(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&colon;", ":"), ("&#58;", ":"), ("&#x3a;", ":"), ("&#x3A;", ":"), ("&amp;", "&"), ("&#9;", ""), ("&#10;", "")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }
}

/// The text of an HTML page as a reader sees it: tags dropped, the common entities decoded.
func visibleText(_ html: String) -> String {
    var text = ""
    var inTag = false
    for character in html {
        if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
    }
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
        text = text.replacingOccurrences(of: entity, with: character)
    }
    return text
}
