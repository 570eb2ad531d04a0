import Foundation
import Testing
@testable import DossierKit
@testable import DossierServe

/// The parts of `dossier serve` that need no network: which files are served, which requests
/// are answered, and what the watcher notices.
@Suite("serve without a network")
struct ServeUnitTests {
    @Test("only regular files inside the site are served; links out, hidden files and bare folders are not")
    func staticSite() throws {
        let root = try TestSupport.makeTemporaryFolder("static")
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write(["site/index.html": "<html><body>home</body></html>", "site/404.html": "<body>Page not found</body>",
                               "site/a b/index.html": "<body>spaced</body>", "site/empty/keep.txt": "x",
                               "site/.dossier-build": "", "secret.txt": "outside"], under: root)
        try FileManager.default.createSymbolicLink(atPath: root + "/site/leak.txt", withDestinationPath: root + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: root + "/site/up", withDestinationPath: root)
        let site = StaticSite(root: root + "/site", injectedHTML: "<script>reload</script>")
        #expect(site.respond(to: "/").body == Data("<html><body>home<script>reload</script></body></html>".utf8))
        #expect(site.respond(to: "/a%20b/").status == 200)
        #expect(site.respond(to: "/a%20b").location == "/a%20b/")
        for path in ["/leak.txt", "/up/secret.txt", "/empty/", "/.dossier-build", "/../secret.txt", "/%2e%2e/secret.txt", "/x%00.html"] {
            let response = site.respond(to: path)
            #expect(response.status == 404, "\(path)")
            #expect(String(decoding: response.body, as: UTF8.self).contains("Page not found"), "\(path)")
        }
        #expect(StaticSite(root: root + "/site").respond(to: "/").body == Data("<html><body>home</body></html>".utf8))
    }

    @Test("on loopback, only loopback names are answered, and the socket only for the server's own pages")
    func requestGuard() {
        let guarded = RequestGuard(listeningHost: "127.0.0.1")
        #expect(guarded.allows(host: "127.0.0.1:8000") && guarded.allows(host: "localhost:8000") && guarded.allows(host: "[::1]:8000"))
        #expect(!guarded.allows(host: "attacker.example:8000") && !guarded.allows(host: nil))
        #expect(guarded.allowsSocket(host: "127.0.0.1:8000", origin: "http://127.0.0.1:8000"))
        #expect(!guarded.allowsSocket(host: "127.0.0.1:8000", origin: "https://attacker.example"))
        let everywhere = RequestGuard(listeningHost: "0.0.0.0")
        #expect(everywhere.allows(host: "laptop.local:8000"))
        #expect(!everywhere.allowsSocket(host: "laptop.local:8000", origin: "https://attacker.example"))
    }

    @Test("the watcher notices added, changed and removed files, and ends on a link loop")
    func watcher() throws {
        let root = try TestSupport.makeTemporaryFolder("watch")
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write(["content/notes/a.md": "one"], under: root)
        try FileManager.default.createSymbolicLink(atPath: root + "/content/notes/loop", withDestinationPath: root + "/content")
        let watcher = ContentWatcher(paths: [root + "/content", root + "/dossier.yml"])
        let first = watcher.snapshot()
        try TestSupport.write(["content/notes/a.md": "one, longer", "dossier.yml": "title: T\n"], under: root)
        let second = watcher.snapshot()
        #expect(ContentWatcher.changes(from: first, to: second) == [root + "/content/notes/a.md", root + "/dossier.yml"])
        try FileManager.default.removeItem(atPath: root + "/dossier.yml")
        #expect(ContentWatcher.changes(from: second, to: watcher.snapshot()) == [root + "/dossier.yml"])
        // An output folder inside the content is not watched: the build's writes start no build.
        let sparing = ContentWatcher(paths: [root + "/content"], ignoring: root + "/content/site")
        try TestSupport.write(["content/site/index.html": "a"], under: root)
        let before = sparing.snapshot()
        try TestSupport.write(["content/site/index.html": "a longer page"], under: root)
        #expect(ContentWatcher.changes(from: before, to: sparing.snapshot()) == [])
    }

    #if os(Linux)
    @Test("the file system wakes the watcher at an edit in any watched folder, the config's too, and not without one")
    func changeSignal() throws {
        let root = try TestSupport.makeTemporaryFolder("signal")
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write(["content/notes/a.md": "one", "content/sources/deep/b.txt": "two", "dossier.yml": "title: T\n"], under: root)
        let snapshot = ContentWatcher(paths: [root + "/content", root + "/dossier.yml"]).snapshot()
        let real = { (path: String) in URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
        #expect(Set(snapshot.folders).isSuperset(of: [real(root), real(root + "/content"), real(root + "/content/sources/deep")]))
        let signal = try #require(ChangeSignal())
        signal.watch(snapshot.folders)
        #expect(!signal.wait(milliseconds: 50))
        for file in ["content/notes/a.md", "content/sources/deep/b.txt", "dossier.yml", "content/notes/new.md"] {
            try TestSupport.write([file: "changed \(file)"], under: root)
            #expect(signal.wait(milliseconds: 2000), "\(file)")
            #expect(!signal.wait(milliseconds: 20), "the events of \(file) were all read")
        }
    }
    #endif
}
