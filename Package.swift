// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyModel", targets: ["ParleyModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "ParleyModel",
            dependencies: ["CLibXML2", "CZlib", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources/samples"), .copy("Resources/knowledge"), .copy("Resources/language")]
        ),
        .target(name: "ParleyTerminal", dependencies: ["CNcurses"]),
        .target(name: "ParleyTUI", dependencies: ["ParleyModel", "ParleyTerminal"]),
        .target(name: "ParleyTestSupport", dependencies: ["ParleyModel", "ParleyTerminal", "ParleyTUI"]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyModel", "ParleyTerminal", "ParleyTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ParleyModelTests", dependencies: ["ParleyModel", "ParleyTestSupport"], resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ParleyTerminalTests", dependencies: ["ParleyTerminal", "ParleyTestSupport"]),
        .testTarget(name: "ParleyTUITests", dependencies: ["ParleyTUI", "ParleyTestSupport"]),
        .testTarget(name: "ParleyEndToEndTests", dependencies: ["ParleyTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
