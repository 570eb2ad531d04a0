import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a build was made from and what it wrote, kept beside the output folder (in
/// `.public.build-stamp` for `public/`: not in the site, which it would make depend on the
/// folders it was built in), so that a build whose inputs and output are as the last one left
/// them does nothing (as `make` does) and says what the last build said.
///
/// The inputs are the bytes of every file under the content folder and the templates folder and
/// of the config, the options, the folder the build runs in, and the `dossier` binary itself (its
/// size and modification time: a new version builds again). The output is every file's size and
/// a hash of its bytes, so a site edited or damaged by hand is built again.
public struct BuildStamp: Sendable, Codable, Equatable {
    public struct FileRecord: Sendable, Codable, Equatable {
        var path: String
        var size: Int
        var hash: UInt64
    }

    /// The report of the build that wrote the site, less its timings.
    public struct Summary: Sendable, Codable, Equatable {
        var sources: Int
        var notes: Int
        var pages: Int
        var files: Int
        var entities: Int
        var diagnostics: [Diagnostic]
    }

    var inputs: String
    var summary: Summary
    var output: [FileRecord]

    static let version = 1
    static let header = "dossier-build-stamp \(version) "

    /// The fingerprint of everything a build with these options reads.
    static func inputs(of options: BuildOptions) -> String {
        var lines: [String] = ["dossier \(SiteRenderer.version)", "binary " + executableIdentity(),
                               "cwd " + FileManager.default.currentDirectoryPath,
                               "content " + options.contentPath, "templates " + options.templatesPath,
                               "config " + (options.configPath ?? "default " + options.defaultConfigPath),
                               "base " + (options.baseURL ?? "-"), "drafts \(options.includeDrafts)",
                               "built-in templates \(options.builtInTemplates != nil)"]
        let config = options.configPath ?? options.defaultConfigPath
        lines.append("config file " + (FileManager.default.contents(atPath: config).map { "\($0.count) \(FNV1a.hash($0))" } ?? "none"))
        for (label, folder) in [("c", options.contentPath), ("t", options.templatesPath)] {
            let files = regularFiles(under: folder)
            let hashes = files.parallelMap { path -> String in
                guard let data = FileManager.default.contents(atPath: folder + "/" + path) else { return "unreadable" }
                return "\(data.count) \(String(FNV1a.hash(data), radix: 16))"
            }
            for (path, hash) in zip(files, hashes) { lines.append(label + " " + path + " " + hash) }
        }
        let all = Data(lines.joined(separator: "\n").utf8)
        // Two hashes of the whole list, from two starting points: 128 bits.
        return String(FNV1a.hash(all), radix: 16) + String(FNV1a.hash(all, seed: 0x6c62_272e_07bb_0142), radix: 16)
    }

    /// The stamp of a site about to be written.
    static func make(inputs: String, report: SiteBuilder.Report, files: [OutputFile]) -> BuildStamp {
        BuildStamp(inputs: inputs,
                   summary: Summary(sources: report.sources, notes: report.notes, pages: report.pages, files: report.files,
                                    entities: report.entities, diagnostics: report.diagnostics),
                   output: files.parallelMap { FileRecord(path: $0.path, size: $0.contents.count, hash: FNV1a.hash($0.contents)) })
    }

    /// `.public.build-stamp` beside `public/`.
    static func path(output: String) -> String {
        let absolute = Paths.absolute(output, in: FileManager.default.currentDirectoryPath)
        return Paths.parent(absolute) + "/." + Paths.lastComponent(absolute) + ".build-stamp"
    }

    /// Keeps the stamp of the site just written. A stamp that cannot be written only means that
    /// the next build builds again.
    func save(output: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let json = try? encoder.encode(self) else { return }
        let path = Self.path(output: output)
        let temporary = path + ".new-\(getpid())"
        unlink(temporary)
        guard SiteWriter.writeFile(Data(Self.header.utf8) + json, to: temporary) == nil, rename(temporary, path) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// The stamp the last build left beside the output, if this version can read it.
    static func read(output: String) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: path(output: output)),
              data.starts(with: Data(header.utf8)) else { return nil }
        return try? JSONDecoder().decode(BuildStamp.self, from: data.dropFirst(header.utf8.count))
    }

    /// True when every file the stamp lists is in the output with the same bytes, and nothing else is.
    func matches(output: String) -> Bool {
        let present = Set(Self.regularFiles(under: output).filter { $0 != SiteWriter.markerName })
        guard present == Set(self.output.map(\.path)) else { return false }
        return !self.output.parallelMap { record -> Bool in
            guard let data = FileManager.default.contents(atPath: output + "/" + record.path) else { return false }
            return data.count == record.size && FNV1a.hash(data) == record.hash
        }.contains(false)
    }

    /// The report of the build that wrote the site, as it was.
    var report: SiteBuilder.Report {
        SiteBuilder.Report(sources: summary.sources, notes: summary.notes, pages: summary.pages, files: summary.files,
                           entities: summary.entities, diagnostics: summary.diagnostics, timings: [])
    }

    /// Every regular file under a folder (following links, each folder once), as sorted relative paths.
    static func regularFiles(under folder: String) -> [String] {
        var found: [String] = []
        var pending = [""]
        var visited: Set<String> = []
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            guard visited.insert(FileKind.realPath(absolute) ?? absolute).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { continue }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch FileKind.of(folder + "/" + path) {
                case .directory: pending.append(path)
                case .regular: found.append(path)
                case .other, .missing: continue
                }
            }
        }
        return found.sorted()
    }

    /// The running binary's size and modification time.
    static func executableIdentity() -> String {
        var info = stat()
        let path = FileKind.realPath("/proc/self/exe") ?? CommandLine.arguments.first ?? ""
        guard stat(path, &info) == 0 else { return path }
        return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}
