import Foundation

/// Notices changes to the files a site is built from (content, templates, config) by comparing
/// snapshots of their paths, sizes and modification times: portable, and cheap enough to run
/// a few times a second on a dossier of thousands of files.
public struct ContentWatcher: Sendable {
    public struct Snapshot: Sendable, Equatable {
        var files: [String: FileStamp]
        /// The folders looked into, and the folders that hold watched files or paths that do not exist yet:
        /// where a change can happen (for `ChangeSignal`). Not compared: only files make a change.
        var folders: [String] = []

        public static func == (a: Snapshot, b: Snapshot) -> Bool { a.files == b.files }
    }

    struct FileStamp: Sendable, Equatable {
        var size: Int64
        var modified: Int64
    }

    /// Files or folders to watch; those that do not exist are watched for appearing.
    public var paths: [String]
    /// A folder not to look into (the output, should it sit inside a watched folder: the
    /// build's own writes must not start another build).
    public var ignoring: String?

    public init(paths: [String], ignoring: String? = nil) {
        self.paths = paths
        self.ignoring = ignoring
    }

    public func snapshot() -> Snapshot {
        var files: [String: FileStamp] = [:]
        var visited: Set<String> = []
        if let ignoring, let real = realpath(ignoring, nil) {
            visited.insert(String(cString: real))
            free(real)
        }
        for path in paths { add(path, to: &files, visited: &visited) }
        var folders = visited
        if let ignoring, let real = realpath(ignoring, nil) {
            folders.remove(String(cString: real))
            free(real)
        }
        // A watched file's folder (the config's), and the folder a missing path would appear in.
        for path in paths where !Self.isDirectory(path) {
            let parent = (path as NSString).deletingLastPathComponent
            if let real = realpath(parent.isEmpty ? "." : parent, nil) {
                folders.insert(String(cString: real))
                free(real)
            }
        }
        return Snapshot(files: files, folders: folders.sorted())
    }

    /// The paths that differ between two snapshots, sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        Set(old.files.keys).union(new.files.keys).filter { old.files[$0] != new.files[$0] }.sorted()
    }

    /// Follows links to files and folders, as the build does; each folder is read once, by its
    /// real path, so that a link loop ends.
    private func add(_ path: String, to files: inout [String: FileStamp], visited: inout Set<String>) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let real = realpath(path, nil) else { return }
            defer { free(real) }
            guard visited.insert(String(cString: real)).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() where !name.hasPrefix(".") { add(path + "/" + name, to: &files, visited: &visited) }
        } else {
            files[path] = FileStamp(size: Int64(info.st_size), modified: Self.modified(info))
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func modified(_ info: stat) -> Int64 {
        #if os(Linux)
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #else
        return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #endif
    }
}
