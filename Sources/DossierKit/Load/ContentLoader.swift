import Foundation

/// The load stage: walks the content folder and reads every source and note.
/// It reads front matter and the date line and nothing else of the text.
public struct ContentLoader: Sendable {
    public var contentPath: String
    /// How the content folder is named in messages (the path the user gave).
    public var displayPrefix: String

    public init(contentPath: String, displayPrefix: String? = nil) {
        self.contentPath = contentPath
        self.displayPrefix = displayPrefix ?? contentPath
    }

    static let sourceExtensions: Set<String> = ["txt", "text", "md", "markdown"]
    static let noteExtensions: Set<String> = ["md", "markdown"]

    /// Reads every content file; with a `cache`, a file unchanged since the last build is not read again.
    public func load(config: DossierConfig, includeDrafts: Bool = false, cache: BuildCache? = nil) throws(DossierError) -> Corpus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DossierError(SourceLocation(file: displayPrefix), "content folder not found (give another with --content)")
        }
        var diagnostics: [Diagnostic] = []
        let sourceFiles = try listFiles(in: "sources", extensions: Self.sourceExtensions, diagnostics: &diagnostics)
        let noteFiles = try listFiles(in: "notes", extensions: Self.noteExtensions, diagnostics: &diagnostics)
        let entityFiles = try listFiles(in: "entities", extensions: Self.noteExtensions, diagnostics: &diagnostics)
        let knowledgeFiles = try listFiles(in: "knowledge", extensions: ["tsv"], diagnostics: &diagnostics)
        var knowledge: [KnowledgeText] = []
        for file in knowledgeFiles {
            guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
                throw DossierError(SourceLocation(file: file.displayPath), "file cannot be read")
            }
            let decoded = TextDecoding.decode(data)
            knowledge.append(KnowledgeText(displayPath: file.displayPath, relativePath: file.relativePath, text: decoded.text))
        }

        let readSources = sourceFiles.parallelMap { file in Result { () throws(DossierError) in try read(file, kind: .source, cache: cache) } }
        let readNotes = noteFiles.parallelMap { file in Result { () throws(DossierError) in try read(file, kind: .note, cache: cache) } }
        let readEntities = entityFiles.map { file in Result { () throws(DossierError) in try read(file, kind: .entity, cache: cache) } }

        var sources: [RawDocument] = []
        var notes: [RawDocument] = []
        var entities: [RawDocument] = []
        var drafts: [RawDocument] = []
        var errors: [Diagnostic] = []
        let all = readSources.map { ($0, RawDocument.Kind.source) } + readNotes.map { ($0, .note) } + readEntities.map { ($0, .entity) }
        for (result, kind) in all {
            switch result {
            case .success(let (document, warnings)):
                diagnostics += warnings
                guard let document else { continue }
                if document.frontMatter?.draft == true && !includeDrafts {
                    drafts.append(document)
                    continue
                }
                switch kind {
                case .source: sources.append(document)
                case .note: notes.append(document)
                case .entity: entities.append(document)
                }
            case .failure(let error):
                errors += error.diagnostics
            }
        }
        if !errors.isEmpty { throw DossierError(errors + diagnostics.filter { $0.severity == .error }) }
        return Corpus(config: config, sources: sources, notes: notes, entities: entities, drafts: drafts,
                      knowledge: knowledge, diagnostics: diagnostics)
    }

    struct FileEntry: Sendable {
        var absolutePath: String
        var relativePath: String
        var displayPath: String
        var format: RawDocument.Format
    }

    /// The largest file dossier reads; a bigger one is skipped with a warning (it is a dump, not an article).
    public static let maximumFileSize = 16 * 1024 * 1024

    /// The files of one content subfolder, sorted by path so that the build is deterministic.
    /// Links are followed only while they stay inside the content folder; anything that is not a
    /// regular file or a folder (a pipe, a socket, a device) is skipped, since reading it could block.
    private func listFiles(in subfolder: String, extensions: Set<String>,
                           diagnostics: inout [Diagnostic]) throws(DossierError) -> [FileEntry] {
        let folder = (contentPath as NSString).appendingPathComponent(subfolder)
        guard case .directory = FileKind.of(folder) else { return [] }
        let contentRoot = FileKind.realPath(contentPath) ?? contentPath
        let displayFolder = displayPrefix + "/" + subfolder
        if let target = FileKind.realPath(folder), !Paths.isInside(target, contentRoot) {
            diagnostics.append(.warning(SourceLocation(file: displayFolder), "skipped: the link points outside the content folder, to \(target)"))
            return []
        }
        var entries: [FileEntry] = []
        var pending = [""]
        var visited: Set<String> = []
        while let relativeFolder = pending.popLast() {
            let absoluteFolder = relativeFolder.isEmpty ? folder : folder + "/" + relativeFolder
            let resolved = FileKind.realPath(absoluteFolder) ?? absoluteFolder
            guard visited.insert(resolved).inserted else { continue }  // symlink loops
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: absoluteFolder)
            } catch {
                throw DossierError(SourceLocation(file: relativeFolder.isEmpty ? displayFolder : displayFolder + "/" + relativeFolder),
                                   "folder cannot be read")
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                let absolute = folder + "/" + relative
                let location = SourceLocation(file: displayFolder + "/" + relative)
                if FileKind.isLink(absolute) {
                    guard let target = FileKind.realPath(absolute) else {
                        diagnostics.append(.warning(location, "skipped: broken link (or a loop of links)"))
                        continue
                    }
                    guard target == contentRoot || Paths.isInside(target, contentRoot) else {
                        diagnostics.append(.warning(location, "skipped: the link points outside the content folder, to \(target)"))
                        continue
                    }
                }
                switch FileKind.of(absolute) {
                case .directory:
                    pending.append(relative)
                    continue
                case .other:
                    diagnostics.append(.warning(location, "skipped: not a regular file (a pipe, socket or device)"))
                    continue
                case .missing:
                    diagnostics.append(.warning(location, "skipped: broken link (or a loop of links)"))
                    continue
                case .regular(let size):
                    let ext = Paths.fileExtension(name)
                    guard extensions.contains(ext) else {
                        diagnostics.append(.warning(location,
                            "skipped: only \(extensions.sorted().map { "." + $0 }.joined(separator: ", ")) files are read here"))
                        continue
                    }
                    guard size <= Self.maximumFileSize else {
                        diagnostics.append(.warning(location, "skipped: the file has \(size / (1024 * 1024)) MB, more than the "
                            + "\(Self.maximumFileSize / (1024 * 1024)) MB dossier reads from one file (split it into articles)"))
                        continue
                    }
                    entries.append(FileEntry(absolutePath: absolute, relativePath: relative,
                                             displayPath: displayFolder + "/" + relative,
                                             format: ext == "md" || ext == "markdown" ? .markdown : .text))
                }
            }
        }
        return entries.sorted { $0.relativePath < $1.relativePath }
    }

    /// A file as the cache has it when it is unchanged on disk, else read.
    private func read(_ file: FileEntry, kind: RawDocument.Kind, cache: BuildCache?) throws(DossierError) -> (RawDocument?, [Diagnostic]) {
        guard let cache else { return try read(file, kind: kind) }
        return try cache.document(path: file.absolutePath, kind: kind, display: file.displayPath) { () throws(DossierError) in
            try read(file, kind: kind)
        }
    }

    private func read(_ file: FileEntry, kind: RawDocument.Kind) throws(DossierError) -> (RawDocument?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
            throw DossierError(SourceLocation(file: file.displayPath), "file cannot be read (check its permissions)")
        }
        return try Self.document(from: data, file: file, kind: kind)
    }

    /// A content file's bytes as a document: decoded, front matter split and checked, date line taken.
    /// Nil (with a warning) for binary and empty files.
    static func document(from data: Data, file: FileEntry, kind: RawDocument.Kind) throws(DossierError) -> (RawDocument?, [Diagnostic]) {
        let location = SourceLocation(file: file.displayPath)
        if TextDecoding.looksBinary(data) {
            return (nil, [.warning(location, "skipped: this is not a text file")])
        }
        let decoded = TextDecoding.decode(data)
        var diagnostics = decoded.warnings.map { Diagnostic.warning(location, $0) }
        let split = try FrontMatterParser.split(decoded.text, file: file.displayPath, allowedKeys: kind.allowedKeys)
        diagnostics += split.diagnostics
        var body = split.body
        var dateLine: DayDate?
        if kind == .source {
            let prefix = try DateLine.strip(from: body, file: file.displayPath, line: split.bodyStartLine)
            dateLine = prefix.date
            body = prefix.rest
        }
        if kind != .entity, body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return (nil, diagnostics + [.warning(location, "skipped: the file has no text")])
        }
        let document = RawDocument(kind: kind, format: file.format, displayPath: file.displayPath,
                                   relativePath: file.relativePath, frontMatter: split.frontMatter, dateLine: dateLine,
                                   body: body, bodyStartLine: split.bodyStartLine, contentHash: FNV1a.hash(data))
        return (document, diagnostics)
    }
}

/// The ` date YYYY-MM-DD ` prefix that raw sources may start with, run into their first sentence.
enum DateLine {
    static func strip(from body: String, file: String, line: Int) throws(DossierError) -> (date: DayDate?, rest: String) {
        let trimmed = body.drop(while: { $0 == " " || $0 == "\t" })
        guard trimmed.hasPrefix("date ") || trimmed.hasPrefix("date\t") else { return (nil, body) }
        let afterKeyword = trimmed.dropFirst(5).drop(while: { $0 == " " || $0 == "\t" })
        let candidate = afterKeyword.prefix(10)
        guard candidate.count == 10, candidate.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
              afterKeyword.dropFirst(10).first.map({ $0 == " " || $0 == "\n" || $0 == "\t" }) ?? true
        else { return (nil, body) }
        let column = body.distance(from: body.startIndex, to: candidate.startIndex) + 1
        guard let date = DayDate(iso: candidate) else {
            throw DossierError(SourceLocation(file: file, line: line, column: column),
                               "date line gives '\(candidate)', which is not a valid YYYY-MM-DD day")
        }
        let rest = afterKeyword.dropFirst(10).drop(while: { $0 == " " || $0 == "\t" })
        return (date, String(rest))
    }
}

/// A fast, stable 64-bit hash of bytes (FNV-1a), for cache keys.
enum FNV1a {
    static func hash(_ data: Data, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        // Over the raw bytes: `Data`'s iterator costs several times the hashing itself.
        data.withUnsafeBytes { bytes in
            var hash = seed
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
    }
}
