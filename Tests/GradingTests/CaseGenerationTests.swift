import Grading
import Lessons
import Testing

@Suite struct CaseGenerationTests {
    let exercise: Exercise
    let spec: CodeSpec

    init() throws {
        exercise = try GradingFixtures.exercise(
            """
            id: gen
            kind: code
            title: t
            prompt: p
            function: f
            starter: "def f(x, y, k):\\n    return None"
            solution: "def f(x, y, k):\\n    return x"
            dims:
              B: int(1, 8)
              D: int(2, 3)
            args:
              x: randn(B, D)
              y: randint(0, D, B)
              k: B
            cases: 30
            fixed:
              - label: one row
                dims: {B: 1}
                args:
                  x: full(7, B, D) * 1000
                  k: 5
                adversarial: true
            hints: [h]
            """)
        guard case .code(let code) = exercise.kind else { throw GradingFixtures.FixtureError() }
        spec = code
    }

    @Test func sameExerciseGivesTheSameCases() throws {
        let first = try CaseGenerator.cases(for: spec, exerciseID: exercise.id)
        let second = try CaseGenerator.cases(for: spec, exerciseID: exercise.id)
        #expect(first.count == 31)
        #expect(first.map { $0.arguments.map(\.value) } == second.map { $0.arguments.map(\.value) })
        let other = try CaseGenerator.cases(for: spec, exerciseID: "another-id")
        #expect(first.map { $0.arguments.map(\.value) } != other.map { $0.arguments.map(\.value) })
    }

    @Test func shapesFollowTheDrawnDimensions() throws {
        var batchSizes: Set<Int> = []
        for gradingCase in try CaseGenerator.cases(for: spec, exerciseID: exercise.id).prefix(30) {
            let b = try #require(gradingCase.dimensions["B"])
            let d = try #require(gradingCase.dimensions["D"])
            #expect((1...8).contains(b) && (2...3).contains(d))
            batchSizes.insert(b)
            #expect(gradingCase.arguments[0].value.shape == [b, d])
            #expect(gradingCase.arguments[1].value.shape == [b])
            let labels = try #require(gradingCase.arguments[1].value.numbers)
            #expect(labels.allSatisfy { $0 >= 0 && $0 < Double(d) && $0 == $0.rounded() })
            #expect(gradingCase.arguments[2].value == .integer(b))
        }
        // Thirty draws from 1...8 cover several sizes: random shapes really vary.
        #expect(batchSizes.count >= 4)
    }

    @Test func fixedCasesOverrideDimensionsAndArguments() throws {
        let last = try #require(try CaseGenerator.cases(for: spec, exerciseID: exercise.id).last)
        #expect(last.label == "one row")
        #expect(last.isAdversarial)
        #expect(last.dimensions["B"] == 1)
        let values = try #require(last.arguments[0].value.numbers)
        #expect(values.allSatisfy { $0 == 7000 })
        // A whole number in the lesson is a Python int, usable as a size or slice bound.
        #expect(last.arguments[2].value == .integer(5))
    }

    @Test func normalSamplesLookNormal() {
        var random = SeededRandom(seed: 42)
        let samples = (0..<20_000).map { _ in random.nextNormal() }
        let mean = samples.reduce(0, +) / Double(samples.count)
        let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(samples.count)
        #expect(abs(mean) < 0.03)
        #expect(abs(variance - 1) < 0.05)
    }

    @Test func seedsDependOnIdAndCase() {
        var a = SeededRandom(exerciseID: "x", caseIndex: 0)
        var b = SeededRandom(exerciseID: "x", caseIndex: 0)
        var c = SeededRandom(exerciseID: "x", caseIndex: 1)
        let first = a.next()
        #expect(first == b.next())
        #expect(first != c.next())
        #expect(SeededRandom.hash("") == 0xcbf2_9ce4_8422_2325)
    }
}
