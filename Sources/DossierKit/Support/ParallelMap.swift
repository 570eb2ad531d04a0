import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    /// Work items are independent, so the result is the same as a sequential `map`.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        if count < 2 { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(items[index]), at: index)
        }
        return results.collect()
    }
}

/// Write-once slots filled from many threads; each index is written by exactly one worker.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
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
