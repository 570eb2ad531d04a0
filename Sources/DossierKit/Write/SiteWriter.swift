import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage: puts a whole site in place at once. Files are written into a fresh
/// folder beside the output, which then takes the output's place in one rename, so a
/// failed or killed build leaves the previous site as it was. Only folders that carry
/// the build marker are ever replaced or deleted.
public struct SiteWriter: Sendable {
    public static let markerName = ".dossier-build"
    static let markerText = "This folder was written by `dossier build`, which replaces it whole on the next build.\n"

    public var output: String
    public var displayPath: String

    public init(output: String, displayPath: String) {
        self.output = Paths.absolute(output, in: FileManager.default.currentDirectoryPath)
        self.displayPath = displayPath
    }

    var parent: String { Paths.parent(output) }
    var name: String { Paths.lastComponent(output) }
    var stagingPrefix: String { ".\(name).dossier-" }

    public func write(_ files: [OutputFile]) throws(DossierError) {
        if let escaping = files.first(where: { !Self.staysInside($0.path) }) {
            throw failure("refusing to write '\(escaping.path)', which is not a path inside the output folder (nothing was written)")
        }
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw failure("cannot create the folder that holds the output: \(Self.reason(error))")
        }
        removeLeftovers()
        let staging = parent + "/" + stagingPrefix + "new-\(getpid())"
        do {
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            if let problem = Self.writeFile(Data(Self.markerText.utf8), to: staging + "/" + Self.markerName) {
                throw WriteFailure(message: problem)
            }
            try writeFiles(files, into: staging)
        } catch {
            Self.removeSite(at: staging)
            throw failure("cannot write the site (the previous site is unchanged): \(Self.reason(error))")
        }
        try swapIn(staging)
    }

    private func writeFiles(_ files: [OutputFile], into staging: String) throws {
        // Create every folder first, then write files on all cores.
        // Folders by depth: each level's folders are created on all cores once their parents exist.
        var folders = Set<String>()
        for file in files {
            var folder = Paths.parent(file.path)
            while !folder.isEmpty, folders.insert(folder).inserted { folder = Paths.parent(folder) }
        }
        let byDepth = Dictionary(grouping: folders.sorted()) { $0.reduce(0) { $0 + ($1 == "/" ? 1 : 0) } }
        for depth in byDepth.keys.sorted() {
            let failures = (byDepth[depth] ?? []).parallelMap { folder -> String? in
                mkdir(staging + "/" + folder, 0o755) == 0 || errno == EEXIST ? nil : "\(folder): \(String(cString: strerror(errno)))"
            }
            if let failure = failures.compactMap({ $0 }).first { throw WriteFailure(message: failure) }
        }
        let errors = files.parallelMap { file -> String? in
            Self.writeFile(file.contents, to: staging + "/" + file.path).map { "\(file.path): \($0)" }
        }
        if let first = errors.compactMap({ $0 }).first {
            throw WriteFailure(message: first)
        }
    }

    /// True for a relative path of plain names (`a/b.html`): no `..`, `.`, empty or absolute parts.
    static func staysInside(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\u{0}") }
    }

    /// Writes a new file with plain POSIX calls. (Foundation's `Data.write` syncs every file to
    /// disk, which makes a site of 10,000 pages take seconds; the swap is what makes a build safe.)
    /// Returns the system's reason on failure.
    static func writeFile(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }

    /// Exchanges the staging folder with the output in one step where the kernel can
    /// (renameat2 RENAME_EXCHANGE), else in two renames; then deletes the old site.
    private func swapIn(_ staging: String) throws(DossierError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output, isDirectory: &isDirectory) else {
            guard rename(staging, output) == 0 else {
                let message = String(cString: strerror(errno))
                Self.removeSite(at: staging)
                throw failure("cannot move the new site into place: \(message)")
            }
            return
        }
        if AtomicExchange.exchange(staging, output) {
            Self.removeSite(at: staging)  // now holds the previous site
            return
        }
        let old = parent + "/" + stagingPrefix + "old-\(getpid())"
        guard rename(output, old) == 0 else {
            let message = String(cString: strerror(errno))
            Self.removeSite(at: staging)
            throw failure("cannot move the previous site aside: \(message)")
        }
        guard rename(staging, output) == 0 else {
            let message = String(cString: strerror(errno))
            _ = rename(old, output)
            Self.removeSite(at: staging)
            throw failure("cannot move the new site into place: \(message)")
        }
        Self.removeSite(at: old)
    }

    /// Staging folders left by a build that was killed: removed when they carry the marker (or are
    /// still empty, when the kill came before the marker was written).
    func removeLeftovers() {
        let manager = FileManager.default
        guard var entries = try? manager.contentsOfDirectory(atPath: parent) else { return }
        // A build killed between the two renames of the fallback swap left the previous site aside: put it back.
        if !manager.fileExists(atPath: output),
           let aside = entries.sorted().first(where: { $0.hasPrefix(stagingPrefix + "old-")
               && manager.fileExists(atPath: parent + "/" + $0 + "/" + Self.markerName) }),
           rename(parent + "/" + aside, output) == 0 {
            entries.removeAll { $0 == aside }
        }
        for entry in entries.sorted() where entry.hasPrefix(stagingPrefix) {
            let path = parent + "/" + entry
            if manager.fileExists(atPath: path + "/" + Self.markerName) {
                Self.removeSite(at: path)
            } else if (try? manager.contentsOfDirectory(atPath: path))?.isEmpty == true {
                rmdir(path)
            }
        }
    }

    /// Deletes a site folder with its marker last, so that a build killed while deleting leaves a
    /// folder that the next build still recognises as its own and removes.
    static func removeSite(at path: String) {
        let manager = FileManager.default
        for entry in (try? manager.contentsOfDirectory(atPath: path)) ?? [] where entry != markerName {
            try? manager.removeItem(atPath: path + "/" + entry)
        }
        unlink(path + "/" + markerName)
        rmdir(path)
    }

    private func failure(_ message: String) -> DossierError {
        DossierError(SourceLocation(file: displayPath), message)
    }

    static func reason(_ error: Error) -> String {
        if let failure = error as? WriteFailure { return failure.message }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }

    struct WriteFailure: Error {
        var message: String
    }
}

/// Linux's renameat2(RENAME_EXCHANGE), looked up at run time since Glibc's Swift module does not export it.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return function(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}
