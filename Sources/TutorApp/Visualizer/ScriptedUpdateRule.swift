import Foundation
import Lessons
import TensorEngine
import TensorScript

/// Turns the learner's answer to an optimizer code exercise (e.g. `momentum_step(theta, g, v,
/// lr, mu)`) into a `CustomUpdateRule`, so their own update races the built-in optimizers.
///
/// The exercise's arguments are matched by name: the point (`theta`, `params`, `w`, `x`), the
/// gradient (`g`, `grad`), the visualizer's hyper-parameters (`lr`, `mu`/`momentum`, `beta1`,
/// `beta2`, `eps`, `t`/`step`); any other argument is state the rule keeps between steps
/// (a velocity `v`, moments `m`), starting at zeros. The function returns the new point,
/// or a tuple of the new point followed by the new values of those state arguments in order.
public enum ScriptedUpdateRule {
    /// Why the learner's code cannot race.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// For the learner.
        public var description: String
    }

    /// The rule running `source` (the learner's file) for exercise `spec`, named `name`.
    public static func make(source: String, spec: CodeSpec, name: String = "Yours") -> Result<
        CustomUpdateRule, Failure
    > {
        let interpreter = Interpreter(fileName: "\(spec.function).py")
        let loaded = interpreter.run(source: source)
        guard loaded.succeeded else {
            return .failure(Failure(description: "your code does not run yet:\n\(loaded.errorReport)"))
        }
        guard interpreter.hasFunction(named: spec.function) else {
            return .failure(Failure(description: "your code does not define \(spec.function)()"))
        }
        let names = spec.arguments.map(\.name)
        guard names.contains(where: { pointNames.contains($0) }),
            names.contains(where: { gradientNames.contains($0) })
        else {
            return .failure(Failure(description: "\(spec.function)() does not take a point and a gradient"))
        }
        let stateNames = names.filter {
            if case .state = role(of: $0) { return true } else { return false }
        }
        let function = spec.function
        return .success(
            CustomUpdateRule(name: name) { parameters, gradient, state in
                let arguments = try names.map { name -> ScriptValue in
                    switch role(of: name) {
                    case .point: return try vector(parameters)
                    case .gradient: return try vector(gradient)
                    case .hyperParameter(let value): return value(state)
                    case .state:
                        return try vector(
                            state.slots[name] ?? [Double](repeating: 0, count: parameters.count))
                    }
                }
                let result = interpreter.call(function, arguments: arguments)
                guard result.succeeded, let value = result.value else {
                    throw Failure(
                        description: result.errorReport.isEmpty ? "\(function)() failed" : result.errorReport)
                }
                let returned: [ScriptValue]
                if case .tuple(let items) = value { returned = items } else { returned = [value] }
                guard let newPoint = returned.first.flatMap(numbers), newPoint.count == parameters.count
                else {
                    throw Failure(description: "\(function)() must return the new point first (2 numbers)")
                }
                for (slot, item) in zip(stateNames, returned.dropFirst()) {
                    if let values = numbers(item) { state.slots[slot] = values }
                }
                return newPoint
            })
    }

    private static let pointNames: Set = ["theta", "params", "w", "x"]
    private static let gradientNames: Set = ["g", "grad", "gradient"]

    private enum Role {
        case point, gradient, state
        case hyperParameter((CustomRuleState) -> ScriptValue)
    }

    private static func role(of name: String) -> Role {
        if pointNames.contains(name) { return .point }
        if gradientNames.contains(name) { return .gradient }
        switch name {
        case "lr", "eta", "learning_rate": return .hyperParameter { .float($0.learningRate) }
        case "mu", "momentum": return .hyperParameter { .float($0.momentum) }
        case "beta1", "b1": return .hyperParameter { .float($0.beta1) }
        case "beta2", "b2": return .hyperParameter { .float($0.beta2) }
        case "eps", "epsilon": return .hyperParameter { _ in .float(1e-8) }
        case "t", "step": return .hyperParameter { .int($0.step) }
        default: return .state
        }
    }

    private static func vector(_ values: [Double]) throws -> ScriptValue {
        .tensor(try Tensor(shape: [values.count], data: values.map(Float.init)))
    }

    private static func numbers(_ value: ScriptValue) -> [Double]? {
        switch value {
        case .tensor(let tensor, _): return tensor.toArray().map(Double.init)
        case .list(let items), .tuple(let items):
            var result: [Double] = []
            for item in items {
                switch item {
                case .float(let number): result.append(number)
                case .int(let number): result.append(Double(number))
                default: return nil
                }
            }
            return result
        case .float(let number): return [number]
        default: return nil
        }
    }
}
