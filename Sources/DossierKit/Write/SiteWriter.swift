import Foundation

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
            try Data(Self.markerText.utf8).write(to: URL(fileURLWithPath: staging + "/" + Self.markerName))
            try writeFiles(files, into: staging)
        } catch {
            try? manager.removeItem(atPath: staging)
            throw failure("cannot write the site (the previous site is unchanged): \(Self.reason(error))")
        }
        try swapIn(staging)
    }

    private func writeFiles(_ files: [OutputFile], into staging: String) throws {
        // Create every folder first, then write files on all cores.
        let folders = Set(files.map { Paths.parent($0.path) }.filter { !$0.isEmpty }).sorted()
        for folder in folders {
            try FileManager.default.createDirectory(atPath: staging + "/" + folder, withIntermediateDirectories: true)
        }
        let errors = files.parallelMap { file -> String? in
            do {
                try file.contents.write(to: URL(fileURLWithPath: staging + "/" + file.path))
                return nil
            } catch {
                return "\(file.path): \(Self.reason(error))"
            }
        }
        if let first = errors.compactMap({ $0 }).first {
            throw WriteFailure(message: first)
        }
    }

    /// Exchanges the staging folder with the output in one step where the kernel can
    /// (renameat2 RENAME_EXCHANGE), else in two renames; then deletes the old site.
    private func swapIn(_ staging: String) throws(DossierError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: output, isDirectory: &isDirectory) else {
            guard rename(staging, output) == 0 else {
                let message = String(cString: strerror(errno))
                try? manager.removeItem(atPath: staging)
                throw failure("cannot move the new site into place: \(message)")
            }
            return
        }
        if AtomicExchange.exchange(staging, output) {
            try? manager.removeItem(atPath: staging)  // now holds the previous site
            return
        }
        let old = parent + "/" + stagingPrefix + "old-\(getpid())"
        guard rename(output, old) == 0 else {
            let message = String(cString: strerror(errno))
            try? manager.removeItem(atPath: staging)
            throw failure("cannot move the previous site aside: \(message)")
        }
        guard rename(staging, output) == 0 else {
            let message = String(cString: strerror(errno))
            _ = rename(old, output)
            try? manager.removeItem(atPath: staging)
            throw failure("cannot move the new site into place: \(message)")
        }
        try? manager.removeItem(atPath: old)
    }

    /// Staging folders left by a build that was killed: removed when they carry the marker.
    func removeLeftovers() {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(stagingPrefix) {
            let path = parent + "/" + entry
            if manager.fileExists(atPath: path + "/" + Self.markerName) {
                try? manager.removeItem(atPath: path)
            }
        }
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
