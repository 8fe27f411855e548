import Foundation
import TensorEngine

/// The outcome of running source or calling a function: printed output, the value (for
/// `call` and REPL echo) and the error if the run failed.
public struct RunResult: Sendable {
    /// Everything the script printed, including output before an error.
    public var output: String
    /// The returned value of `call`, or the last echoed expression of `run`.
    public var value: ScriptValue?
    /// The error that stopped the run, if any.
    public var error: ScriptError?
    /// The error formatted with location, source line and caret (empty when no error).
    public var errorReport: String

    /// Whether the run finished without an error.
    public var succeeded: Bool { error == nil }
}

/// Runs TensorScript programs. One interpreter keeps its global variables between `run`
/// calls (the REPL relies on this); each run or call gets fresh sandbox budgets.
///
///     let interpreter = Interpreter()
///     let loaded = interpreter.run(source: solution)
///     let result = interpreter.call("relu", arguments: [.tensor(x)])
///
/// Thread-safe: runs and calls on one interpreter are serialised by a lock (each executes
/// on its own large-stack thread), so a prepared solution can be shared with a grader.
public final class Interpreter: @unchecked Sendable {
    let evaluator: Evaluator
    /// Guards every access to `evaluator` and `sources`.
    let lock = NSLock()
    /// The source of every run so far; error reports show the line from the right one.
    var sources: [String] = []
    /// File name shown in error reports.
    public let fileName: String

    /// Creates an interpreter with the given sandbox limits and forbidden names; `fileName`
    /// is what error reports call the source.
    public init(options: InterpreterOptions = InterpreterOptions(), fileName: String = "<script>") {
        evaluator = Evaluator(options: options)
        self.fileName = fileName
    }

    /// The sandbox options; changes apply to the next run or call.
    public var options: InterpreterOptions {
        get { lock.withLock { evaluator.options } }
        set {
            lock.withLock {
                evaluator.options = newValue
                evaluator.meter = ResourceMeter(options: newValue)
            }
        }
    }

    /// Parses and runs `source` in this interpreter's global scope. With `echoExpressions`
    /// (the REPL), top-level expression statements print their `repr` like Python's REPL.
    public func run(source: String, echoExpressions: Bool = false) -> RunResult {
        lock.lock()
        defer { lock.unlock() }
        // A source over the size limit is rejected below; do not keep it around.
        sources.append(source.utf8.count > evaluator.options.maximumSourceBytes ? "" : source)
        let sourceIndex = sources.count - 1
        let sources = self.sources
        let evaluator = self.evaluator
        return LargeStackThread.run { [fileName] in
            evaluator.output = ""
            evaluator.meter.restart()
            var value: ScriptValue?
            do {
                if source.utf8.count > evaluator.options.maximumSourceBytes {
                    throw ResourceMeter.limitError(
                        .sourceSize,
                        "the source is \(source.utf8.count) bytes, at most \(evaluator.options.maximumSourceBytes) allowed"
                    )
                }
                let program = try Parser.parse(source)
                var resolver = Resolver(
                    globalSlot: { evaluator.globalSlot($0) }, forbiddenNames: evaluator.options.forbiddenNames
                )
                resolver.sourceIndex = sourceIndex
                try resolver.resolveProgram(program)
                value = try evaluator.executeProgram(program, echo: echoExpressions)
            } catch {
                let scriptError = Interpreter.scriptError(error)
                let shown = scriptError.sourceIndex.map { sources[$0] } ?? source
                return RunResult(
                    output: evaluator.output, value: nil, error: scriptError,
                    errorReport: scriptError.formatted(source: shown, fileName: fileName))
            }
            return RunResult(output: evaluator.output, value: value, error: nil, errorReport: "")
        }
    }

    /// Calls the global function `name` with the given arguments (the grader's `f(*args)`),
    /// with fresh sandbox budgets. The error report shows the line from the run that
    /// defined the failing function.
    public func call(_ name: String, arguments: [ScriptValue], keywords: [(String, ScriptValue)] = [])
        -> RunResult
    {
        let evaluator = self.evaluator
        let sources = self.sources
        return LargeStackThread.run { [fileName] in
            evaluator.output = ""
            evaluator.meter.restart()
            do {
                guard let slot = evaluator.globalSlots[name], let function = evaluator.globals[slot] else {
                    throw ScriptError(.nameError, "name '\(name)' is not defined")
                }
                let callArguments = CallArguments(
                    positional: arguments.map(Value.init), keywords: keywords.map { ($0.0, Value($0.1)) })
                let location = SourcePosition(line: 1, column: 1)
                let result = try evaluator.call(
                    function, callArguments, at: SourceRange(start: location, end: location))
                return RunResult(
                    output: evaluator.output, value: result.scriptValue, error: nil, errorReport: "")
            } catch {
                var scriptError = Interpreter.scriptError(error)
                if scriptError.range?.start.line == 1 && scriptError.range?.start.column == 1
                    && scriptError.range
                        == scriptError.range.map({ SourceRange(start: $0.start, end: $0.start) })
                {
                    scriptError.range = nil
                }
                let shown = scriptError.sourceIndex.map { sources[$0] } ?? sources.last ?? ""
                return RunResult(
                    output: evaluator.output, value: nil, error: scriptError,
                    errorReport: scriptError.formatted(source: shown, fileName: fileName))
            }
        }
    }

    /// Whether a global with this name exists and can be called.
    public func hasFunction(named name: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let slot = evaluator.globalSlots[name], let value = evaluator.globals[slot] else {
            return false
        }
        switch value {
        case .function, .builtin, .gradient: return true
        default: return false
        }
    }

    /// The current value of a global variable, if it is defined.
    public func global(named name: String) -> ScriptValue? {
        lock.lock()
        defer { lock.unlock() }
        guard let slot = evaluator.globalSlots[name], let value = evaluator.globals[slot] else { return nil }
        return value.scriptValue
    }

    static func scriptError(_ error: any Error) -> ScriptError {
        if let error = error as? ScriptError { return error }
        return convertEngineError(
            error, at: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))
    }
}

extension Evaluator {
    /// Runs a resolved program; with `echo`, prints the repr of top-level expression values.
    func executeProgram(_ program: [Statement], echo: Bool) throws -> ScriptValue? {
        var lastValue: ScriptValue?
        for statement in program {
            if echo, case .expression(let expression) = statement.kind {
                try meter.step()
                let value: Value
                do {
                    value = try evaluate(expression, nil)
                } catch {
                    throw convertEngineError(error, at: statement.range)
                }
                if case .none = value { continue }
                try write(value.representation + "\n")
                lastValue = value.scriptValue
                continue
            }
            let flow = try execute(statement, nil)
            if case .normal = flow { continue }
        }
        return lastValue
    }
}
