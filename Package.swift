// swift-tools-version: 6.0
// The dltutor package: a terminal tutor for deep learning. See ARCHITECTURE.md for the layering.
import PackageDescription

let package = Package(
    name: "dltutor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dltutor", targets: ["dltutor"]),
        .executable(name: "dltutor-bench", targets: ["dltutor-bench"]),
        .library(name: "TensorEngine", targets: ["TensorEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // C system libraries. Each has a tiny shim header; see the header for why.
        .systemLibrary(name: "CNcurses", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The tensor engine: tensors, ops, autograd, nn, optimizers. No UI.
        .target(name: "TensorEngine", dependencies: ["COpenBLAS"]),

        // Terminal core: cells, buffer, layout, widgets, events, app loop, headless backend.
        .target(name: "TerminalCore"),

        .executableTarget(
            name: "dltutor",
            dependencies: [
                "TensorEngine", "TerminalCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dltutor-bench", dependencies: ["TensorEngine", "COpenBLAS"]),

        .testTarget(name: "TensorEngineTests", dependencies: ["TensorEngine"]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore"]),
    ],
    swiftLanguageModes: [.v6]
)
