import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a path is on disk, asked without opening it (opening a pipe would block the build).
enum FileKind: Equatable {
    case regular(size: Int)
    case directory
    /// A pipe, a socket or a device.
    case other
    /// Nothing there, or a link to nothing (or to itself).
    case missing

    /// The kind of what `path` names, following links.
    static func of(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// True when `path` itself is a symbolic link.
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The absolute path with every link resolved, or nil when it does not resolve.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
