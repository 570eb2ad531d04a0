import Dispatch
import Foundation

/// The self-erasing progress line of a build on a terminal: the stage it is in and, once a build
/// has run for a couple of seconds, how long it has been running, updated every second, so that a
/// long build (a 16 MB single-line source takes minutes) shows that it is working.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = ""
    private var stageStarted = DispatchTime.now()
    private let started = DispatchTime.now()
    private var timer: DispatchSourceTimer?
    private let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + 2, repeating: 1)
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
        self.timer = timer
    }

    /// A stage begins (the builder's progress callback).
    func enter(_ stage: String) {
        guard enabled else { return }
        lock.lock()
        self.stage = stage
        stageStarted = DispatchTime.now()
        Terminal.progress("\(stage)…")
        lock.unlock()
    }

    private func tick() {
        // Printed under the lock, so that no update comes after `finish` has cleared the line.
        lock.lock()
        defer { lock.unlock() }
        guard !stage.isEmpty else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let total = Double(now - started.uptimeNanoseconds) / 1e9
        let inStage = Double(now - stageStarted.uptimeNanoseconds) / 1e9
        Terminal.progress("\(stage)… \(Int(inStage)) s (\(Int(total)) s in all)")
    }

    /// Stops the updates and clears the line.
    func finish() {
        guard enabled else { return }
        timer?.cancel()
        timer = nil
        lock.lock()
        stage = ""
        Terminal.progress(nil)
        lock.unlock()
    }
}
