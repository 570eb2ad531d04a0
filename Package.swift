// swift-tools-version:6.0
import PackageDescription

/// One libFuzzer binary per parser of untrusted input, in Fuzz/<name>/ (see scripts/fuzz).
let fuzzTargets = ["FrontMatter", "Cleaning", "Sentences", "Temporal", "Analyze", "Template", "RequestHead"]
/// The targets that fuzz `dossier serve`, whose parser lives in DossierServe.
let serveFuzzTargets: Set<String> = ["RequestHead"]

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "DossierKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedKnowledge"]
        ),
        // The default templates, embedded at build time from Templates/ (the one copy).
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["TemplateEmbedder"]),
        // The knowledge data files (Knowledge/), embedded into DossierKit the same way.
        .plugin(name: "EmbedKnowledge", capability: .buildTool(), dependencies: ["TemplateEmbedder"]),
        .target(name: "DefaultTemplates", dependencies: ["DossierKit"], plugins: ["EmbedTemplates"]),
        // `dossier serve`: HTTP, live reload and watching, kept out of DossierKit.
        .target(
            name: "DossierServe",
            dependencies: [
                "DossierKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit",
                "DefaultTemplates",
                "DossierServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DossierKitTests",
            dependencies: ["DossierKit", "DefaultTemplates", "DossierServe"],
            resources: [.copy("Fixtures")]
        ),
    ] + fuzzTargets.map {
        .executableTarget(name: "Fuzz\($0)", dependencies: serveFuzzTargets.contains($0) ? ["DossierKit", "DossierServe"] : ["DossierKit"],
                          path: "Fuzz/\($0)")
    },
    swiftLanguageModes: [.v6]
)
