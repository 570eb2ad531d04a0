import Foundation

/// A file's content by where it is shown and a hash of its bytes: the key of per-file work.
public struct ContentKey: Sendable, Hashable {
    public var path: String
    public var hash: UInt64
}

/// What one build keeps for the next in the same process (`dossier serve`), so that an edit costs
/// the work it changes, not a whole build:
/// - **load**: a file whose size, times and inode are as before is not read again;
/// - **clean and analyze**: a source whose bytes and path are as before keeps its article and facts
///   (while the analysis context, i.e. the config's language and `content/knowledge/`, is the same);
/// - **resolve**: when the sources, the entity files, the notes' `event:` lines and the config are
///   as before, the entities and the timeline are kept, and only the notes are attached again;
/// - **preview**: the last good dossier, which shows an edited source's page at once (`SourcePreview`)
///   while the dossier is resolved again.
///
/// Every entry is checked against everything it was computed from, so a cached build gives the
/// same site as a fresh one. Each build keeps only what it used, so the cache holds one site.
public final class BuildCache: @unchecked Sendable {
    /// The identity of a file on disk: any write changes its change time (kept to the nanosecond).
    struct FileStamp: Sendable, Hashable {
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            size = Int64(info.st_size)
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    struct ReadKey: Sendable, Hashable {
        var path: String
        var kind: RawDocument.Kind
        var display: String
    }

    struct Read: Sendable {
        var stamp: FileStamp
        var document: RawDocument?
        var diagnostics: [Diagnostic]
    }

    /// How much of the last build came from the cache, for `--verbose` and the tests.
    public struct Counts: Sendable, Equatable {
        public var filesRead = 0
        public var filesReused = 0
        public var sourcesAnalyzed = 0
        public var sourcesReused = 0
        public var sourcePartReused = false
    }

    private let lock = NSLock()
    private var reads: [ReadKey: Read] = [:]
    private var readsUsed: [ReadKey: Read] = [:]
    private var analysisKey: ArticleAnalyzer.Context.Key?
    private var articles: [ContentKey: (Article, ArticleFacts)] = [:]
    private var articlesUsed: [ContentKey: (Article, ArticleFacts)] = [:]
    private var sourcePart: (key: DossierResolver.SourcePartKey, value: DossierResolver.SourcePart)?
    /// The dossier of the last build that got through, for a preview of edited sources (`SourcePreview`).
    private var lastDossier: Dossier?
    private var counting = Counts()
    /// What the last finished build took from the cache.
    public private(set) var lastCounts = Counts()

    public init() {}

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Starts a build: entries the previous build did not use are dropped at its end.
    func begin() {
        locked {
            counting = Counts()
            readsUsed = [:]
            articlesUsed = [:]
        }
    }

    /// Ends a build that got through: what it used is what the next one may reuse.
    func finish() {
        locked {
            reads = readsUsed
            articles = articlesUsed
            readsUsed = [:]
            articlesUsed = [:]
            lastCounts = counting
        }
    }

    /// A content file as the last build read it, when it is unchanged on disk; else reads it with `read`.
    func document(path: String, kind: RawDocument.Kind, display: String,
                  read: () throws(DossierError) -> (RawDocument?, [Diagnostic])) throws(DossierError) -> (RawDocument?, [Diagnostic]) {
        let key = ReadKey(path: path, kind: kind, display: display)
        let before = FileStamp(path: path)
        if let before, let cached = locked({ reads[key] }), cached.stamp == before {
            locked {
                readsUsed[key] = cached
                counting.filesReused += 1
            }
            return (cached.document, cached.diagnostics)
        }
        let result = try read()
        // Kept only when the file did not change while it was read.
        if let before, FileStamp(path: path) == before {
            locked { readsUsed[key] = Read(stamp: before, document: result.0, diagnostics: result.1) }
        }
        locked { counting.filesRead += 1 }
        return result
    }

    /// The article and facts of a source, from the last build when its bytes, path and the analysis are the same.
    func article(for document: RawDocument, context: ArticleAnalyzer.Context,
                 make: (RawDocument) -> (Article, ArticleFacts)) -> (Article, ArticleFacts) {
        let key = ContentKey(path: document.displayPath + "\u{0}" + document.relativePath + "\u{0}" + document.format.rawValue,
                             hash: document.contentHash)
        let cached: (Article, ArticleFacts)? = locked {
            if analysisKey != context.key {
                analysisKey = context.key
                articles = [:]
                articlesUsed = [:]
            }
            return articles[key]
        }
        let result = cached ?? make(document)
        locked {
            articlesUsed[key] = result
            if cached == nil { counting.sourcesAnalyzed += 1 } else { counting.sourcesReused += 1 }
        }
        return result
    }

    func sourcePart(for key: DossierResolver.SourcePartKey) -> DossierResolver.SourcePart? {
        locked {
            guard let sourcePart, sourcePart.key == key else { return nil }
            counting.sourcePartReused = true
            return sourcePart.value
        }
    }

    func keep(_ part: DossierResolver.SourcePart, for key: DossierResolver.SourcePartKey) {
        locked { sourcePart = (key, part) }
    }

    /// The last good build's dossier.
    var previousDossier: Dossier? { locked { lastDossier } }

    func keep(_ dossier: Dossier) {
        locked { lastDossier = dossier }
    }
}
