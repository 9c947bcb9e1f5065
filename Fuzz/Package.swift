// swift-tools-version:6.1
// libFuzzer harnesses for ParleyModel. A package of its own, so the root package's `swift build` and
// `swift test` never see it; `run.sh` builds it with the fuzzer and address sanitizers.
import PackageDescription

/// What every harness links: the code under test and the driver's declaration.
let harness: [Target.Dependency] = ["CFuzzDriver", .product(name: "ParleyModel", package: "Parley")]

let package = Package(
    name: "ParleyFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Parley", path: "..")],
    targets: [
        // The declaration of libFuzzer's driver, so each harness's main.swift can hand it the callback.
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "FuzzReaders", dependencies: harness),
        .executableTarget(name: "FuzzFrontMatter", dependencies: harness),
        .executableTarget(name: "FuzzDates", dependencies: harness),
        .executableTarget(name: "FuzzAnalyzer", dependencies: harness),
        .executableTarget(name: "FuzzTimeline", dependencies: harness),
    ],
    swiftLanguageModes: [.v6]
)
