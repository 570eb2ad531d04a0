import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher as soon as something changes in a watched folder (Linux inotify), so that
/// an edit is noticed at once instead of at the next look, and a large dossier is not walked
/// several times a second for nothing. It only says *that* something may have changed: what
/// changed is still found by comparing snapshots (`ContentWatcher`), so a missed or spurious
/// event costs a late or a useless look, never a wrong build. Nil where inotify is missing.
final class ChangeSignal: @unchecked Sendable {
    #if os(Linux)
    private let descriptor: Int32
    private let lock = NSLock()
    private var watched: Set<String> = []

    init?() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Watches these folders too (folders already watched, or gone, are skipped).
    func watch(_ folders: [String]) {
        let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        lock.lock()
        defer { lock.unlock() }
        for folder in folders where !watched.contains(folder) {
            if inotify_add_watch(descriptor, folder, mask) >= 0 { watched.insert(folder) }
        }
    }

    /// Blocks until an event arrives or `milliseconds` pass; true when something happened. The events
    /// are read and dropped (a folder that was removed and made again is watched anew by the next `watch`).
    func wait(milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, milliseconds)
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var removed = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            // A watch that ended (its folder deleted or moved) is forgotten, so that it can be added again.
            var offset = 0
            buffer.withUnsafeBytes { bytes in
                while offset + MemoryLayout<inotify_event>.size <= count, let base = bytes.baseAddress {
                    let event = (base + offset).loadUnaligned(as: inotify_event.self)
                    if event.mask & UInt32(IN_IGNORED) != 0 { removed = true }
                    offset += MemoryLayout<inotify_event>.size + Int(event.len)
                }
            }
        }
        if removed {
            lock.lock()
            watched.removeAll()
            lock.unlock()
        }
        return true
    }
    #else
    init?() { return nil }
    func watch(_ folders: [String]) {}
    func wait(milliseconds: Int32) -> Bool { false }
    #endif
}
