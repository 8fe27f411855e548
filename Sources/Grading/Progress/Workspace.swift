import Foundation
import Lessons

/// Code exercises as editable files, `<data>/workspace/<stage>/<exercise>.py`, so learners can use
/// their own editor; the file is the answer `dltutor check` grades when no FILE is given.
public struct Workspace: Sendable {
    /// The workspace root (`<data>/workspace`).
    public let root: String

    /// The workspace inside the data directory `dataDirectory`.
    public init(dataDirectory: String) {
        root = (dataDirectory as NSString).appendingPathComponent("workspace")
    }

    /// The file of `exercise`.
    public func path(for exercise: Exercise) -> String {
        ((root as NSString).appendingPathComponent(exercise.stageID) as NSString)
            .appendingPathComponent("\(exercise.id).py")
    }

    /// The file of `exercise`, written with `starter` first if it does not exist yet.
    public func ensureFile(for exercise: Exercise, starter: String) throws(ProgressError) -> String {
        let path = path(for: exercise)
        if FileManager.default.fileExists(atPath: path) { return path }
        try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
        try AtomicFile.write(Data(starter.utf8), to: path)
        return path
    }

    /// Puts the starter back, keeping the learner's file as `<exercise>.py.bak` so nothing is lost.
    /// Returns the backup's path when there was a file to keep.
    @discardableResult
    public func restoreStarter(for exercise: Exercise, starter: String) throws(ProgressError) -> String? {
        let path = path(for: exercise)
        var backup: String?
        if let current = FileManager.default.contents(atPath: path) {
            let backupPath = path + ".bak"
            try AtomicFile.write(current, to: backupPath)
            backup = backupPath
        } else {
            try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
        }
        try AtomicFile.write(Data(starter.utf8), to: path)
        return backup
    }
}
