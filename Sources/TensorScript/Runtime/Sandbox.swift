import Foundation

/// The sandbox limits of one run. Every limit stops a runaway script with a LimitError that
/// names it. Defaults follow the TensorScript specification.
public struct InterpreterOptions: Sendable {
    /// Statements, loop iterations and calls executed (10 million).
    public var maximumSteps = 10_000_000
    /// Wall-clock time per run or per function call, in seconds (2 s).
    public var maximumWallTime: Double = 2
    /// Elements allocated across all arrays, lists and strings in one run (50 million).
    public var maximumTotalElements = 50_000_000
    /// Elements in any single array, list or string (16 million).
    public var maximumTensorElements = 16_000_000
    /// Nested function calls (200).
    public var maximumCallDepth = 200
    /// Source text size in bytes (64 KiB).
    public var maximumSourceBytes = 65_536
    /// Printed output in characters; more is cut off with a LimitError (1 million).
    public var maximumOutputCharacters = 1_000_000
    /// Names the script may not use (an exercise's "without using softmax"); checked before running.
    public var forbiddenNames: Set<String> = []
    /// Seed of `np.random` at the start of a run (scripts may reseed with `np.random.seed`).
    public var randomSeed: UInt64 = 0

    /// The defaults from the specification.
    public init() {}
}

/// The sandbox limit a LimitError names.
enum SandboxLimit: String {
    case steps = "evaluation steps"
    case wallTime = "wall time"
    case totalElements = "total elements allocated"
    case tensorElements = "single tensor size"
    case callDepth = "call depth"
    case sourceSize = "source size"
    case output = "output size"
    case nesting = "evaluation nesting"
    case work = "work per operation"
}

/// Counts the resources a run uses and throws when one exceeds its limit.
struct ResourceMeter {
    let options: InterpreterOptions
    var steps = 0
    var totalElements = 0
    var callDepth = 0
    var nesting = 0
    var deadline: UInt64 = 0

    init(options: InterpreterOptions) {
        self.options = options
        restart()
    }

    /// Resets every counter and starts the wall clock again (one run, or one graded call).
    mutating func restart() {
        steps = 0
        totalElements = 0
        callDepth = 0
        nesting = 0
        let budget = max(0, options.maximumWallTime)
        deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(min(budget, 1e6) * 1e9)
    }

    static func limitError(_ limit: SandboxLimit, _ detail: String) -> ScriptError {
        ScriptError(.limitError, "\(limit.rawValue) limit exceeded: \(detail)")
    }

    @inline(__always)
    mutating func step() throws(ScriptError) {
        steps &+= 1
        if steps & 1023 == 0 { try checkTime() }
        if steps > options.maximumSteps {
            throw ResourceMeter.limitError(
                .steps, "more than \(options.maximumSteps) steps (is there an endless loop?)")
        }
    }

    func checkTime() throws(ScriptError) {
        if DispatchTime.now().uptimeNanoseconds > deadline {
            throw ResourceMeter.limitError(
                .wallTime, "the script ran longer than \(options.maximumWallTime) s")
        }
    }

    /// Records that `count` elements are about to be allocated in one array, list or string.
    mutating func allocate(_ count: Int) throws(ScriptError) {
        if count > options.maximumTensorElements {
            throw ResourceMeter.limitError(
                .tensorElements,
                "\(count) elements requested, at most \(options.maximumTensorElements) allowed")
        }
        totalElements += count
        if totalElements > options.maximumTotalElements {
            throw ResourceMeter.limitError(
                .totalElements, "more than \(options.maximumTotalElements) elements allocated in total")
        }
    }

    /// The element count of `shape`, checked against the limits before allocating it.
    mutating func allocate(shape: [Int]) throws(ScriptError) {
        var count = 1
        for size in shape {
            guard size >= 0 else {
                throw ScriptError(.valueError, "negative dimensions are not allowed")
            }
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            if overflow || product > options.maximumTensorElements {
                throw ResourceMeter.limitError(
                    .tensorElements,
                    "shape \(formatShapeTuple(shape)) needs more than \(options.maximumTensorElements) elements"
                )
            }
            count = product
        }
        try allocate(count)
    }
}

/// A shape written as a Python tuple: `(3, 2)`, `(3,)`, `()`.
func formatShapeTuple(_ shape: [Int]) -> String {
    if shape.count == 1 { return "(\(shape[0]),)" }
    return "(" + shape.map(String.init).joined(separator: ", ") + ")"
}
