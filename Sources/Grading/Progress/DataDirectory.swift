import Foundation

/// Where dltutor keeps the learner's data: `$XDG_DATA_HOME/dltutor`, by default
/// `~/.local/share/dltutor` (the XDG Base Directory specification; relative values are ignored).
public enum DataDirectory {
    /// Resolves the data directory from `environment`.
    public static func resolve(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("dltutor")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/dltutor")
    }

    /// The tutor's continue bookmark, beside `progress.json`.
    public static let bookmarkFileName = "tutor-bookmark.json"
    /// The tutor's last step of every stage, beside `progress.json`.
    public static let positionsFileName = "tutor-positions.json"
    /// The tutor's "where was I" files. They hold places, not results, so `reset --all` removes them.
    public static let placeFileNames = [bookmarkFileName, positionsFileName]
}
