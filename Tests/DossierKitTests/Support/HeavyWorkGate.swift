/// Keeps the timing-sensitive serve tests apart from the one test that keeps both cores busy for
/// minutes (a 5 MB line rendered): beside it, the server's tasks wait for the cooperative pool and the
/// tests' 1 s timeouts fire. A first-come lock over async code; whoever holds it releases it.
actor HeavyWorkGate {
    static let shared = HeavyWorkGate()
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}
