import Foundation
import Testing

extension Tag {
    /// A stress test that takes a minute or more in a debug build.
    @Tag static var slow: Self
}

/// Whether the slow stress tests run: `scripts/test` (the README's test command, and so CI) sets
/// `DOSSIER_SLOW_TESTS=1`; a plain `swift test` leaves them out and stays under a minute.
enum SlowTests {
    static let enabled = ProcessInfo.processInfo.environment["DOSSIER_SLOW_TESTS"] == "1"
    static let comment: Comment = "a slow stress test: DOSSIER_SLOW_TESTS=1 swift test runs it (scripts/test does)"
}

/// How much longer the same work on `factor` times the input takes: a linear cost gives about `factor`,
/// a quadratic one its square. The ratio of runs on one machine, not a wall-clock limit; with several
/// `repetitions` (the two sizes taking turns) each size counts its fastest run, which other work on the
/// machine slows least.
func growth(factor: Int, repetitions: Int = 1, _ work: (Int) throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var small = Duration.seconds(1_000_000), large = Duration.seconds(1_000_000)
    for _ in 0..<max(1, repetitions) {
        small = min(small, try clock.measure { try work(1) })
        large = min(large, try clock.measure { try work(factor) })
    }
    let seconds = { (duration: Duration) in Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }
    return seconds(large) / max(seconds(small), 1e-6)
}
