import Foundation
import Grading
import Lessons
import Testing

@Suite struct AnswerGraderTests {
    let single = ChoiceSpec(
        options: [
            ChoiceOption(text: "A", isCorrect: false, feedback: "not A"),
            ChoiceOption(text: "B", isCorrect: true, feedback: "B it is"),
            ChoiceOption(text: "C", isCorrect: false, feedback: nil),
        ], allowsMultiple: false)
    let multiple = ChoiceSpec(
        options: [
            ChoiceOption(text: "A", isCorrect: true, feedback: nil),
            ChoiceOption(text: "B", isCorrect: false, feedback: "B is wrong"),
            ChoiceOption(text: "C", isCorrect: true, feedback: nil),
        ], allowsMultiple: true)

    @Test func singleChoiceRightAndWrongWithFeedback() {
        let right = AnswerGrader.gradeChoice(single, answer: "b")
        #expect(right.passed && right.score == 1)
        #expect(right.details == ["(b) right: B it is"])
        let wrong = AnswerGrader.gradeChoice(single, answer: " A ")
        #expect(!wrong.passed && wrong.score == 0)
        #expect(wrong.details == ["(a) not right: not A"])
        #expect(AnswerGrader.gradeChoice(single, answer: "2").passed)
    }

    @Test func singleChoiceRejectsSeveralAndUnknownOptions() {
        #expect(AnswerGrader.gradeChoice(single, answer: "a,b").summary == "pick exactly one option")
        let unknown = AnswerGrader.gradeChoice(single, answer: "z")
        #expect(!unknown.passed)
        #expect(unknown.summary.contains("'z' is not an option (use a to c)"))
        #expect(AnswerGrader.gradeChoice(single, answer: "  ").summary == "no option selected")
    }

    @Test func multipleChoiceNeedsTheExactSet() {
        #expect(AnswerGrader.gradeChoice(multiple, answer: "a,c").passed)
        #expect(AnswerGrader.gradeChoice(multiple, answer: "c a").passed)
        let partial = AnswerGrader.gradeChoice(multiple, answer: "a")
        #expect(!partial.passed)
        #expect(partial.score == 0.5)
        #expect(partial.details.last == "1 more correct option not selected")
        #expect(partial.summary == "your pick is right, but 1 more correct option is not selected")
        let withWrong = AnswerGrader.gradeChoice(multiple, answer: "a,b,c")
        #expect(!withWrong.passed)
        #expect(withWrong.summary == "not correct")
        #expect(withWrong.details.contains("(b) not right: B is wrong"))
    }

    @Test func unreadableAnswersAreNoAttempt() {
        let spec = NumericSpec(answer: .number(12), absoluteTolerance: 1e-6, relativeTolerance: 1e-4)
        let typo = AnswerGrader.gradeNumeric(spec, answer: "abc")
        #expect(!typo.passed && !typo.countsAsAttempt)
        #expect(AnswerGrader.gradeNumeric(spec, answer: "13").countsAsAttempt)
        #expect(!AnswerGrader.gradeChoice(multiple, answer: "z").countsAsAttempt)
        var progress = ExerciseProgress()
        progress.recordAttempt(answer: "abc", report: typo, at: Date())
        #expect(progress.attempts == 0 && progress.status == .notStarted && progress.lastAnswer == "abc")
        progress.recordAttempt(
            answer: "13", report: AnswerGrader.gradeNumeric(spec, answer: "13"), at: Date())
        #expect(progress.attempts == 1 && progress.status == .attempted)
    }

    @Test func numericScalarWithinTolerance() {
        let spec = NumericSpec(answer: .number(12), absoluteTolerance: 1e-6, relativeTolerance: 1e-4)
        #expect(AnswerGrader.gradeNumeric(spec, answer: "12").passed)
        #expect(AnswerGrader.gradeNumeric(spec, answer: "12.0009").passed)
        let wrong = AnswerGrader.gradeNumeric(spec, answer: "12.01")
        #expect(!wrong.passed)
        #expect(wrong.summary == "12.01 is not correct")
        #expect(!AnswerGrader.gradeNumeric(spec, answer: "nan").passed)
        #expect(AnswerGrader.gradeNumeric(spec, answer: "twelve").summary.hasPrefix("cannot read the answer"))
    }

    @Test func numericAcceptsAFraction() {
        let spec = NumericSpec(answer: .number(1.0 / 1024), absoluteTolerance: 1e-9, relativeTolerance: 1e-6)
        #expect(AnswerGrader.gradeNumeric(spec, answer: "1/1024").passed)
        #expect(AnswerGrader.gradeNumeric(spec, answer: "0.0009765625").passed)
        let garbage = AnswerGrader.gradeNumeric(spec, answer: "1/1024x")
        #expect(!garbage.passed)
        #expect(garbage.summary.hasPrefix("cannot read the answer"))
        #expect(garbage.summary.contains("type a number like 0.25, 1e-3 or 1/4"), "\(garbage.summary)")
    }

    @Test func numericTensorReportsShapeThenFirstWrongEntry() {
        let spec = NumericSpec(
            answer: .list([.list([.number(1), .number(2)]), .list([.number(3), .number(4)])]),
            absoluteTolerance: 1e-6, relativeTolerance: 0)
        #expect(AnswerGrader.gradeNumeric(spec, answer: "[[1, 2], [3, 4]]").passed)
        #expect(
            AnswerGrader.gradeNumeric(spec, answer: "[1, 2, 3, 4]").summary
                == "expected shape (2, 2), got shape (4,)")
        let wrong = AnswerGrader.gradeNumeric(spec, answer: "[[1, 2], [3, 5]]")
        #expect(wrong.summary == "1 of 4 entries are not correct")
        #expect(wrong.details == ["the first wrong entry is at [1, 1]"])
        #expect(wrong.score == 0.75)
    }
}

@Suite struct ValueComparisonTests {
    @Test func shapeIsReportedFirst() throws {
        let mismatch = try #require(
            ValueComparison.mismatch(
                expected: .tensor(shape: [2, 3], values: Array(repeating: 0, count: 6)),
                actual: .tensor(shape: [3, 2], values: Array(repeating: 0, count: 6)), absoluteTolerance: 0,
                relativeTolerance: 0))
        #expect(mismatch.lines == ["shape of the result: expected (2, 3), got (3, 2)"])
    }

    @Test func firstDifferingIndexAndSizeOfDifference() throws {
        let mismatch = try #require(
            ValueComparison.mismatch(
                expected: .tensor(shape: [2, 2], values: [1, 2, 3, 4]),
                actual: .tensor(shape: [2, 2], values: [1, 2, 3.5, 10]), absoluteTolerance: 1e-3,
                relativeTolerance: 0))
        #expect(
            mismatch.lines[1] == "first difference at the result[1, 0]: expected 3, got 3.5 (difference 0.5)")
        #expect(mismatch.lines[2].hasPrefix("2 of 4 values differ; largest difference 6"))
    }

    @Test func toleranceNaNAndInfinity() {
        #expect(ValueComparison.close(1.0001, 1, 1e-3, 0))
        #expect(!ValueComparison.close(1.01, 1, 1e-3, 0))
        #expect(ValueComparison.close(1000.5, 1000, 0, 1e-3))
        #expect(ValueComparison.close(.nan, .nan, 0, 0))
        #expect(!ValueComparison.close(.nan, 1, 1, 1))
        #expect(ValueComparison.close(.infinity, .infinity, 0, 0))
        #expect(!ValueComparison.close(.infinity, 1e30, 1, 1))
    }

    @Test func scalarsMatchZeroDimensionalArraysAndNoneIsExplained() throws {
        #expect(
            ValueComparison.mismatch(
                expected: .number(2), actual: .tensor(shape: [], values: [2]), absoluteTolerance: 0,
                relativeTolerance: 0)
                == nil)
        let none = try #require(
            ValueComparison.mismatch(
                expected: .tensor(shape: [1], values: [1]), actual: .none, absoluteTolerance: 0,
                relativeTolerance: 0))
        #expect(none.lines[0].contains("did the function `return`?"))
    }

    @Test func tuplesAreComparedItemByItem() throws {
        let expected = CaseValue.tuple([.number(1), .tensor(shape: [2], values: [1, 2])])
        let mismatch = try #require(
            ValueComparison.mismatch(
                expected: expected, actual: .tuple([.number(1), .tensor(shape: [2], values: [1, 3])]),
                absoluteTolerance: 0, relativeTolerance: 0))
        #expect(mismatch.lines[1].hasPrefix("first difference at the result[1][1]"))
        #expect(
            ValueComparison.mismatch(
                expected: expected, actual: .number(1), absoluteTolerance: 0, relativeTolerance: 0)?
                .lines == ["the result should be a tuple of 2 values, got float"])
    }

    @Test func largeInputsAreSummarised() {
        let big = CaseValue.tensor(shape: [10, 10], values: (0..<100).map(Double.init))
        #expect(
            big.summary()
                == "array of shape (10, 10), values in [0, 99], first values [0, 1, 2, 3, 4, 5, ...]")
        #expect(CaseValue.tensor(shape: [2], values: [1, 2.5]).summary() == "array([1, 2.5])")
        #expect(
            CaseValue.tensor(shape: [2, 2], values: [1, 2, 3, 4]).summary(column: 6)
                == "array([[1, 2],\n             [3, 4]])")
        #expect(
            CaseValue.tensor(shape: [2, 1, 2], values: [1, 2, 3, 4]).summary()
                == "array([[[1, 2]],\n\n       [[3, 4]]])")
        #expect(CaseValue.tensor(shape: [0, 3], values: []).summary() == "array([])")
        #expect(CaseValue.tensor(shape: [], values: [7]).summary() == "array(7)")
    }
}
