import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps every element on `ParallelWork.workerCount` threads, keeping the order of the input.
    /// Work items are independent, so the result is the same as a sequential `map` whatever the
    /// number of threads.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let workers = Swift.min(ParallelWork.workerCount, count)
        if workers < 2 { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        let items = self
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.claim() {
                results.store(transform(items[index]), at: index)
            }
        }
        return results.collect()
    }
}

/// How many threads the per-article and per-page stages use: `DOSSIER_JOBS` when it is set to a
/// positive number (1 runs everything on one thread), else one per core.
public enum ParallelWork {
    public static var workerCount: Int {
        if let value = getenv("DOSSIER_JOBS"), let jobs = Int(String(cString: value)), jobs > 0 { return jobs }
        return ProcessInfo.processInfo.activeProcessorCount
    }
}

/// Write-once slots filled from many threads; each index is claimed and written by exactly one worker.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private var next = 0
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next index to work on, or nil when every index is taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func collect() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
