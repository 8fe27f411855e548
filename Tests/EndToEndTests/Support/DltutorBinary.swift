import Foundation

/// Finds the `dltutor` executable the end-to-end tests drive: `DLTUTOR_BIN` when set,
/// otherwise the one SwiftPM built next to the test bundle (`.build/<config>/dltutor`
/// beside `.build/<config>/<package>PackageTests.xctest`).
enum DltutorBinary {
    /// The path to run, or a message saying where it was looked for.
    static func locate() -> Result<String, LocateError> {
        let fileManager = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["DLTUTOR_BIN"], !explicit.isEmpty {
            return fileManager.isExecutableFile(atPath: explicit)
                ? .success(explicit)
                : .failure(LocateError(message: "DLTUTOR_BIN=\(explicit) is not an executable file"))
        }
        var candidates: [String] = []
        for start in [currentExecutablePath(), Bundle.main.executablePath, CommandLine.arguments.first] {
            guard let start, !start.isEmpty else { continue }
            var directory = URL(fileURLWithPath: start).resolvingSymlinksInPath().deletingLastPathComponent()
            // The test bundle may be a directory (…/X.xctest/Contents/MacOS/X): walk up to the
            // build directory that holds it.
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("dltutor").path)
                directory = directory.deletingLastPathComponent()
            }
        }
        if let found = candidates.first(where: { fileManager.isExecutableFile(atPath: $0) }) {
            return .success(found)
        }
        return .failure(
            LocateError(
                message: """
                    the dltutor binary was not found (looked in \(candidates.joined(separator: ", "))). \
                    Build it first (swift build, or swift test builds it) or set DLTUTOR_BIN.
                    """))
    }

    /// The running test process's own executable, from /proc.
    private static func currentExecutablePath() -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// Why the binary could not be found.
    struct LocateError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
