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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C system libraries. Each has a tiny shim header; see the header for why.
        // No pkgConfig for ncursesw: its .pc carries -D flags SwiftPM refuses (a warning on every
        // build); the shim defines what it needs and <ncursesw/ncurses.h> is on the default path.
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The tensor engine: tensors, ops, autograd, nn, optimizers. No UI.
        .target(name: "TensorEngine", dependencies: ["COpenBLAS", "CZlib"]),
        // The exercise language, evaluated over engine tensors.
        .target(name: "TensorScript", dependencies: ["TensorEngine"]),

        // Lesson files: the Markdown + YAML format, parsing and validation.
        .target(name: "Lessons", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Grading exercises and keeping the learner's progress.
        .target(name: "Grading", dependencies: ["Lessons", "TensorScript", "TensorEngine"]),

        // Terminal core: cells, buffer, layout, widgets, events, app loop, headless backend.
        .target(name: "TerminalCore"),
        // Plots drawn into the terminal core's buffer from plain numbers.
        .target(name: "Plot", dependencies: ["TerminalCore"]),
        // The one real terminal backend.
        .target(name: "TerminalNcurses", dependencies: ["TerminalCore", "CNcurses"]),
        // The tutor's screens as model/update/view.
        .target(
            name: "TutorApp",
            dependencies: ["TerminalCore", "Plot", "TensorEngine", "TensorScript", "Lessons", "Grading"],
            exclude: ["Replay/TraceFormat.md"]
        ),

        .executableTarget(
            name: "dltutor",
            dependencies: [
                "TutorApp", "TerminalNcurses", "TensorScript", "TensorEngine", "Lessons", "Grading",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dltutor-bench",
            dependencies: [
                "TensorEngine", "TensorScript", "TerminalCore", "Plot", "COpenBLAS", "TutorApp", "Lessons",
            ]
        ),

        // Shared by the test targets: text snapshots.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "TensorEngineTests", dependencies: ["TensorEngine"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TensorScriptTests",
            dependencies: ["TensorScript", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "Lessons", "TestSupport"]),
        // The shipped lessons: formulas in the text agree with the engine, exercises lint clean.
        .testTarget(
            name: "CurriculumTests",
            dependencies: ["Lessons", "Grading", "TensorEngine", "TensorScript"]
        ),
        .testTarget(
            name: "TerminalCoreTests",
            dependencies: ["TerminalCore", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "PlotTests",
            dependencies: ["Plot", "TerminalCore", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "TutorAppTests",
            dependencies: ["TutorApp", "TerminalCore", "Plot", "TensorEngine", "Lessons", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
