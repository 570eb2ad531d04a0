import Foundation
import Testing
@testable import DossierKit

/// The same content gives a byte-identical site, whatever folder it is built in, the order in
/// which the file system lists its files, and the number of threads.
@Suite("Robustness: determinism")
struct DeterminismRobustnessTests {
    /// Every file of the sample dossier and of the fixtures of other stories (path → bytes).
    static func contentFiles() -> [(path: String, data: Data)] {
        var files: [(String, Data)] = []
        for (folder, prefix) in [(TestSupport.sampleContent, "content/"),
                                 (TestSupport.repositoryRoot + "/Tests/DossierKitTests/Fixtures/timeline-story", "content/"),
                                 (TestSupport.repositoryRoot + "/Tests/DossierKitTests/Fixtures/other-stories", "content/")] {
            for (relative, data) in folderContents(folder) {
                files.append((prefix + relative, data))
            }
        }
        files.append(("dossier.yml", FileManager.default.contents(atPath: TestSupport.sampleConfig) ?? Data()))
        return files.sorted { $0.0 < $1.0 }
    }

    /// Writes the files in the given order (folders created as needed).
    static func materialise(_ files: [(path: String, data: Data)], under root: String) throws {
        for file in files {
            let full = root + "/" + file.path
            try FileManager.default.createDirectory(atPath: Paths.parent(full), withIntermediateDirectories: true)
            try file.data.write(to: URL(fileURLWithPath: full))
        }
    }

    @Test("a copy at another path, its files created in reverse order and given by absolute paths, builds a byte-identical site")
    func anotherPathReverseOrder() throws {
        let files = Self.contentFiles()
        #expect(files.count > 10)
        let first = try TestSupport.makeTemporaryFolder("dossier-order-a")
        defer { TestSupport.cleanUp(first) }
        let second = try TestSupport.makeTemporaryFolder("dossier-order-b") + "/deeper/other name"
        defer { TestSupport.cleanUp(Paths.parent(Paths.parent(second))) }
        try Self.materialise(files, under: first)
        try Self.materialise(files.reversed(), under: second)
        // The file system lists the two copies in different orders (where it lists by creation).
        let arguments = ["build", "--quiet", "--templates", TestSupport.defaultTemplates, "--output", "public"]
        let a = try DossierBinary.run(arguments, in: first)
        // The second is given absolute paths: no folder above the dossier may reach the site.
        let b = try DossierBinary.run(["build", "--quiet", "--templates", TestSupport.defaultTemplates, "--content", second + "/content",
                                       "--config", second + "/dossier.yml", "--output", second + "/public"], in: first)
        try #require(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        let siteA = folderContents(first + "/public")
        let siteB = folderContents(second + "/public")
        #expect(siteA.count > 50)
        #expect(siteA.keys.sorted() == siteB.keys.sorted())
        let different = siteA.keys.sorted().filter { siteA[$0] != siteB[$0] }
        #expect(different == [], "files that differ: \(different.prefix(5))")
    }

    @Test("one thread and many threads build byte-identical sites (DOSSIER_JOBS)")
    func threadCounts() throws {
        let root = try TestSupport.makeTemporaryFolder("dossier-jobs")
        defer { TestSupport.cleanUp(root) }
        try Self.materialise(Self.contentFiles(), under: root)
        var sites: [[String: Data]] = []
        for jobs in ["1", "2", "7", "32"] {
            let run = try DossierBinary.run(["build", "--quiet", "--templates", TestSupport.defaultTemplates, "--output", "public-\(jobs)"],
                                            in: root, environment: ["DOSSIER_JOBS": jobs])
            try #require(run.status == 0, "\(run.stderr)")
            sites.append(folderContents(root + "/public-\(jobs)"))
        }
        #expect(sites[0].count > 50)
        for site in sites.dropFirst() {
            #expect(site == sites[0])
        }
    }

    @Test("parallel work keeps the order of its input whatever the number of threads")
    func parallelMapOrder() {
        let input = Array(0..<5_000)
        let output = input.parallelMap { value -> Int in
            // Uneven work, so that threads finish out of order.
            var x = value
            for _ in 0..<(value % 7) * 50 { x = (x &* 31) &+ 7 }
            return value * 2 + (x == Int.min ? 1 : 0)
        }
        #expect(output == input.map { $0 * 2 })
    }

    @Test("two in-memory builds of the same content are identical")
    func twoRenders() throws {
        let root = try TestSupport.makeTemporaryFolder("dossier-twice")
        defer { TestSupport.cleanUp(root) }
        try Self.materialise(Self.contentFiles(), under: root)
        let first = try TestSupport.render(content: root + "/content", config: root + "/dossier.yml")
        let second = try TestSupport.render(content: root + "/content", config: root + "/dossier.yml")
        #expect(first == second)
    }
}
