import Foundation

/// Lesson texts and temporary directories shared by the tests.
enum LessonFixtures {
    /// A small valid lesson with one exercise of every kind and a visual.
    static let valid = """
        ---
        format: 1
        id: sample
        title: Sample stage
        tagline: everything once
        ---

        # Sample stage

        Intro text before the first step.

        ## First step

        Some prose with a code block that is not an exercise:

        ```python
        ## not a heading
        x = 1
        ```

        ```exercise
        id: s-choice
        kind: choice
        title: Pick one
        prompt: Which is right?
        options:
          - text: this one
            correct: true
            feedback: yes
          - text: that one
            feedback: no
        hints:
          - think
        ```

        ## Second step

        ```exercise
        id: s-numeric
        kind: numeric
        title: A matrix
        prompt: Type the identity.
        answer: [[1, 0], [0, 1]]
        atol: 0.01
        hints: [one, two, three]
        ```

        ```exercise
        id: s-code
        kind: code
        title: Add
        prompt: Add them.
        function: add
        starter: |
          def add(a, b):
              return None
        solution: |
          def add(a, b):
              return a + b
        dims:
          B: int(1, 4)
          D: 3
        args:
          a: randn(B, D)
          b: uniform(-2, 2, D) * 10
        cases: 5
        fixed:
          - label: big
            dims: {B: 1}
            args:
              a: randn(B, D) * 1000
            adversarial: true
        forbidden: [sum]
        hints: [h]
        ```

        ## Third step

        ```visual
        id: s-visual
        kind: linear-map-2d
        matrix: [[1, 2], [3, 4]]
        ```

        ```exercise
        id: s-lab
        kind: lab
        title: Descend
        prompt: Reach the minimum.
        job: optimize-2d
        dataset: bowl
        knobs:
          lr: {min: 0.0001, max: 1, default: 0.001}
          optimizer: {choices: [sgd, adam], default: sgd}
        target: {metric: distance, below: 0.01}
        budget: {steps: 200}
        solution: {lr: 0.1}
        params:
          start: [1, 1]
        hints: [bigger steps]
        ```
        """

    /// A fresh empty directory under the system temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "dltutor-lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `files` (name to contents) into a new temporary directory and returns it.
    static func directory(with files: [String: String]) throws -> String {
        let directory = try temporaryDirectory()
        for (name, text) in files {
            try text.write(
                toFile: (directory as NSString).appendingPathComponent(name), atomically: true,
                encoding: .utf8)
        }
        return directory
    }

    /// The repository's Lessons directory, found from this source file.
    static var repositoryLessons: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").path
    }
}
