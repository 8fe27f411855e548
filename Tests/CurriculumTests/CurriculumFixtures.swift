import Foundation
import Grading
import Lessons
import TensorEngine

/// Shared helpers of the curriculum tests: the shipped lessons and ways to read their answer keys.
enum CurriculumFixtures {
    /// A lesson block did not have the kind or shape a test expected.
    struct Mismatch: Error, CustomStringConvertible {
        /// What was expected.
        let description: String
    }

    /// The repository's `Lessons/` directory (found from this file's path, so it works from any
    /// working directory).
    static var lessonsDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").path
    }

    /// The shipped curriculum, loaded once per test.
    static func curriculum() throws -> Curriculum {
        try LessonLoader.load(directory: lessonsDirectory)
    }

    /// The exercise `id` of `curriculum`, or a failure naming it.
    static func exercise(_ id: String, in curriculum: Curriculum) throws -> Exercise {
        guard let exercise = curriculum.exercise(id: id) else {
            throw Mismatch(description: "no exercise '\(id)' in \(lessonsDirectory)")
        }
        return exercise
    }

    /// The code spec of exercise `id`.
    static func codeSpec(_ id: String, in curriculum: Curriculum) throws -> CodeSpec {
        guard case .code(let spec) = try exercise(id, in: curriculum).kind else {
            throw Mismatch(description: "'\(id)' is not a code exercise")
        }
        return spec
    }

    /// The numeric spec of exercise `id`.
    static func numericSpec(_ id: String, in curriculum: Curriculum) throws -> NumericSpec {
        guard case .numeric(let spec) = try exercise(id, in: curriculum).kind else {
            throw Mismatch(description: "'\(id)' is not a numeric exercise")
        }
        return spec
    }

    /// The lab spec of exercise `id`.
    static func labSpec(_ id: String, in curriculum: Curriculum) throws -> LabSpec {
        guard case .lab(let spec) = try exercise(id, in: curriculum).kind else {
            throw Mismatch(description: "'\(id)' is not a lab")
        }
        return spec
    }

    /// The reference solution of code exercise `id`, prepared for calls.
    static func reference(_ id: String, in curriculum: Curriculum) throws -> any PreparedScript {
        let spec = try codeSpec(id, in: curriculum)
        return try TensorScriptRunner().prepare(
            source: spec.solution, forbiddenNames: [], fileName: "reference solution of \(id)")
    }
}

extension CurriculumFixtures {
    /// A tensor as a grader argument.
    static func argument(_ tensor: Tensor) -> CaseValue {
        .tensor(shape: tensor.shape, values: tensor.toArray().map(Double.init))
    }

    /// A seeded standard-normal tensor times `scale`.
    static func randn(_ shape: [Int], seed: UInt64, scale: Float = 1) throws -> Tensor {
        var generator = RandomGenerator(seed: seed)
        return try Tensor.randn(shape, using: &generator) * scale
    }

    /// The numbers of a result that must be a number or an array.
    static func numbers(_ value: CaseValue) throws -> [Double] {
        guard let numbers = value.numbers else {
            throw Mismatch(description: "expected numbers, got \(value.typeName)")
        }
        return numbers
    }

    /// The items of a result that must be a tuple of `count` values.
    static func items(_ value: CaseValue, count: Int) throws -> [CaseValue] {
        guard case .tuple(let items) = value, items.count == count else {
            throw Mismatch(description: "expected a tuple of \(count) values, got \(value.typeName)")
        }
        return items
    }

    /// The largest elementwise |a − b| relative to max(1, |b|): one number to compare with a tolerance.
    static func largestDifference(_ a: [Double], _ b: [Float]) -> Double {
        largestDifference(a, b.map(Double.init))
    }

    /// The largest elementwise |a − b| relative to max(1, |b|); infinity when the lengths differ or
    /// a value is not finite.
    static func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count else { return .infinity }
        var largest = 0.0
        for (x, y) in zip(a, b) {
            guard x.isFinite, y.isFinite else { return .infinity }
            largest = max(largest, abs(x - y) / max(1, abs(y)))
        }
        return largest
    }
}
