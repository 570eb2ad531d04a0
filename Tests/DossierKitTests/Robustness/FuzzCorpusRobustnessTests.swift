import Foundation
import Testing
@testable import DossierKit
import DossierServe

/// Every input of the fuzz seed corpus (`Fuzz/corpus/<target>/`) and every input that once
/// crashed a fuzz target (`Fuzz/regressions/<target>/`) runs through its entry point on each
/// test run, so that a fixed crash stays fixed without libFuzzer.
@Suite("Robustness: fuzz corpus and regressions")
struct FuzzCorpusRobustnessTests {
    static let entryPoints: [(target: String, run: @Sendable (Data) -> Void)] = [
        ("FrontMatter", FuzzEntryPoints.frontMatter), ("Cleaning", FuzzEntryPoints.clean),
        ("Sentences", FuzzEntryPoints.sentences), ("Temporal", FuzzEntryPoints.temporal), ("Analyze", FuzzEntryPoints.analyze),
        ("Template", FuzzEntryPoints.template), ("RequestHead", ServeFuzzEntryPoints.requestHead),
    ]

    static func inputs(_ target: String) -> [String] {
        ["corpus", "regressions"].flatMap { kind -> [String] in
            let folder = TestSupport.repositoryRoot + "/Fuzz/\(kind)/\(target)"
            return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
        }
    }

    @Test("every seed and regression input runs through its fuzz entry point", arguments: entryPoints.map(\.target))
    func corpus(target: String) throws {
        let run = try #require(Self.entryPoints.first { $0.target == target }?.run)
        let files = Self.inputs(target)
        #expect(files.count >= 3)
        for file in files {
            run(try #require(FileManager.default.contents(atPath: file)))
        }
    }

    @Test("every fuzz target has a folder, a seed corpus and an entry in scripts/fuzz")
    func targetsAreWired() throws {
        let script = try String(contentsOfFile: TestSupport.repositoryRoot + "/scripts/fuzz", encoding: .utf8)
        for (target, _) in Self.entryPoints {
            #expect(FileManager.default.fileExists(atPath: TestSupport.repositoryRoot + "/Fuzz/\(target)/Fuzz\(target).swift"))
            #expect(script.contains(target))
        }
    }
}
