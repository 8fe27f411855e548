import Foundation

/// Finds the lesson directory: an explicit option, the `DLTUTOR_LESSONS` variable, the installed
/// copy next to the executable, or the checkout the executable was built in.
public enum LessonLocator {
    /// The environment variable that points at a lesson directory.
    public static let environmentVariable = "DLTUTOR_LESSONS"

    /// Resolves the lesson directory.
    ///
    /// - Parameters:
    ///   - explicit: the `--lessons DIR` option, which wins when given.
    ///   - environment: the process environment (for `DLTUTOR_LESSONS`).
    ///   - executablePath: the running executable; its real path (symlinks resolved) is used to find
    ///     `<prefix>/share/dltutor/Lessons` (what `make install` creates) or, walking up, a directory
    ///     holding both `Package.swift` and `Lessons/` (a build inside the checkout).
    public static func locate(
        explicit: String?, environment: [String: String], executablePath: String
    ) throws(LessonDirectoryError) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let fileManager = FileManager.default
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        let binDirectory = executable.deletingLastPathComponent()
        let installed = binDirectory.deletingLastPathComponent().appendingPathComponent(
            "share/dltutor/Lessons")
        if isDirectory(installed.path, fileManager) { return installed.path }
        var candidate = binDirectory
        while candidate.path != "/" && !candidate.path.isEmpty {
            let lessons = candidate.appendingPathComponent("Lessons")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("Package.swift").path),
                isDirectory(lessons.path, fileManager)
            {
                return lessons.path
            }
            candidate = candidate.deletingLastPathComponent()
        }
        throw LessonDirectoryError(
            path: installed.path,
            reason: "no installed lessons found; pass --lessons DIR or set \(environmentVariable)")
    }

    /// The path of the running executable as the kernel knows it (`/proc/self/exe` on Linux).
    public static func currentExecutablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return CommandLine.arguments.first ?? "."
    }

    private static func isDirectory(_ path: String, _ fileManager: FileManager) -> Bool {
        var flag: ObjCBool = false
        return fileManager.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
