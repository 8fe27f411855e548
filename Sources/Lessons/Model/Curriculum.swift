/// Every stage that loaded, plus the lesson files that did not, so the tutor can show both.
public struct Curriculum: Sendable {
    /// Stages in order of their file's numeric prefix.
    public let stages: [Stage]
    /// One error per lesson file that could not be loaded (or per curriculum-wide problem such as
    /// a duplicated exercise id).
    public let problems: [LessonError]
    /// The directory the lessons came from.
    public let directory: String

    /// Creates a curriculum from already parsed stages.
    public init(stages: [Stage], problems: [LessonError], directory: String) {
        self.stages = stages
        self.problems = problems
        self.directory = directory
    }

    /// Every exercise of every stage, in curriculum order.
    public var exercises: [Exercise] { stages.flatMap(\.exercises) }

    /// The exercise with `id`, if some stage has it.
    public func exercise(id: String) -> Exercise? {
        exercises.first { $0.id == id }
    }

    /// The stage with `id`, if any.
    public func stage(id: String) -> Stage? {
        stages.first { $0.id == id }
    }
}
