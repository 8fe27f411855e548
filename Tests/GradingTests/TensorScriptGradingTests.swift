import Grading
import Lessons
import Testing

/// Grading through the real TensorScript interpreter.
@Suite struct TensorScriptGradingTests {
    let grader = Grader(runner: TensorScriptRunner())

    func codeExercise(_ extra: String, function: String, solution: String, args: String) throws -> Exercise {
        try GradingFixtures.exercise(
            """
            id: ts-\(function)
            kind: code
            title: t
            prompt: p
            function: \(function)
            starter: |
              def \(function)(x, y=None):
                  return None
            solution: |
            \(solution.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            \(args)
            \(extra)
            hints: [h]
            """)
    }

    /// The code exercises only: the labs train for a minute, and `make test` runs the full
    /// `dltutor lint Lessons/` (labs included) anyway.
    @Test func theRepositoryCodeExercisesPassLint() throws {
        let curriculum = try LessonLoader.load(directory: GradingFixtures.repositoryLessons)
        let problems = LessonLinter.problems(in: curriculum, grader: grader) {
            if case .code = $0.kind { return true }
            return false
        }
        #expect(problems.map(\.description) == [])
        #expect(curriculum.exercises.contains { if case .code = $0.kind { true } else { false } })
    }

    @Test func forbiddenNamesAreReportedBeforeAnythingRuns() throws {
        let exercise = try codeExercise(
            "forbidden: [softmax]", function: "probs",
            solution: "def probs(x):\n    e = exp(x - x.max())\n    return e / e.sum()",
            args: "args:\n  x: randn(5)")
        let report = grader.grade(exercise, answer: "print('ran')\ndef probs(x):\n    return np.softmax(x)\n")
        #expect(!report.passed)
        #expect(report.summary == "`softmax` is not allowed in this exercise")
        #expect(report.details.first?.contains("^") == true)
        #expect(
            grader.grade(
                exercise, answer: "def probs(x):\n    e = exp(x - x.max())\n    return e / e.sum()\n"
            ).passed)
    }

    @Test func syntaxErrorsCarryTheCaret() throws {
        let exercise = try codeExercise(
            "", function: "double", solution: "def double(x):\n    return 2 * x", args: "args:\n  x: randn(3)"
        )
        let report = grader.grade(exercise, answer: "def double(x):\n    return 2 * * x\n")
        #expect(report.summary == "the code does not run")
        let message = try #require(report.details.first)
        #expect(message.contains("SyntaxError"))
        #expect(message.contains("line 2"))
        #expect(message.contains("^"))
    }

    @Test func integerLabelsArriveAsIntegerArraysUsableAsIndices() throws {
        let exercise = try codeExercise(
            "dims:\n  B: int(1, 6)\n  C: int(2, 5)", function: "pick",
            solution: "import numpy as np\ndef pick(x, y):\n    return x[np.arange(x.shape[0]), y]",
            args: "args:\n  x: randn(B, C)\n  y: randint(0, C, B)")
        let report = grader.grade(exercise, answer: "def pick(x, y):\n    return x[arange(len(y)), y]\n")
        #expect(report.passed, "\(report.text)")
        let wrong = grader.grade(exercise, answer: "def pick(x, y):\n    return x[:, 0]\n")
        #expect(!wrong.passed)
    }

    @Test func aMissingFunctionIsNamed() throws {
        let exercise = try codeExercise(
            "", function: "double", solution: "def double(x):\n    return 2 * x", args: "args:\n  x: randn(3)"
        )
        let report = grader.grade(exercise, answer: "def twice(x):\n    return 2 * x\n")
        #expect(report.details.contains { $0.contains("does not define a function named 'double'") })
    }

    @Test func anEndlessLoopStopsAtTheSandboxLimitOnce() throws {
        var limits = TensorScriptRunner().limits
        limits.maximumSteps = 10_000
        let quick = Grader(runner: TensorScriptRunner(limits: limits))
        let exercise = try codeExercise(
            "cases: 50", function: "double", solution: "def double(x):\n    return 2 * x",
            args: "args:\n  x: randn(3)")
        let report = quick.grade(exercise, answer: "def double(x):\n    while True:\n        pass\n")
        #expect(report.summary == "0/50 cases passed")
        #expect(report.details.contains { $0.contains("LimitError") })
    }

    @Test func gradientCheckAgainstFiniteDifferences() throws {
        let exercise = try codeExercise(
            """
            gradient_check:
              forward: |
                def f(x):
                    return (x ** 3).sum()
              function: f
              with: x
              eps: 0.01
              tol: 0.01
            """, function: "grad_f", solution: "def grad_f(x):\n    return 3 * x ** 2",
            args: "dims:\n  N: int(1, 5)\nargs:\n  x: randn(N)")
        #expect(grader.grade(exercise, answer: "def grad_f(x):\n    return 3 * x ** 2\n").passed)
        let wrong = grader.grade(exercise, answer: "def grad_f(x):\n    return 3 * x\n")
        #expect(!wrong.passed)
    }
}
