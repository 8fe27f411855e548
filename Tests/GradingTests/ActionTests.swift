import Foundation
import Grading
import Lessons
import Testing

/// The command logic behind `dltutor list/show/check/hint/solution/reset/progress/lint`.
@Suite struct ActionTests {
    static let lesson = """
        ---
        format: 1
        id: basics
        title: Basics
        ---

        ## One

        ```exercise
        id: b-choice
        kind: choice
        title: Choose
        prompt: Pick the second.
        options:
          - text: first
            feedback: not this
          - text: second
            correct: true
        hints: [gentle, specific]
        ```

        ```exercise
        id: b-number
        kind: numeric
        title: Number
        prompt: Type 3.
        answer: 3
        hints: [three]
        ```

        ## Two

        ```exercise
        id: b-code
        kind: code
        title: Add
        prompt: Add a and b.
        function: add
        starter: |
          def add(a, b):  # starter
        solution: |
          def add(a, b):  # correct
        args:
          a: randn(3)
          b: randn(3)
        cases: 4
        hints: [add]
        ```

        ```exercise
        id: b-lab
        kind: lab
        title: Descend
        prompt: Reach the bottom.
        job: optimize-2d
        dataset: bowl
        knobs:
          lr: {min: 0.0001, max: 2, default: 0.001}
        target: {metric: distance, below: 0.001}
        budget: {steps: 200}
        solution: {lr: 0.1}
        params:
          start: [1, 1]
        hints: [larger]
        ```
        """

    let context: TutorContext

    init() throws {
        let runner = SwiftFunctionRunner(functions: [
            "def add(a, b):  # correct": { args throws(ScriptFailure) in SwiftFunctionRunner.add(args) },
            "def add(a, b):  # starter": { _ throws(ScriptFailure) in .none },
            "def add(a, b):\n    return a - b": { args throws(ScriptFailure) in
                SwiftFunctionRunner.add([
                    args[0], .tensor(shape: [3], values: (args[1].numbers ?? []).map { -$0 }),
                ])
            },
        ])
        context = TutorContext(
            curriculum: try GradingFixtures.curriculum(["01-basics.md": Self.lesson]),
            dataDirectory: try GradingFixtures.temporaryDirectory(), grader: Grader(runner: runner))
    }

    func statuses() throws -> [String: String] {
        let json = ListAction.run(context, json: true).output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let stages = try #require(object["stages"] as? [[String: Any]])
        var result: [String: String] = [:]
        for stage in stages {
            for exercise in try #require(stage["exercises"] as? [[String: String]]) {
                result[exercise["id"] ?? ""] = exercise["status"]
            }
        }
        return result
    }

    @Test func listJSONHasExactlyTheDocumentedKeys() throws {
        let outcome = ListAction.run(context, json: true)
        #expect(outcome.exitCode == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["stages"])
        let stage = try #require((object["stages"] as? [[String: Any]])?.first)
        #expect(Set(stage.keys) == ["id", "title", "exercises"])
        #expect(stage["id"] as? String == "basics")
        let exercises = try #require(stage["exercises"] as? [[String: String]])
        #expect(exercises.map { Set($0.keys) }.allSatisfy { $0 == ["id", "kind", "title", "status"] })
        #expect(exercises.map { $0["kind"] ?? "" } == ["choice", "numeric", "code", "lab"])
        #expect(try statuses().values.allSatisfy { $0 == "notStarted" })
    }

    @Test func listTextShowsStagesAndMarks() {
        let text = ListAction.run(context, json: false).output
        #expect(text.hasPrefix("1. Basics [basics]  0/4 passed\n"))
        #expect(text.contains("[ ] choice   b-choice  Choose"))
        #expect(text.contains("[ ] code     b-code    Add"))
    }

    @Test func brokenLessonsAreListedAsBroken() throws {
        let curriculum = try GradingFixtures.curriculum([
            "01-basics.md": Self.lesson, "02-broken.md": "---\nformat: 1\nid: x\ntitle: [X\n---\n",
        ])
        let broken = TutorContext(
            curriculum: curriculum, dataDirectory: context.dataDirectory, grader: context.grader)
        let text = ListAction.run(broken, json: false)
        #expect(text.output.contains("BROKEN "))
        #expect(text.output.contains("02-broken.md:"))
        let json = ListAction.run(broken, json: true)
        #expect(!json.output.contains("broken"))
        #expect(json.errors.hasPrefix("broken lesson: "))
    }

    @Test func showPrintsThePromptAndHowToAnswer() {
        let choice = ShowAction.run(context, id: "b-choice").output
        #expect(choice.contains("Pick the second."))
        #expect(choice.contains("  a) first\n  b) second"))
        let code = ShowAction.run(context, id: "b-code").output
        let path = "\(context.dataDirectory)/workspace/basics/b-code.py"
        #expect(code.contains("Your file: \(path)"))
        #expect(FileManager.default.fileExists(atPath: path))
        let lab = ShowAction.run(context, id: "b-lab").output
        #expect(lab.contains("lr = 0.001   (0.0001 to 2)"))
        #expect(lab.contains("Target: distance <= 0.001 within 200 steps"))
        let missing = ShowAction.run(context, id: "b-chioce")
        #expect(missing.exitCode == 2)
        #expect(missing.errors.contains("did you mean b-choice"))
    }

    @Test func checkExitCodesAndRecordedStatus() throws {
        let noAnswer = CheckAction.run(context, .init(id: "b-number"))
        #expect(noAnswer.exitCode == 2)
        #expect(noAnswer.errors.contains("--answer"))
        let wrong = CheckAction.run(context, .init(id: "b-choice", answer: "a"))
        #expect(wrong.exitCode == 1)
        #expect(wrong.output.hasPrefix("FAIL: not correct\n(a) not right: not this"))
        #expect(try statuses()["b-choice"] == "attempted")
        let right = CheckAction.run(context, .init(id: "b-choice", answer: "b"))
        #expect(right.exitCode == 0)
        #expect(right.output.hasPrefix("PASS"))
        #expect(try statuses()["b-choice"] == "passed")
        #expect(CheckAction.run(context, .init(id: "b-number", answer: "3.0")).exitCode == 0)
    }

    @Test func checkCodeUsesTheWorkspaceFileOrAGivenFile() throws {
        let first = CheckAction.run(context, .init(id: "b-code"))
        #expect(first.exitCode == 1)
        let path = "\(context.dataDirectory)/workspace/basics/b-code.py"
        #expect(first.output.hasPrefix("Wrote the starter to \(path)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "def add(a, b):  # starter\n")
        try "def add(a, b):  # correct\n".write(toFile: path, atomically: true, encoding: .utf8)
        let second = CheckAction.run(context, .init(id: "b-code"))
        #expect(second.exitCode == 0, "\(second.output)")
        #expect(second.output.contains("PASS: 4/4 cases passed"))
        let file = (context.dataDirectory as NSString).appendingPathComponent("mine.py")
        try "def add(a, b):\n    return a - b".write(toFile: file, atomically: true, encoding: .utf8)
        let fromFile = CheckAction.run(context, .init(id: "b-code", file: file))
        #expect(fromFile.exitCode == 1)
        #expect(fromFile.output.contains("first difference at the result["))
        let store = try ProgressStore(directory: context.dataDirectory, access: .readOnly)
        #expect(store.progress(for: "b-code").lastAnswer == "def add(a, b):\n    return a - b")
        #expect(store.progress(for: "b-code").status == .passed)
        #expect(CheckAction.run(context, .init(id: "b-code", file: "/nonexistent.py")).exitCode == 2)
    }

    @Test func checkLabWithDefaultsAndOverrides() {
        var lines: [String] = []
        let defaults = CheckAction.run(context, .init(id: "b-lab")) { lines.append($0) }
        #expect(defaults.exitCode == 1)
        #expect(defaults.output.contains("target not reached"))
        #expect(lines.last?.hasPrefix("step 200/200  distance ") == true)
        let tuned = CheckAction.run(context, .init(id: "b-lab", settings: ["lr=0.1"]))
        #expect(tuned.exitCode == 0, "\(tuned.output)")
        #expect(tuned.output.contains("settings: lr=0.1"))
        let bad = CheckAction.run(context, .init(id: "b-lab", settings: ["lr=9"]))
        #expect(bad.exitCode == 2)
        #expect(bad.errors.contains("outside"))
    }

    @Test func checkWhileAnotherProcessHoldsTheLock() throws {
        let holder = try ProgressStore(directory: context.dataDirectory, access: .readWrite)
        let outcome = CheckAction.run(context, .init(id: "b-choice", answer: "b"))
        #expect(outcome.exitCode == 3)
        #expect(outcome.errors.contains("another dltutor"))
        // Read-only commands still work.
        #expect(ListAction.run(context, json: false).exitCode == 0)
        withExtendedLifetime(holder) {}
    }

    @Test func hintsAdvanceAndStopAtTheLast() {
        #expect(HintAction.run(context, id: "b-choice").output == "Hint 1/2: gentle\n")
        #expect(
            HintAction.run(context, id: "b-choice").output == "Hint 2/2: specific\n(that is the last hint)\n")
        #expect(HintAction.run(context, id: "b-choice").output.hasPrefix("Hint 2/2"))
        #expect(HintAction.run(context, id: "nope").exitCode == 2)
        let holder = try? ProgressStore(directory: context.dataDirectory, access: .readWrite)
        let locked = HintAction.run(context, id: "b-number")
        #expect(locked.output == "Hint 1/1: three\n(that is the last hint)\n")
        #expect(locked.errors.contains("not remembered"))
        withExtendedLifetime(holder) {}
    }

    @Test func solutionsOnlyAfterAPassOrWithForce() {
        let refused = SolutionAction.run(context, id: "b-number", force: false)
        #expect(refused.exitCode == 1)
        #expect(refused.output.isEmpty)
        let forced = SolutionAction.run(context, id: "b-number", force: true)
        #expect(forced.output == "3\n")
        #expect(forced.errors.hasPrefix("warning:"))
        _ = CheckAction.run(context, .init(id: "b-choice", answer: "b"))
        let earned = SolutionAction.run(context, id: "b-choice", force: false)
        #expect(earned.exitCode == 0)
        #expect(earned.output == "b) second\n")
        #expect(earned.errors.isEmpty)
        #expect(SolutionAction.run(context, id: "b-lab", force: true).output == "--set lr=0.1\n")
    }

    @Test func resetAsksAndKeepsTheLearnersCode() throws {
        _ = CheckAction.run(context, .init(id: "b-choice", answer: "b"))
        let path = "\(context.dataDirectory)/workspace/basics/b-code.py"
        _ = CheckAction.run(context, .init(id: "b-code"))
        try "my work\n".write(toFile: path, atomically: true, encoding: .utf8)
        var asked: [String] = []
        let declined = ResetAction.run(context, ids: ["b-choice"], all: false) {
            asked.append($0)
            return false
        }
        #expect(declined.output == "Nothing was reset.\n")
        #expect(asked == ["Reset b-choice?"])
        #expect(try statuses()["b-choice"] == "passed")
        let places = DataDirectory.placeFileNames.map { "\(context.dataDirectory)/\($0)" }
        for place in places { try "{}".write(toFile: place, atomically: true, encoding: .utf8) }
        let all = ResetAction.run(context, ids: [], all: true) { _ in true }
        #expect(
            places.allSatisfy { !FileManager.default.fileExists(atPath: $0) }, "a full reset forgets places")
        #expect(all.exitCode == 0)
        #expect(all.output.contains("starter restored (your code is in \(path).bak)"))
        #expect(try String(contentsOfFile: path + ".bak", encoding: .utf8) == "my work\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "def add(a, b):  # starter\n")
        #expect(try statuses().values.allSatisfy { $0 == "notStarted" })
        #expect(ResetAction.run(context, ids: [], all: false) { _ in true }.exitCode == 2)
    }

    @Test func progressSummaryExportAndImport() throws {
        _ = CheckAction.run(context, .init(id: "b-choice", answer: "b"))
        _ = CheckAction.run(context, .init(id: "b-number", answer: "4"))
        let summary = ProgressAction.summary(context).output
        #expect(
            summary.hasPrefix(
                "1. Basics: 1/4 passed, 1 in progress\nTotal: 1/4 exercises passed, 2 attempts\n"))
        let file = (try GradingFixtures.temporaryDirectory() as NSString).appendingPathComponent(
            "export.json")
        #expect(ProgressAction.export(context, to: file).exitCode == 0)
        let other = TutorContext(
            curriculum: context.curriculum, dataDirectory: try GradingFixtures.temporaryDirectory(),
            grader: context.grader)
        let imported = ProgressAction.importing(other, from: file)
        #expect(imported.output == "Imported 2 exercise records from \(file)\n")
        #expect(ProgressAction.summary(other).output.hasPrefix("1. Basics: 1/4 passed, 1 in progress"))
        try "garbage".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(ProgressAction.importing(other, from: file).exitCode == 2)
    }

    @Test func lintAcceptsGoodLessonsAndLocatesProblems() throws {
        #expect(LessonLinter.run(context.curriculum, grader: context.grader).exitCode == 0)
        let passingStarter = Self.lesson.replacingOccurrences(of: "  # starter", with: "  # correct")
            .replacingOccurrences(of: "solution: {lr: 0.1}", with: "solution: {lr: 0.0001}")
        let curriculum = try GradingFixtures.curriculum([
            "01-basics.md": passingStarter,
            "02-broken.md": "---\nformat: 1\nid: x\ntitle: X\n---\n\n## S\n\n```exercise\nid: 5\n```\n",
        ])
        let outcome = LessonLinter.run(curriculum, grader: context.grader)
        let text = Self.lesson.split(separator: "\n", omittingEmptySubsequences: false)
        let codeLine = (text.firstIndex { $0 == "id: b-code" } ?? 0)  // the fence is the line before
        let labLine = (text.firstIndex { $0 == "id: b-lab" } ?? 0)
        #expect(outcome.exitCode == 1)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasSuffix(
                    "02-broken.md:10: id '5' must start with a letter and use only a-z, 0-9, '-' and '_'")
            })
        #expect(
            lines.contains { $0.contains("01-basics.md:\(codeLine): b-code: the starter already passes") })
        #expect(
            lines.contains {
                $0.contains(
                    "01-basics.md:\(labLine): b-lab: the lab's `solution` settings do not reach the target")
            })
        // One file at a time: the broken file alone fails, the good one alone passes.
        let broken = curriculum.directory + "/02-broken.md"
        let onlyBroken = LessonLinter.run(curriculum, grader: context.grader, onlyFile: broken)
        #expect(onlyBroken.exitCode == 1)
        #expect(!onlyBroken.output.contains("01-basics.md"))
        let good = LessonLinter.run(
            context.curriculum, grader: context.grader,
            onlyFile: context.curriculum.directory + "/./01-basics.md")
        #expect(good.exitCode == 0)
        #expect(good.output == "1 lesson(s), 4 exercise(s): all good\n")
        let stranger = LessonLinter.run(context.curriculum, grader: context.grader, onlyFile: "/tmp/none.md")
        #expect(stranger.exitCode == 1)
    }
}
