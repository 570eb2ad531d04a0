import Foundation

/// Notices changes to the files a site is built from (content, templates, config) by comparing
/// snapshots of their paths, sizes and modification times: portable, and cheap enough to run
/// a few times a second on a dossier of thousands of files.
public struct ContentWatcher: Sendable {
    public struct Snapshot: Sendable, Equatable {
        var files: [String: FileStamp]
    }

    struct FileStamp: Sendable, Equatable {
        var size: Int64
        var modified: Int64
    }

    /// Files or folders to watch; those that do not exist are watched for appearing.
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    public func snapshot() -> Snapshot {
        var files: [String: FileStamp] = [:]
        for path in paths { add(path, to: &files, depth: 0) }
        return Snapshot(files: files)
    }

    /// The paths that differ between two snapshots, sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        Set(old.files.keys).union(new.files.keys).filter { old.files[$0] != new.files[$0] }.sorted()
    }

    private func add(_ path: String, to files: inout [String: FileStamp], depth: Int) {
        var info = stat()
        guard depth < 32, lstat(path, &info) == 0 else { return }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK {
            // Follow links to files and folders, as the build does, but not loops (depth bound).
            guard stat(path, &info) == 0 else { return }
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names where !name.hasPrefix(".") { add(path + "/" + name, to: &files, depth: depth + 1) }
        } else {
            files[path] = FileStamp(size: Int64(info.st_size),
                                    modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        }
    }
}
