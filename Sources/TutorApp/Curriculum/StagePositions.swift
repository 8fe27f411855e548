import Foundation
import Grading

/// The place the learner was last in each stage, saved beside the bookmark. The bookmark keeps
/// only the one last place (for "continue"); this keeps one per stage, so opening a stage
/// again from the home screen goes back to where the learner was in it rather than to its
/// first step, and opening another stage loses nothing.
public struct StagePositions: Codable, Hashable, Sendable {
    /// The last place in each stage, by stage id.
    public var places: [String: Bookmark]

    /// Positions holding `places`.
    public init(places: [String: Bookmark] = [:]) {
        self.places = places
    }

    /// The last place in the stage with id `stageID`, if the learner has been there.
    public func place(in stageID: String) -> Bookmark? {
        places[stageID]
    }

    /// Remembers `place` as the last place in its stage.
    public mutating func record(_ place: Bookmark) {
        places[place.stageID] = place
    }

    /// The positions stored at `path`; empty when there are none or they cannot be read
    /// (losing them only means a stage opens at its first step again, so it is not an error).
    public static func load(from path: String) -> StagePositions {
        guard let data = FileManager.default.contents(atPath: path),
            let positions = try? JSONDecoder().decode(StagePositions.self, from: data)
        else { return StagePositions() }
        return positions
    }

    /// Writes the positions atomically to `path`.
    public func save(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: path)
    }
}
