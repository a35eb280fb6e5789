// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "doithoai",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "doithoai", targets: ["doithoai"]),
        .executable(name: "doithoai-bench", targets: ["doithoai-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Domain core: model, store, search, minutes, reports. Foundation, and GRDB for the derived index.
        .target(name: "DoiThoaiCore", dependencies: [.product(name: "GRDB", package: "GRDB.swift"),
                                                     .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // Packs documents the core renders (DOCX) into files; the only zip user.
        .target(
            name: "DoiThoaiExport",
            dependencies: ["DoiThoaiCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // UI core: state, actions, reducer, screens rendered to a cell grid. No curses.
        .target(name: "DoiThoaiUI", dependencies: ["DoiThoaiCore"]),
        // ncursesw, seen through a shim header (wide API on, macros as functions).
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The terminal backend: the one place that imports CNCursesW.
        .target(name: "CursesTerminal", dependencies: ["CNCursesW", "DoiThoaiUI"]),
        .executableTarget(
            name: "doithoai",
            dependencies: [
                "DoiThoaiCore", "DoiThoaiExport", "DoiThoaiUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Synthetic archive + timings: `swift run -c release doithoai-bench`.
        .executableTarget(name: "doithoai-bench", dependencies: ["DoiThoaiCore", "DoiThoaiUI"]),
        .testTarget(name: "DoiThoaiCoreTests", dependencies: ["DoiThoaiCore", "DoiThoaiExport"]),
        .testTarget(name: "DoiThoaiUITests", dependencies: ["DoiThoaiUI", "DoiThoaiCore"],
                    resources: [.copy("Snapshots")]),
        // Runs the built binary: command line and, in tmux, the terminal program.
        .testTarget(name: "EndToEndTests", dependencies: ["doithoai", "DoiThoaiCore"]),
    ]
)
