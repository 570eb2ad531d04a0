import Foundation

/// Which requests the development server answers. Listening on loopback, it answers only
/// requests addressed to a loopback name (so that another web site cannot reach it through
/// DNS rebinding), and opens the live-reload socket only for its own pages (so that another
/// web site's script cannot read build errors). Listening on all interfaces (`0.0.0.0`, `::`)
/// is the user's choice to be reached by any name.
struct RequestGuard: Sendable {
    var listeningHost: String

    private var loopbackNames: Set<String> { ["localhost", "127.0.0.1", "::1", listeningHost.lowercased()] }
    private var listensEverywhere: Bool { listeningHost == "0.0.0.0" || listeningHost == "::" }

    /// `Host: 127.0.0.1:8000` is fine; `Host: attacker.example` is not.
    func allows(host: String?) -> Bool {
        if listensEverywhere { return true }
        guard let host, let name = Self.hostName(host) else { return false }
        return loopbackNames.contains(name)
    }

    /// The live-reload socket: the page that opens it must come from this server.
    func allowsSocket(host: String?, origin: String?) -> Bool {
        guard allows(host: host) else { return false }
        guard let origin else { return true }  // not a browser page
        guard let url = URL(string: origin), let originHost = url.host?.lowercased(), let host, let name = Self.hostName(host) else {
            return false
        }
        return originHost.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) == name
    }

    /// `example.org:8000` → `example.org`; `[::1]:8000` → `::1`.
    static func hostName(_ header: String) -> String? {
        let value = header.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            return String(value[value.index(after: value.startIndex)..<close])
        }
        let name = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }
}
