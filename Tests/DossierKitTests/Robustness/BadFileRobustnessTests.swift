import Foundation
import Testing
@testable import DossierKit

/// Files that are empty, badly encoded, binary, huge, deeply nested, unreadable or looping:
/// each ends in a warning or an error that names the file, never a crash or a hang.
@Suite("Robustness: bad files")
struct BadFileRobustnessTests {
    static let story = " date 2025-09-18 The river rose on Monday. Officials in Tarrow closed the old bridge.\n"

    /// The text of the source pages of a rendered site, without tags.
    func sourcePages(_ files: [String: Data]) -> [String: String] {
        var pages: [String: String] = [:]
        for (path, _) in files where path.hasPrefix("sources/") && path != "sources/index.html" {
            pages[path] = files.text(path).map(visibleText)
        }
        return pages
    }

    @Test("empty and whitespace-only files are skipped with a warning")
    func emptyFiles() throws {
        let dossier = try ScratchDossier(["content/sources/empty.txt": "", "content/sources/blank.md": " \n\t\n  \n",
                                          "content/notes/blank.md": "\n\n", "content/sources/ok.txt": Self.story])
        defer { dossier.remove() }
        let (files, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root) == [
            "$ROOT/content/notes/blank.md: warning: skipped: the file has no text",
            "$ROOT/content/sources/blank.md: warning: skipped: the file has no text",
            "$ROOT/content/sources/empty.txt: warning: skipped: the file has no text",
        ])
        #expect(sourcePages(files).count == 1)
    }

    @Test("invalid UTF-8 is kept with replacement characters and a warning")
    func invalidUTF8() throws {
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        try dossier.write(Data(" date 2025-09-18 Caf".utf8) + Data([0xE9, 0xFF, 0xC3]) + Data(" reopened on Monday after the flood.\n".utf8),
                          to: "content/sources/latin1.txt")
        let (files, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root) == [
            "$ROOT/content/sources/latin1.txt: warning: file is not valid UTF-8; invalid bytes were replaced with \u{FFFD}",
        ])
        #expect(sourcePages(files).values.contains { $0.contains("Caf\u{FFFD}") && $0.contains("reopened on Monday") })
    }

    @Test("UTF-16 with a byte order mark, little and big endian, is read as text")
    func utf16() throws {
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        let text = "---\ntitle: Zürich vote\ndate: 2025-09-21\n---\nVoters in Zürich approved the plan on Sunday.\n"
        try dossier.write(Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!, to: "content/sources/le.md")
        try dossier.write(Data([0xFE, 0xFF]) + text.replacingOccurrences(of: "vote", with: "count").data(using: .utf16BigEndian)!,
                          to: "content/sources/be.md")
        let (files, warnings) = try dossier.render()
        #expect(warnings.isEmpty)
        let pages = sourcePages(files)
        #expect(pages.count == 2)
        #expect(pages.values.contains { $0.contains("Zürich vote") })
        #expect(pages.values.allSatisfy { $0.contains("approved the plan on Sunday") })
    }

    @Test("NUL bytes in a text file are removed with a warning")
    func nulBytes() throws {
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        let long = String(repeating: "The harbour reopened after the storm. ", count: 10)
        try dossier.write(Data(" date 2025-09-18 The ha".utf8) + Data([0]) + Data("rbour board met on Friday.\n\(long)\n".utf8), to: "content/sources/nul.txt")
        let (files, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root) == ["$ROOT/content/sources/nul.txt: warning: file contains NUL bytes; they were removed"])
        #expect(sourcePages(files).values.contains { $0.contains("The harbour board met on Friday.") })
    }

    @Test("an image dropped into content/sources is skipped with a warning, whatever its name")
    func binaryFile() throws {
        let dossier = try ScratchDossier(["content/sources/ok.txt": Self.story])
        defer { dossier.remove() }
        // A PNG: signature, header chunk and pseudo-random pixel bytes.
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0])
        var state: UInt32 = 12345
        for _ in 0..<20_000 {
            state = state &* 1_103_515_245 &+ 12345
            png.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        try dossier.write(png, to: "content/sources/photo.png")
        try dossier.write(png, to: "content/sources/photo-renamed.txt")
        try dossier.write(png, to: "content/notes/diagram.md")
        let (files, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root) == [
            "$ROOT/content/notes/diagram.md: warning: skipped: this is not a text file",
            "$ROOT/content/sources/photo-renamed.txt: warning: skipped: this is not a text file",
            "$ROOT/content/sources/photo.png: warning: skipped: only .markdown, .md, .text, .txt files are read here",
        ])
        #expect(sourcePages(files).count == 1)
    }

    @Test("a 50 MB text file is skipped with a warning, without reading it")
    func hugeFile() throws {
        let dossier = try ScratchDossier(["content/sources/ok.txt": Self.story])
        defer { dossier.remove() }
        let line = Data(String(repeating: "Officials said the water would fall by Friday. ", count: 20).appending("\n").utf8)
        var big = Data()
        big.reserveCapacity(50 * 1024 * 1024 + line.count)
        while big.count < 50 * 1024 * 1024 { big.append(line) }
        try dossier.write(big, to: "content/sources/dump.txt")
        let clock = ContinuousClock()
        let started = clock.now
        let (files, warnings) = try dossier.render()
        #expect(clock.now - started < .seconds(30))
        #expect(warnings.printed(root: dossier.root) == [
            "$ROOT/content/sources/dump.txt: warning: skipped: the file has 50 MB, more than the 16 MB dossier reads from one file (split it into articles)",
        ])
        #expect(sourcePages(files).count == 1)
    }

    @Test("a line of 5 MB, with sentences or without any, is read, cleaned, analysed and rendered in reasonable time",
          .tags(.slow), .enabled(if: SlowTests.enabled, SlowTests.comment))
    func hugeLine() async throws {
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        var line = ""
        line.reserveCapacity(5 * 1024 * 1024 + 200)
        var sentence = 0
        while line.utf8.count < 5 * 1024 * 1024 {
            sentence += 1
            line += sentence % 20 == 0
                ? "Mayor Ana Ruiz of Tarrow said on Monday, September \(sentence % 28 + 1), 2025, that works on bridge \(sentence) would start next week. "
                : "The water level was measured again at station \(sentence) near the old bridge. "
        }
        try dossier.write(["content/sources/one-line.txt": " date 2025-09-18 " + line + "\n",
                           "content/sources/no-stops.txt": " date 2025-09-18 " + String(repeating: "word ", count: 1_000_000) + "\n"])
        // On a thread of its own, and never beside the serve tests: minutes of work on both cores starve the
        // cooperative pool that their servers run on (their 1 s timeouts fire).
        let scratch = dossier
        await HeavyWorkGate.shared.acquire()
        let clock = ContinuousClock()
        let started = clock.now
        let rendered = await withCheckedContinuation { (continuation: CheckedContinuation<Result<([String: Data], [Diagnostic]), any Error>, Never>) in
            Thread.detachNewThread { continuation.resume(returning: Result { try scratch.render() }) }
        }
        await HeavyWorkGate.shared.release()
        let (files, warnings) = try rendered.get()
        let elapsed = clock.now - started
        print("5 MB line: rendered in \(elapsed)")
        #expect(elapsed < .seconds(240))
        #expect(warnings.filter { $0.message.hasPrefix("skipped") }.isEmpty)
        let pages = sourcePages(files)
        #expect(pages.count == 2)
        let lastStation = sentence % 20 == 0 ? sentence - 1 : sentence
        #expect(pages.values.contains { $0.contains("at station \(lastStation) near the old bridge.") })
        #expect(pages.values.contains { $0.contains("word word word") })
    }

    @Test("a file of 100,000 short lines is read in linear time", .tags(.slow), .enabled(if: SlowTests.enabled, SlowTests.comment))
    func manyLines() throws {
        var files: [String: Data] = [:]
        // Four times the lines take about four times as long (a quadratic cost would take sixteen).
        let ratio = try growth(factor: 4) { factor in
            let dossier = try ScratchDossier()
            defer { dossier.remove() }
            var text = ""
            for index in 0..<(25_000 * factor) { text += "Line \(index) of the log.\n" }
            try dossier.write(["content/sources/lines.txt": text, "content/notes/lines.md": text])
            files = try dossier.render().0
        }
        print("100,000 lines: \(ratio)× the time of 25,000")
        #expect(ratio < 11)
        #expect(sourcePages(files).values.contains { $0.contains("Line 99999 of the log.") })
        #expect(files.text("notes/lines/index.html")?.contains("Line 99999 of the log.") == true)
    }

    @Test("Markdown nested 10,000 levels deep (quotes and lists) renders without overflowing the stack")
    func deepNesting() throws {
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        let quotes = String(repeating: ">", count: 10_000) + " Deep quote on Monday.\n"
        // Each marker opens a list inside the item before it: 10,000 levels on one line.
        let list = String(repeating: "- ", count: 10_000) + "innermost item\n" + String(repeating: "1. ", count: 10_000) + "numbered\n"
        let mixed = String(repeating: "> - ", count: 5_000) + "Mixed.\n"
        let emphasis = String(repeating: "*[", count: 10_000) + "x" + String(repeating: "](y)*", count: 10_000) + "\n"
        try dossier.write(["content/notes/quotes.md": quotes, "content/notes/list.md": list,
                           "content/sources/quotes.md": "# Quotes\n\n" + quotes + "\nAfter the quotes.\n",
                           "content/sources/list.md": "# List\n\n" + list, "content/sources/mixed.md": mixed + emphasis,
                           "content/sources/quotes.txt": quotes])
        let clock = ContinuousClock()
        let started = clock.now
        let (files, _) = try dossier.render()
        print("10,000 levels: rendered in \(clock.now - started)")
        #expect(clock.now - started < .seconds(240))
        #expect(files.text("notes/quotes/index.html")?.contains("Deep quote on Monday.") == true)
        #expect(files.text("notes/list/index.html")?.contains("innermost item") == true)
        #expect(sourcePages(files).count == 4)
    }

    @Test("CRLF and lone CR line endings give the same text and the same line numbers as LF")
    func lineEndings() throws {
        let lf = "---\ntitle: Storm\ndate: 2025-09-18\n---\nFirst line of the storm story.\nSecond line.\n"
        let dossier = try ScratchDossier(["content/sources/lf.md": lf,
                                          "content/sources/crlf.md": lf.replacingOccurrences(of: "\n", with: "\r\n")
                                              .replacingOccurrences(of: "Storm", with: "Storm CRLF"),
                                          "content/sources/cr.md": lf.replacingOccurrences(of: "\n", with: "\r")
                                              .replacingOccurrences(of: "Storm", with: "Storm CR")])
        defer { dossier.remove() }
        let pages = sourcePages(try dossier.render().files)
        #expect(pages.count == 3)
        #expect(pages.values.allSatisfy { $0.contains("First line of the storm story.") && !$0.contains("\r") })
        // An error on line 3 is reported on line 3 whatever the line endings.
        let bad = "---\ntitle: x\ndate: 2025-02-30\n---\nBody.\n"
        for (name, text) in [("lf", bad), ("crlf", bad.replacingOccurrences(of: "\n", with: "\r\n")),
                             ("cr", bad.replacingOccurrences(of: "\n", with: "\r"))] {
            let broken = try ScratchDossier(["content/notes/\(name).md": text])
            defer { broken.remove() }
            #expect(broken.errors() == ["$ROOT/content/notes/\(name).md:3:7: error: front matter key 'date' is '2025-02-30', a day that does not exist"])
        }
    }

    @Test("a pipe or a socket in content/ is skipped with a warning instead of blocking the build")
    func notRegularFiles() throws {
        let dossier = try ScratchDossier(["content/sources/ok.txt": Self.story])
        defer { dossier.remove() }
        #expect(mkfifo(dossier.content + "/sources/pipe.txt", 0o644) == 0)
        let socketPath = dossier.content + "/notes/socket.md"
        try FileManager.default.createDirectory(atPath: dossier.content + "/notes", withIntermediateDirectories: true)
        let socketFD = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketFD) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in socketPath.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        let (_, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root) == [
            "$ROOT/content/notes/socket.md: warning: skipped: not a regular file (a pipe, socket or device)",
            "$ROOT/content/sources/pipe.txt: warning: skipped: not a regular file (a pipe, socket or device)",
        ])
    }

    @Test("a file that cannot be read is an error naming it (run as an unprivileged user when the tests run as root)")
    func unreadableFile() throws {
        let dossier = try ScratchDossier(["content/sources/ok.txt": Self.story, "content/sources/secret.txt": "Private.\n"])
        defer { dossier.remove() }
        #expect(chmod(dossier.content + "/sources/secret.txt", 0) == 0)
        if getuid() != 0 {
            #expect(dossier.errors() == ["$ROOT/content/sources/secret.txt: error: file cannot be read (check its permissions)"])
            return
        }
        // Root reads any file, so the build runs as `nobody` through setpriv, with an output folder it may write.
        let setpriv = "/usr/bin/setpriv"
        try #require(FileManager.default.isExecutableFile(atPath: setpriv), "setpriv is needed to drop root for this test")
        try #require(DossierBinary.path != nil, "the dossier binary is needed")
        // The scratch folder is root's; nobody must reach it and write the output folder.
        #expect(chmod(dossier.root, 0o755) == 0)
        #expect(chown(dossier.root, 65534, 65534) == 0)
        // No --templates: the repository may sit where nobody cannot look (a private temporary folder),
        // so the build uses the templates built into the binary.
        let run = try DossierBinary.run(["build", "--content", "content", "--output", "public"],
                                        in: dossier.root, environment: ["HOME": "/nonexistent"],
                                        prefix: [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/sources/secret.txt: error: file cannot be read (check its permissions)"))
        #expect(!FileManager.default.fileExists(atPath: dossier.root + "/public"))
    }

    @Test("symlink loops in content/ end with a warning, not a hang")
    func symlinkLoops() throws {
        let dossier = try ScratchDossier(["content/sources/ok.txt": Self.story])
        defer { dossier.remove() }
        let sources = dossier.content + "/sources"
        try FileManager.default.createSymbolicLink(atPath: sources + "/self", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: sources + "/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: sources + "/a.txt", withDestinationPath: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: sources + "/b.txt", withDestinationPath: "a.txt")
        let (files, warnings) = try dossier.render()
        #expect(warnings.printed(root: dossier.root) == [
            "$ROOT/content/sources/a.txt: warning: skipped: broken link (or a loop of links)",
            "$ROOT/content/sources/b.txt: warning: skipped: broken link (or a loop of links)",
        ])
        #expect(sourcePages(files).count == 1)
    }

    @Test("an empty content folder builds an empty site; a missing one is an error")
    func emptyOrMissingContent() throws {
        let dossier = try ScratchDossier()
        defer { dossier.remove() }
        try FileManager.default.removeItem(atPath: dossier.content + "/sources")
        let (files, _) = try dossier.render()
        #expect(files.text("index.html") != nil)
        #expect(sourcePages(files).isEmpty)
        try FileManager.default.removeItem(atPath: dossier.content)
        #expect(dossier.errors() == ["$ROOT/content: error: content folder not found (give another with --content)"])
    }
}
