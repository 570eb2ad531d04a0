import Foundation
import Testing
@testable import DossierKit

/// A build that is killed, refused, or runs out of room loses nothing: the previous site stays
/// complete, and dossier never replaces a folder it did not write.
@Suite("Robustness: faults", .serialized)
struct FaultRobustnessTests {
    /// A content folder of `count` sources, each naming people and places, so that the site has many pages.
    static func largeContent(_ count: Int, variant: String) -> [String: String] {
        var files: [String: String] = [:]
        for index in 0..<count {
            let day = index % 28 + 1
            files["content/sources/story-\(index).txt"] = " date 2025-09-\(day < 10 ? "0" : "")\(day) Mayor Person\(index) Tellan of Town\(index % 40) said on Monday that the \(variant) bridge \(index) would close.\n"
                + "Councillor Other\(index) Marsh of Town\((index + 1) % 40) disagreed with Person\(index) Tellan last week.\n"
                + String(repeating: "The works on the river bank continue through the end of the year. ", count: 20) + "\n"
        }
        return files
    }

    static func runMount(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0] == "umount" ? "/bin/umount" : "/bin/mount")
        process.arguments = Array(arguments.dropFirst())
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    func leftovers(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".public.dossier-") }
    }

    @Test("SIGKILL at any moment of a build leaves the previous site complete; the next build succeeds and cleans up",
          .tags(.slow), .enabled(if: SlowTests.enabled, SlowTests.comment))
    func killedBuild() throws {
        let dossier = try ScratchDossier(Self.largeContent(300, variant: "old"))
        defer { dossier.remove() }
        let arguments = ["build", "--quiet", "--content", "content", "--templates", TestSupport.defaultTemplates, "--output", "public"]
        let first = try DossierBinary.run(arguments, in: dossier.root)
        try #require(first.status == 0, "\(first.stderr)")
        let oldSite = folderContents(dossier.root + "/public")
        #expect(oldSite.count > 600)
        // The new content, and the site it gives, built elsewhere for comparison.
        try dossier.write(Self.largeContent(300, variant: "new"))
        let reference = try DossierBinary.run(["build", "--quiet", "--content", "content", "--templates", TestSupport.defaultTemplates,
                                               "--output", "reference/public"], in: dossier.root)
        try #require(reference.status == 0, "\(reference.stderr)")
        let newSite = folderContents(dossier.root + "/reference/public")
        #expect(newSite != oldSite)

        // Kill while the new site is being written (the staging folder exists), at growing delays.
        var killedWhileWriting = 0
        for delay in [0, 1, 3, 10, 30, 100] as [UInt32] {
            let process = try DossierBinary.start(arguments, in: dossier.root, output: false)
            // This build's own staging folder (leftovers of the kills before it are still there).
            let staging = dossier.root + "/.public.dossier-new-\(process.processIdentifier)"
            var sawStaging = false
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning, Date() < deadline {
                if FileManager.default.fileExists(atPath: staging) {
                    sawStaging = true
                    break
                }
                usleep(200)
            }
            if delay > 0 { usleep(delay * 1000) }
            let wasRunning = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if sawStaging && wasRunning && FileManager.default.fileExists(atPath: staging) { killedWhileWriting += 1 }
            // public/ is a whole site: the previous one, or the new one when the kill came after the swap.
            let now = folderContents(dossier.root + "/public")
            #expect(now == oldSite || now == newSite, "after a kill \(delay) ms into writing, public/ is neither site")
            if now == newSite {
                // Start again from the old site for the next kill.
                try FileManager.default.removeItem(atPath: dossier.root + "/public")
                try FileManager.default.copyItem(atPath: dossier.root + "/reference/public", toPath: dossier.root + "/public")
                try dossier.write(Self.largeContent(300, variant: "new"))
            }
        }
        #expect(killedWhileWriting >= 3, "only \(killedWhileWriting) kills landed while the site was being written")
        // The next build succeeds, gives the new site and leaves nothing beside it.
        let next = try DossierBinary.run(arguments, in: dossier.root)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(folderContents(dossier.root + "/public") == newSite)
        #expect(leftovers(dossier.root) == [])
    }

    @Test("a build killed while deleting the previous site leaves a folder that the next build removes")
    func killedWhileDeleting() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        // What a kill in the middle of deleting leaves: the marker and part of the files.
        try TestSupport.write([".public.dossier-new-4242/" + SiteWriter.markerName: "", ".public.dossier-new-4242/sources/a/index.html": "half"],
                              under: root)
        try FileManager.default.createDirectory(atPath: root + "/.public.dossier-new-4243", withIntermediateDirectories: false)
        // A folder of the writer's own kind: the marker goes last.
        try TestSupport.write([".public.dossier-old-1/" + SiteWriter.markerName: "", ".public.dossier-old-1/x/y.html": "y"], under: root)
        SiteWriter.removeSite(at: root + "/.public.dossier-old-1")
        #expect(!FileManager.default.fileExists(atPath: root + "/.public.dossier-old-1"))
        try SiteWriter(output: root + "/public", displayPath: "public").write([OutputFile(path: "index.html", text: "new")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"])
    }

    @Test("a build killed between the two renames of the fallback swap gets its previous site back")
    func killedBetweenRenames() throws {
        let root = try TestSupport.makeTemporaryFolder()
        defer { TestSupport.cleanUp(root) }
        try TestSupport.write([".public.dossier-old-77/" + SiteWriter.markerName: "", ".public.dossier-old-77/index.html": "previous"], under: root)
        let writer = SiteWriter(output: root + "/public", displayPath: "public")
        writer.removeLeftovers()
        #expect(try String(contentsOfFile: root + "/public/index.html", encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"])
    }

    @Test("the output folder is refused when it is /, home, the repository root, content, templates, or someone else's folder")
    func refusedOutputs() throws {
        let dossier = try ScratchDossier(["content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n",
                                          "home/notes.txt": "the user's own notes", "work/thesis.txt": "precious",
                                          "Templates/.keep": ""])
        defer { dossier.remove() }
        try FileManager.default.createDirectory(atPath: dossier.root + "/.git", withIntermediateDirectories: false)
        try FileManager.default.removeItem(atPath: dossier.root + "/Templates")
        try FileManager.default.copyItem(atPath: TestSupport.defaultTemplates, toPath: dossier.root + "/Templates")
        let before = folderContents(dossier.root)
        // `/` is checked by the guard alone, so that a failure of this test cannot touch the machine.
        let guardian = OutputGuard(contentPath: dossier.content, templatesPath: dossier.root + "/Templates", workingDirectory: dossier.root)
        #expect(throws: DossierError.self) { try guardian.check(output: "/", displayPath: "/") }
        let cases: [(output: String, message: String)] = [
            ("home", "home: error: refusing to write the site into your home folder; choose another --output"),
            (".", ".: error: refusing to write the site into the repository root; choose another --output"),
            ("content", "content: error: refusing to write the site into the content folder; choose another --output"),
            ("Templates", "Templates: error: refusing to write the site into the templates folder; choose another --output"),
            ("content/public", "content/public: error: refusing to write the site inside the content folder; choose another --output"),
            ("work", "work: error: output folder is not empty and was not written by dossier build; refusing to replace it (empty it or choose another --output)"),
        ]
        for (output, message) in cases {
            let run = try DossierBinary.run(["build", "--quiet", "--output", output], in: dossier.root,
                                            environment: ["HOME": dossier.root + "/home"])
            #expect(run.status == 1, "\(output)")
            #expect(run.stderr.contains(message), "\(output): \(run.stderr)")
        }
        #expect(folderContents(dossier.root) == before)
        #expect(leftovers(dossier.root).isEmpty)
        // An empty folder, or one a build wrote, is accepted.
        try FileManager.default.createDirectory(atPath: dossier.root + "/site", withIntermediateDirectories: false)
        for _ in 0..<2 {
            let run = try DossierBinary.run(["build", "--quiet", "--output", "site"], in: dossier.root)
            #expect(run.status == 0, "\(run.stderr)")
        }
    }

    /// Runs `body` with a tmpfs of `size` mounted on a fresh folder, or returns false when mounting is not allowed.
    func withSmallDisk(_ size: String, _ body: (String) throws -> Void) throws -> Bool {
        let root = try TestSupport.makeTemporaryFolder("dossier-disk")
        defer { TestSupport.cleanUp(root) }
        let mountPoint = root + "/disk"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: false)
        guard Self.runMount(["mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", mountPoint]) else { return false }
        defer { _ = Self.runMount(["umount", "-l", mountPoint]) }
        try body(mountPoint)
        return true
    }

    @Test("a full disk ends with a clear error and the old site intact (tmpfs; a read-only folder where mounting is not allowed)")
    func diskFull() throws {
        let small = try ScratchDossier(["content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n"])
        defer { small.remove() }
        let large = try ScratchDossier(Self.largeContent(150, variant: "large"))
        defer { large.remove() }
        let mounted = try withSmallDisk("1m") { disk in
            var options = small.options
            options.outputPath = disk + "/public"
            _ = try SiteBuilder(options: options).build()
            let oldSite = folderContents(disk + "/public")
            options.contentPath = large.content
            #expect(throws: DossierError.self) { _ = try SiteBuilder(options: options).build() }
            do {
                _ = try SiteBuilder(options: options).build()
            } catch {
                #expect("\(error)".hasPrefix("\(disk)/public: error: cannot write the site (the previous site is unchanged): "))
                #expect("\(error)".contains("No space left on device"))
            }
            #expect(folderContents(disk + "/public") == oldSite)
            #expect(leftovers(disk).isEmpty)
        }
        if !mounted { try readOnlyOutput(small: small, large: large, reason: "tmpfs could not be mounted") }
    }

    @Test("a read-only output folder ends with a clear error and the old site intact")
    func readOnly() throws {
        let small = try ScratchDossier(["content/sources/a.txt": " date 2025-09-18 The council met on Monday.\n"])
        defer { small.remove() }
        let mounted = try withSmallDisk("4m") { disk in
            var options = small.options
            options.outputPath = disk + "/public"
            _ = try SiteBuilder(options: options).build()
            let oldSite = folderContents(disk + "/public")
            #expect(Self.runMount(["mount", "-o", "remount,ro", disk]))
            do {
                // (Forced: with nothing changed, a build would rightly do nothing.)
                _ = try SiteBuilder(options: options).build(force: true)
                Issue.record("a build into a read-only folder succeeded")
            } catch {
                #expect("\(error)".hasPrefix("\(disk)/public: error: "))
                #expect("\(error)".lowercased().contains("read-only file system") || "\(error)".lowercased().contains("read only"))
            }
            #expect(folderContents(disk + "/public") == oldSite)
        }
        if !mounted { try readOnlyOutput(small: small, large: small, reason: "tmpfs could not be mounted") }
    }

    /// Without mount rights: a folder without write permission (which only binds a user who is not root).
    func readOnlyOutput(small: ScratchDossier, large: ScratchDossier, reason: String) throws {
        try #require(getuid() != 0, "\(reason), and root can write into any folder, so this test cannot run here")
        var options = small.options
        let parent = small.root + "/site"
        options.outputPath = parent + "/public"
        _ = try SiteBuilder(options: options).build()
        let oldSite = folderContents(parent + "/public")
        #expect(chmod(parent, 0o555) == 0)
        defer { chmod(parent, 0o755) }
        options.contentPath = large.content
        #expect(throws: DossierError.self) { _ = try SiteBuilder(options: options).build() }
        #expect(folderContents(parent + "/public") == oldSite)
    }
}
