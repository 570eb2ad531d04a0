import Foundation
import Mustache

/// The parsers that take untrusted input, each callable with raw bytes, for the fuzz targets
/// in `Fuzz/` (one libFuzzer binary per entry point). Each runs its parser as the build does and
/// stops the process (`precondition`) when a result breaks what the rest of the pipeline relies on;
/// errors the parser reports as `DossierError` are the expected outcome for bad input.
public enum FuzzEntryPoints {
    /// A fixed reference day, so that runs are reproducible.
    static let referenceDay = DayDate(year: 2025, month: 9, day: 18)

    /// Decoding and the front matter split, with the date line of raw sources.
    public static func frontMatter(_ data: Data) {
        let text = TextDecoding.decode(data).text
        precondition(!text.contains("\r") && !text.contains("\u{0}"), "decoding left a CR or a NUL")
        do {
            let split = try FrontMatterParser.split(text, file: "fuzz.md", allowedKeys: FrontMatter.noteKeys)
            precondition(split.bodyStartLine >= 1, "body starts before line 1")
            if split.frontMatter == nil { precondition(split.body == text, "a file without front matter lost text") }
            _ = try DateLine.strip(from: split.body, file: "fuzz.md", line: split.bodyStartLine)
        } catch {
            checkLocations(error, file: "fuzz.md")
        }
    }

    /// Cleaning of a source, read as raw text (first byte even) or as Markdown (odd).
    public static func clean(_ data: Data) {
        let format: RawDocument.Format = (data.first ?? 0) % 2 == 0 ? .text : .markdown
        let document = RawDocument(kind: .source, format: format, displayPath: "fuzz", relativePath: "fuzz",
                                   frontMatter: nil, dateLine: nil, body: TextDecoding.decode(data.dropFirst()).text,
                                   bodyStartLine: 1, contentHash: 0)
        checkSentences(ArticleCleaner.clean(document))
    }

    /// Sentence splitting of one paragraph.
    public static func sentences(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        var end = 0
        for span in SentenceSplitter.spans(text) {
            let length = span.text.unicodeScalars.count
            precondition(span.offset >= end && span.offset + length <= scalars.count, "sentence outside its paragraph")
            precondition(Array(scalars[span.offset..<span.offset + length]) == Array(span.text.unicodeScalars),
                         "sentence is not the text at its offset")
            end = span.offset + length
        }
    }

    /// The temporal tagger on the sentences of a text, with and without a reference day.
    public static func temporal(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let sentences = SentenceSplitter.split(text).enumerated().map { Sentence(ordinal: $0 + 1, text: $1, line: 1) }
        for reference in [referenceDay, nil] {
            let language = Language.allCases[Int(data.first ?? 0) % Language.allCases.count]
            for expression in TemporalTagger(language: language).tag(sentences, reference: reference) {
                let length = sentences[expression.sentence - 1].text.unicodeScalars.count
                precondition(0 <= expression.start && expression.start < expression.end && expression.end <= length,
                             "date expression outside its sentence")
            }
        }
    }

    /// One content file from its bytes through load, clean and analyze, as a source of the given kind.
    public static func analyze(_ data: Data) {
        let file = ContentLoader.FileEntry(absolutePath: "/fuzz.md", relativePath: "fuzz.md", displayPath: "fuzz.md",
                                           format: (data.first ?? 0) % 2 == 0 ? .text : .markdown)
        do {
            guard let document = try ContentLoader.document(from: data, file: file, kind: .source).0 else { return }
            let article = ArticleCleaner.clean(document)
            checkSentences(article)
            let facts = ArticleAnalyzer.analyze(article)
            let lengths = Dictionary(uniqueKeysWithValues: article.sentences.map { ($0.ordinal, $0.text.unicodeScalars.count) })
            for mention in facts.mentions {
                let length = lengths[mention.sentence] ?? -1
                precondition(0 <= mention.start && mention.start < mention.end && mention.end <= length, "mention outside its sentence")
            }
            for time in facts.times {
                let length = lengths[time.sentence] ?? -1
                precondition(0 <= time.start && time.start < time.end && time.end <= length, "date expression outside its sentence")
            }
        } catch {
            checkLocations(error, file: "fuzz.md")
        }
    }

    /// A template file as the build loads it (nesting check, Mustache parser, includes of itself),
    /// then rendered with a small context of sections, lists and text. Its lists hold one item:
    /// nested sections over a list of n items render n^depth times, which is what the template
    /// asks for, not a fault of the parser.
    public static func template(_ data: Data) {
        let text = TextDecoding.decode(data).text
        do {
            let template = try TemplateSet.parse(text, display: "fuzz.mustache")
            try TemplateSet.checkPartials(["fuzz": (display: "fuzz.mustache", text: text)], names: ["fuzz"])
            var library = MustacheLibrary()
            library.register(template, named: "fuzz")
            let context: [String: Any] = ["title": "<b>T</b>", "a": [["b": "x"]], "c": ["d": true], "e": false, "n": 3]
            _ = library.render(context, withTemplate: "fuzz")
        } catch {
            checkLocations(error, file: "fuzz.mustache")
        }
    }

    private static func checkSentences(_ article: Article) {
        for (index, sentence) in article.sentences.enumerated() {
            precondition(sentence.ordinal == index + 1, "sentences are not numbered 1, 2, 3…")
            precondition(sentence.line >= 1, "sentence before line 1")
        }
    }

    private static func checkLocations(_ error: DossierError, file: String) {
        precondition(!error.diagnostics.isEmpty, "an error without a message")
        for diagnostic in error.diagnostics {
            precondition(diagnostic.location.file == file, "an error about another file")
            precondition((diagnostic.location.line ?? 1) >= 1 && (diagnostic.location.column ?? 1) >= 1, "an error before line 1")
        }
    }
}

extension FuzzEntryPoints {
    /// Runs an entry point on every file named on the command line (or in a folder named there), as
    /// the fuzz binaries do when built without libFuzzer: to replay a crash or a corpus in a debug build.
    public static func replay(_ entryPoint: (Data) -> Void, arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        var files: [String] = []
        for argument in arguments where !argument.hasPrefix("-") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
                files += names.sorted().map { argument + "/" + $0 }
            } else {
                files.append(argument)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            entryPoint(data)
        }
        print("ran \(files.count) input\(files.count == 1 ? "" : "s")")
    }
}

#if FUZZING
/// libFuzzer's driver (libclang_rt.fuzzer, linked by -sanitize=fuzzer). SwiftPM gives an executable
/// its own `main`, so the fuzz binaries start libFuzzer from there instead of using libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

extension FuzzEntryPoints {
    /// Hands the process to libFuzzer with `callback` as the target; returns libFuzzer's exit status.
    public static func runLibFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return llvmFuzzerRunDriver(&argc, &argv, callback)
    }

    /// The bytes libFuzzer passes, as `Data`.
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Data {
        bytes.map { Data(bytes: $0, count: size) } ?? Data()
    }
}
#endif
