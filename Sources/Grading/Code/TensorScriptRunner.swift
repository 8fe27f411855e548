import TensorEngine
import TensorScript

/// Runs learner and reference code with the TensorScript interpreter, inside its sandbox.
public struct TensorScriptRunner: ScriptRunner {
    /// Sandbox limits for every run and call (forbidden names are set per exercise).
    public var limits: InterpreterOptions

    /// A runner with the given limits (the spec's defaults unless changed).
    public init(limits: InterpreterOptions = InterpreterOptions()) {
        self.limits = limits
    }

    /// Parses and runs the top level of `source` (which defines the functions), reporting forbidden
    /// names before anything runs.
    public func prepare(source: String, forbiddenNames: [String], fileName: String) throws(ScriptFailure)
        -> any PreparedScript
    {
        var options = limits
        options.forbiddenNames = Set(forbiddenNames)
        let interpreter = Interpreter(options: options, fileName: fileName)
        let result = interpreter.run(source: source)
        if let error = result.error {
            throw Self.failure(error, report: result.errorReport)
        }
        return PreparedInterpreter(interpreter: interpreter)
    }

    static func failure(_ error: ScriptError, report: String) -> ScriptFailure {
        if error.kind == .forbiddenNameError {
            return ScriptFailure(kind: .forbiddenName(error.subject ?? error.message), message: report)
        }
        return ScriptFailure(kind: .error(name: error.kind.rawValue), message: report)
    }
}

/// An interpreter whose script has run, answering calls.
final class PreparedInterpreter: PreparedScript {
    let interpreter: Interpreter

    init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    func call(_ function: String, arguments: [CaseValue]) throws(ScriptFailure) -> CaseValue {
        guard interpreter.hasFunction(named: function) else {
            throw ScriptFailure(
                kind: .error(name: "NameError"),
                message: "NameError: the code does not define a function named '\(function)'")
        }
        var converted: [ScriptValue] = []
        for argument in arguments {
            converted.append(try Self.scriptValue(argument))
        }
        let result = interpreter.call(function, arguments: converted)
        if let error = result.error {
            throw TensorScriptRunner.failure(error, report: result.errorReport)
        }
        return Self.caseValue(result.value ?? .none)
    }

    static func scriptValue(_ value: CaseValue) throws(ScriptFailure) -> ScriptValue {
        switch value {
        case .integer(let number): return .int(number)
        case .number(let number): return .float(number)
        case .boolean(let flag): return .bool(flag)
        case .none: return .none
        case .text(let text): return .string(text)
        case .tuple(let items):
            var converted: [ScriptValue] = []
            for item in items { converted.append(try scriptValue(item)) }
            return .tuple(converted)
        case .tensor(let shape, let values), .integerTensor(let shape, let values):
            do {
                let tensor = try Tensor(shape: shape, data: values.map { Float($0) })
                if case .integerTensor = value { return .tensor(tensor, elementType: "int64") }
                return .tensor(tensor)
            } catch {
                throw ScriptFailure(
                    kind: .error(name: "ValueError"), message: "cannot build an argument: \(error)")
            }
        }
    }

    static func caseValue(_ value: ScriptValue) -> CaseValue {
        switch value {
        case .none: return .none
        case .bool(let flag): return .boolean(flag)
        case .int(let number): return .integer(number)
        case .float(let number): return .number(number)
        case .string(let text), .other(let text): return .text(text)
        case .list(let items), .tuple(let items): return .tuple(items.map(caseValue))
        case .tensor(let tensor, let elementType):
            let values = tensor.toArray().map(Double.init)
            return elementType == "float32"
                ? .tensor(shape: tensor.shape, values: values)
                : .integerTensor(shape: tensor.shape, values: values)
        }
    }
}
