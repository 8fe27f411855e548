import Foundation

/// Finds the project's `Data` folder (the shipped MNIST subset) from any working directory.
///
/// Looked for in this order:
/// 1. the directory named by the `DLTUTOR_DATA` environment variable (an error if set but wrong,
///    so a typo is reported instead of silently falling back);
/// 2. `<executable dir>/../share/dltutor/Data`, where `make install` puts it;
/// 3. for a build inside the checkout (`.build/release/dltutor`), the first ancestor of the
///    executable's real path (symlinks resolved) holding both `Package.swift` and `Data/`.
public enum DataLocator {
    /// The environment variable that overrides the search.
    public static let environmentVariable = "DLTUTOR_DATA"
    /// A file every valid Data folder contains, used to recognise one.
    public static let markerFile = "mnist-5k/images-idx3-ubyte.gz"

    /// The Data folder for this process.
    /// - Throws: `DataError.dataFolderNotFound` listing every place searched.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = currentExecutablePath()
    ) throws -> URL {
        if let override = environment[environmentVariable], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            guard isDataFolder(url) else {
                throw DataError.dataFolderNotFound(
                    searched: ["\(environmentVariable)=\(override) (no \(markerFile) there)"])
            }
            return url
        }
        let candidates = executablePath.map(candidateFolders(executablePath:)) ?? []
        if let found = candidates.first(where: isDataFolder) { return found }
        throw DataError.dataFolderNotFound(
            searched: candidates.isEmpty ? ["(the executable's location is unknown)"] : candidates.map(\.path)
        )
    }

    /// Whether `folder` looks like a dltutor Data folder.
    public static func isDataFolder(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(markerFile).path)
    }

    /// The places searched for an executable at `executablePath`, in order: the install
    /// location, then `Data` beside each ancestor `Package.swift`.
    public static func candidateFolders(executablePath: String) -> [URL] {
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        let directory = executable.deletingLastPathComponent()
        var result = [
            directory.deletingLastPathComponent().appendingPathComponent("share/dltutor/Data").standardized
        ]
        var ancestor = directory
        while true {
            if FileManager.default.fileExists(atPath: ancestor.appendingPathComponent("Package.swift").path) {
                result.append(ancestor.appendingPathComponent("Data"))
            }
            let parent = ancestor.deletingLastPathComponent()
            if parent.path == ancestor.path || ancestor.path == "/" { break }
            ancestor = parent
        }
        return result
    }

    /// This process's executable with symlinks resolved (`/proc/self/exe` on Linux), or nil.
    public static func currentExecutablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return Bundle.main.executablePath ?? CommandLine.arguments.first
    }
}
