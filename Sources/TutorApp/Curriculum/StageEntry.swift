import Foundation
import Grading
import Lessons

/// One row of the curriculum map: a stage from the outline joined with its lesson file (if
/// written and loadable) and the learner's progress on its exercises.
public struct StageEntry: Sendable {
    /// Whether the stage can be opened.
    public enum Availability: Sendable {
        /// The lesson file loaded.
        case ready(Stage)
        /// The lesson file exists but could not be read; the message names file, line and problem.
        case broken(String)
        /// No lesson file yet.
        case comingSoon
    }

    /// The position in the recommended order, from 1.
    public var number: Int
    /// The stage's name.
    public var title: String
    /// The idea the stage is built around.
    public var tagline: String
    /// What it teaches (from the outline; empty for stages the outline does not know).
    public var topics: [String]
    /// Whether it can be opened.
    public var availability: Availability
    /// How many graded exercises it has.
    public var exerciseCount: Int
    /// How many of them the learner passed.
    public var passedCount: Int
    /// How many were tried but not passed yet.
    public var attemptedCount: Int
    /// Each exercise's title and status, in lesson order (empty unless the stage is ready).
    public var exerciseStatuses: [(title: String, status: ExerciseStatus)] = []
    /// The step (from 0) opening the stage leads to: where the learner left it, 0 when new.
    public var openingStep: Int = 0

    /// The loaded stage, when there is one.
    public var stage: Stage? {
        if case .ready(let stage) = availability { return stage }
        return nil
    }

    /// Whether the stage has exercises and all of them are passed.
    public var isComplete: Bool { exerciseCount > 0 && passedCount == exerciseCount }

    /// The fraction of exercises passed (0 when there are none).
    public var fraction: Double {
        exerciseCount == 0 ? 0 : Double(passedCount) / Double(exerciseCount)
    }

    /// The map of the whole curriculum: every outline stage in order (loaded, broken or coming
    /// soon), then any loaded stage the outline does not list.
    public static func catalog(
        curriculum: Lessons.Curriculum, outline: [CurriculumStage] = CurriculumOutline.stages,
        status: (String) -> ExerciseStatus
    ) -> [StageEntry] {
        var entries: [StageEntry] = []
        var used = Set<String>()
        for planned in outline {
            if let stage = curriculum.stages.first(where: { $0.order == planned.number }) {
                used.insert(stage.id)
                entries.append(entry(for: stage, topics: planned.topics, status: status))
            } else if let problem = curriculum.problems.first(where: { fileNumber($0.file) == planned.number }
            ) {
                entries.append(
                    StageEntry(
                        number: planned.number, title: planned.title, tagline: planned.tagline,
                        topics: planned.topics, availability: .broken(problem.description), exerciseCount: 0,
                        passedCount: 0, attemptedCount: 0))
            } else {
                entries.append(
                    StageEntry(
                        number: planned.number, title: planned.title, tagline: planned.tagline,
                        topics: planned.topics, availability: .comingSoon, exerciseCount: 0, passedCount: 0,
                        attemptedCount: 0))
            }
        }
        for stage in curriculum.stages.sorted(by: { $0.order < $1.order }) where !used.contains(stage.id) {
            entries.append(entry(for: stage, topics: [], status: status))
        }
        return entries
    }

    private static func entry(
        for stage: Stage, topics: [String], status: (String) -> ExerciseStatus
    ) -> StageEntry {
        let statuses = stage.exercises.map { status($0.id) }
        var entry = StageEntry(
            number: stage.order, title: stage.title, tagline: stage.tagline, topics: topics,
            availability: .ready(stage), exerciseCount: statuses.count,
            passedCount: statuses.filter { $0 == .passed }.count,
            attemptedCount: statuses.filter { $0 == .attempted }.count)
        entry.exerciseStatuses = zip(stage.exercises, statuses).map { ($0.title, $1) }
        return entry
    }

    /// The number a lesson file name starts with (`04-backprop.md` is 4).
    static func fileNumber(_ path: String) -> Int? {
        let name = (path as NSString).lastPathComponent
        return Int(name.prefix { $0.isNumber })
    }
}
