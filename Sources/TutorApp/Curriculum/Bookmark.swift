import Foundation
import Grading

/// Where the learner was: a stage, a step in it and, when inside one, an exercise. Saved as
/// a small JSON file beside the progress so the home screen can offer to continue there.
public struct Bookmark: Codable, Hashable, Sendable {
    /// The stage's id (`linear-algebra`).
    public var stageID: String
    /// The step's index within the stage, from 0.
    public var step: Int
    /// The exercise being worked on, if any.
    public var exerciseID: String?

    /// A bookmark at the given place.
    public init(stageID: String, step: Int, exerciseID: String? = nil) {
        self.stageID = stageID
        self.step = step
        self.exerciseID = exerciseID
    }

    /// The bookmark stored at `path`, nil when there is none or it cannot be read (a lost
    /// bookmark only means starting from the home screen, so it is not an error).
    public static func load(from path: String) -> Bookmark? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Bookmark.self, from: data)
    }

    /// Writes the bookmark atomically to `path`.
    public func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: path)
    }
}
