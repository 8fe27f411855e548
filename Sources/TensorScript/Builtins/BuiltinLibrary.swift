import Foundation

/// The built-in namespaces of one interpreter: Python's built-ins, `numpy` (with `linalg`
/// and `random`) and `math`. Every NumPy function is also available bare (`exp(x)`).
final class BuiltinLibrary {
    typealias Body = (Evaluator, CallArguments) throws -> Value

    let numpy = ModuleValue(name: "numpy", members: [:])
    let linalg = ModuleValue(name: "numpy.linalg", members: [:])
    let random = ModuleValue(name: "numpy.random", members: [:])
    let math = ModuleValue(name: "math", members: [:])
    /// Python built-ins (print, len, range, ...) that take precedence over NumPy's bare names.
    var python: [String: Value] = [:]

    init() {
        defineCreation()
        defineElementwise()
        defineReductions()
        defineShapeFunctions()
        defineAxisFunctions()
        defineLinearAlgebra()
        defineRandom()
        defineNeuralNetworkHelpers()
        defineMath()
        definePython()
        numpy.members["linalg"] = .module(linalg)
        numpy.members["random"] = .module(random)
    }

    func define(_ name: String, in module: ModuleValue? = nil, _ body: @escaping Body) {
        let target = module ?? numpy
        let qualified =
            target === numpy ? name : "\(target.name.replacingOccurrences(of: "numpy", with: "np")).\(name)"
        target.members[name] = .builtin(BuiltinFunction(qualified, body))
    }

    func definePythonFunction(_ name: String, _ body: @escaping Body) {
        python[name] = .builtin(BuiltinFunction(name, body))
    }

    /// Names visible without a prefix: NumPy's functions, then Python's built-ins on top.
    func globalNames() -> [String: Value] {
        var names: [String: Value] = [:]
        for (name, value) in numpy.members {
            if case .builtin = value { names[name] = value }
        }
        for (name, value) in linalg.members where names[name] == nil { names[name] = value }
        for (name, value) in random.members where names[name] == nil { names[name] = value }
        for (name, value) in python { names[name] = value }
        return names
    }

    /// The module an `import` statement binds.
    func module(named name: String) -> Value {
        switch name {
        case "math": return .module(math)
        case "numpy.linalg": return .module(linalg)
        case "numpy.random": return .module(random)
        default: return .module(numpy)
        }
    }
}
