import Foundation

/// Small file-system questions the actions ask.
enum FileManagerProbe {
    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
