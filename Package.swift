// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefing", targets: ["BriefingCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Support", resources: [.embedInCode("Rules/months.words")]),
        .target(
            name: "Corpus",
            dependencies: ["Support", .product(name: "Yams", package: "Yams")],
            resources: [
                .embedInCode("Rules/boilerplate.rules"),
                .embedInCode("Rules/abbreviations.words"),
                .embedInCode("Rules/sentence-starters.words"),
                .embedInCode("Rules/stamp-words.rules"),
            ]
        ),
        .target(
            name: "Analysis",
            dependencies: ["Corpus", "Support"],
            resources: [
                .embedInCode("Rules/weekdays.words"),
                .embedInCode("Rules/dates.rules"),
                .embedInCode("Rules/date-words.rules"),
                .embedInCode("Rules/tense.words"),
                .embedInCode("Rules/past.words"),
                .embedInCode("Rules/titles.words"),
                .embedInCode("Rules/organisations.words"),
                .embedInCode("Rules/speech-verbs.words"),
                .embedInCode("Rules/person-cues.rules"),
                .embedInCode("Rules/given-names.rules"),
                .embedInCode("Rules/places.words"),
                .embedInCode("Rules/demonyms.words"),
                .embedInCode("Rules/status.rules"),
                .embedInCode("Rules/stopwords.words"),
                .embedInCode("Rules/event-words.rules"),
                .embedInCode("Rules/event-dates.rules"),
                .embedInCode("Rules/news-of-the-day.rules"),
                .embedInCode("Rules/issue-nouns.rules"),
                .embedInCode("Rules/issue-kinds.rules"),
                .embedInCode("Rules/uncertainty.words"),
                .embedInCode("Rules/speaker-words.rules"),
                .embedInCode("Rules/date-grammar.rules"),
                .embedInCode("Rules/small-words.rules"),
            ]
        ),
        .target(name: "Compose", dependencies: ["Analysis", "Support"]),
        .target(
            name: "Render",
            dependencies: ["Ccmark", "Compose", "Support", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "CPlatform"),
        .target(name: "Site", dependencies: ["Render", "CPlatform", "Support"]),
        // The preview server (briefing serve): kept apart so that the other stages never compile NIO.
        .target(
            name: "Preview",
            dependencies: [
                "Site", "Compose", "Support",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.embedInCode("live.js")]
        ),
        .executableTarget(
            name: "BriefingCLI",
            dependencies: [
                "Site", "Preview", "Analysis", "Corpus", "Support",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // The fuzz target (make fuzz): built with -sanitize=fuzzer and -D FUZZING it is a libFuzzer
        // binary; built plainly it replays the inputs named on its command line.
        .executableTarget(
            name: "BriefingFuzz",
            dependencies: ["Compose", "Analysis", "Corpus", "Support"],
            exclude: ["briefing.dict"]
        ),
        // The benchmark's timer for Markdown rendering beside the cmark command (make bench).
        .executableTarget(name: "BriefingBench", dependencies: ["Render"]),
        .target(name: "TestFixtures", dependencies: ["Support"], path: "Tests/TestFixtures"),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "Support", "TestFixtures"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Support", "TestFixtures"]),
        .testTarget(name: "ComposeTests", dependencies: ["Compose", "Analysis", "Corpus", "Support", "TestFixtures"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Support", "TestFixtures"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Render", "Corpus", "Support", "TestFixtures"]),
        .testTarget(
            name: "PreviewTests",
            dependencies: [
                "Preview", "Site", "Support", "TestFixtures",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ]
)
