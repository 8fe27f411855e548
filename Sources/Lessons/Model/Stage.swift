/// One stage of the curriculum: a lesson file's metadata and its steps.
public struct Stage: Sendable {
    /// Stable identifier from the front matter (`linear-algebra`), used for workspace folders.
    public let id: String
    /// Display title.
    public let title: String
    /// One-line summary shown under the title.
    public let tagline: String
    /// The numeric prefix of the file name (`01-...` is 1), which orders stages.
    public let order: Int
    /// The file the stage was read from.
    public let file: String
    /// The steps, in file order.
    public let steps: [Step]

    /// Creates a stage.
    public init(id: String, title: String, tagline: String, order: Int, file: String, steps: [Step]) {
        self.id = id
        self.title = title
        self.tagline = tagline
        self.order = order
        self.file = file
        self.steps = steps
    }

    /// The exercises of every step, in order.
    public var exercises: [Exercise] {
        steps.flatMap { step in
            step.blocks.compactMap { block in
                if case .exercise(let exercise) = block { return exercise }
                return nil
            }
        }
    }

    /// The visualizations of every step, in order.
    public var visualizations: [Visualization] {
        steps.flatMap { step in
            step.blocks.compactMap { block in
                if case .visual(let visual) = block { return visual }
                return nil
            }
        }
    }
}

/// One screenful of a stage: a `## ` heading and what follows it up to the next one.
public struct Step: Sendable {
    /// The heading text.
    public let title: String
    /// The line of the heading in the lesson file.
    public let line: Int
    /// Prose, exercises and visualizations in the order they appear.
    public let blocks: [StepBlock]

    /// Creates a step.
    public init(title: String, line: Int, blocks: [StepBlock]) {
        self.title = title
        self.line = line
        self.blocks = blocks
    }
}

/// A piece of a step.
public enum StepBlock: Sendable {
    /// Markdown prose (may contain ordinary fenced code blocks, kept verbatim).
    case text(String)
    /// A graded exercise.
    case exercise(Exercise)
    /// A visualization the learner drives.
    case visual(Visualization)
}

/// A visualization block: which picture to draw and its parameters, interpreted by the tutor app.
public struct Visualization: Sendable {
    /// Identifier unique within the curriculum.
    public let id: String
    /// Which visualization (`linear-map-2d`, `svd-image`, ...).
    public let kind: String
    /// Optional caption.
    public let title: String?
    /// The whole block, so each visualization kind can read its own parameters.
    public let parameters: YAMLTree
    /// The line of the block's opening fence.
    public let line: Int

    /// Creates a visualization.
    public init(id: String, kind: String, title: String?, parameters: YAMLTree, line: Int) {
        self.id = id
        self.kind = kind
        self.title = title
        self.parameters = parameters
        self.line = line
    }
}
