import Lessons

/// What follows a stage in the recommended order, as the reader offers it at the end of the
/// stage's last step.
public enum NextStage: Sendable {
    /// A stage whose lesson can be opened.
    case ready(Stage)
    /// The next stage exists in the outline but cannot be opened (not written yet, or its
    /// lesson file is broken); `reason` says which, in a few words.
    case unavailable(number: Int, title: String, reason: String)
    /// The stage is the last one.
    case none

    /// The stage that follows the stage with id `stageID` on the curriculum map `entries`:
    /// the first later stage that can be opened (a broken or unwritten stage in between is
    /// passed over, since the learner could not read it anyway); when no later stage can be
    /// opened, the one right after, described as unavailable.
    public static func following(_ stageID: String, in entries: [StageEntry]) -> NextStage {
        guard let index = entries.firstIndex(where: { $0.stage?.id == stageID }) else { return .none }
        let later = entries[(index + 1)...]
        if let stage = later.lazy.compactMap(\.stage).first { return .ready(stage) }
        guard let next = later.first else { return .none }
        switch next.availability {
        case .ready(let stage): return .ready(stage)
        case .broken:
            return .unavailable(number: next.number, title: next.title, reason: "its lesson file is broken")
        case .comingSoon: return .unavailable(number: next.number, title: next.title, reason: "coming soon")
        }
    }
}
