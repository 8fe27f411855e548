import Lessons
import Testing

@Suite struct LessonParserTests {
    @Test func parsesStageMetadataAndSteps() throws {
        let stage = try LessonParser.parse(LessonFixtures.valid, file: "01-sample.md", order: 1)
        #expect(stage.id == "sample")
        #expect(stage.title == "Sample stage")
        #expect(stage.tagline == "everything once")
        #expect(stage.steps.map(\.title) == ["Sample stage", "First step", "Second step", "Third step"])
        #expect(stage.steps[1].line == 12)
        #expect(stage.exercises.map(\.id) == ["s-choice", "s-numeric", "s-code", "s-lab"])
        #expect(stage.visualizations.map(\.id) == ["s-visual"])
    }

    @Test func aHeadingInsideACodeBlockIsNotAStep() throws {
        let stage = try LessonParser.parse(LessonFixtures.valid, file: "01-sample.md", order: 1)
        guard case .text(let prose) = stage.steps[1].blocks[0] else {
            Issue.record("expected prose first")
            return
        }
        #expect(prose.contains("## not a heading"))
    }

    @Test func decodesChoiceAndNumeric() throws {
        let stage = try LessonParser.parse(LessonFixtures.valid, file: "01-sample.md", order: 1)
        let choice = try #require(stage.exercises.first)
        guard case .choice(let spec) = choice.kind else {
            Issue.record("not a choice")
            return
        }
        #expect(spec.options.count == 2)
        #expect(spec.correctLabels == ["a"])
        #expect(!spec.allowsMultiple)
        #expect(spec.options[1].feedback == "no")
        #expect(choice.line == 21)
        let numeric = stage.exercises[1]
        guard case .numeric(let numericSpec) = numeric.kind else {
            Issue.record("not numeric")
            return
        }
        #expect(numericSpec.answer.shape == [2, 2])
        #expect(numericSpec.absoluteTolerance == 0.01)
        #expect(numeric.hints == ["one", "two", "three"])
    }

    @Test func decodesCodeExercise() throws {
        let stage = try LessonParser.parse(LessonFixtures.valid, file: "01-sample.md", order: 1)
        guard case .code(let spec) = stage.exercises[2].kind else {
            Issue.record("not code")
            return
        }
        #expect(spec.function == "add")
        #expect(
            spec.dimensions == [
                DimensionSpec(name: "B", lower: 1, upper: 4), DimensionSpec(name: "D", lower: 3, upper: 3),
            ])
        #expect(spec.arguments.map(\.name) == ["a", "b"])
        #expect(spec.arguments[0].generator == .normal(shape: [.named("B"), .named("D")]))
        #expect(
            spec.arguments[1].generator
                == .affine(base: .uniform(lower: -2, upper: 2, shape: [.named("D")]), scale: 10, offset: 0))
        #expect(spec.hiddenCases == 5)
        #expect(spec.fixedCases.count == 1)
        #expect(spec.fixedCases[0].dimensions == ["B": 1])
        #expect(spec.fixedCases[0].isAdversarial)
        #expect(spec.forbiddenNames == ["sum"])
        #expect(spec.absoluteTolerance == 1e-4)
    }

    @Test func decodesLab() throws {
        let stage = try LessonParser.parse(LessonFixtures.valid, file: "01-sample.md", order: 1)
        guard case .lab(let spec) = stage.exercises[3].kind else {
            Issue.record("not a lab")
            return
        }
        #expect(spec.job == "optimize-2d")
        #expect(spec.dataset == "bowl")
        #expect(spec.knobs.map(\.name) == ["lr", "optimizer"])
        #expect(spec.defaultSettings["lr"] == .number(0.001))
        #expect(spec.defaultSettings["optimizer"] == .choice("sgd"))
        #expect(spec.target == LabTarget(metric: "distance", goal: .atMost, value: 0.01))
        #expect(spec.budgetSteps == 200)
        #expect(spec.solution == ["lr": .number(0.1)])
        #expect(spec.parameters.map(\.key) == ["start"])
    }

    @Test func windowsLineEndingsAndAByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}" + LessonFixtures.valid.replacingOccurrences(of: "\n", with: "\r\n")
        let stage = try LessonParser.parse(text, file: "01-crlf.md", order: 1)
        #expect(stage.exercises.count == 4)
        #expect(stage.exercises[0].prompt == "Which is right?")
        guard case .code(let spec) = stage.exercises[2].kind else {
            Issue.record("not code")
            return
        }
        #expect(!spec.solution.contains("\r"))
    }

    @Test func knobValuesAreChecked() throws {
        let knob = Knob(name: "lr", domain: .range(lower: 0, upper: 1), defaultValue: .number(0.1))
        #expect(knob.value(parsing: "0.5") == .success(.number(0.5)))
        #expect(throws: KnobError.self) { try knob.value(parsing: "2").get() }
        #expect(throws: KnobError.self) { try knob.value(parsing: "fast").get() }
        let choice = Knob(name: "optimizer", domain: .choices(["sgd", "adam"]), defaultValue: .choice("sgd"))
        #expect(choice.value(parsing: "adam") == .success(.choice("adam")))
        #expect(throws: KnobError.self) { try choice.value(parsing: "lbfgs").get() }
    }
}
