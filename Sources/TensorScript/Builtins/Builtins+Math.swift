import Foundation

/// The `math` module and NumPy's constants and type names.
extension BuiltinLibrary {
    func defineMath() {
        for (name, value) in [("pi", Double.pi), ("e", M_E), ("inf", Double.infinity), ("nan", Double.nan)] {
            math.members[name] = .float(value)
            numpy.members[name] = .float(value)
        }
        math.members["tau"] = .float(2 * .pi)
        numpy.members["newaxis"] = Value.none
        for type in [TypeObject.float32, .float64, .int32, .int64] {
            numpy.members[type.rawValue] = .type(type)
        }
        numpy.members["bool_"] = .type(.bool)
        let functions: [(String, (Double) -> Double)] = [
            ("sqrt", { $0.squareRoot() }), ("exp", { Foundation.exp($0) }), ("log2", { Foundation.log2($0) }),
            ("log10", { Foundation.log10($0) }), ("sin", { Foundation.sin($0) }),
            ("cos", { Foundation.cos($0) }),
            ("tan", { Foundation.tan($0) }), ("tanh", { Foundation.tanh($0) }),
            ("atan", { Foundation.atan($0) }),
            ("fabs", { Swift.abs($0) }), ("log1p", { Foundation.log1p($0) }),
            ("expm1", { Foundation.expm1($0) }),
        ]
        for (name, function) in functions {
            define(name, in: math) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["x"], required: 1)
                let number = try evaluator.scalarNumber(values[0] ?? .none, name)
                let domainError =
                    (name == "sqrt" && number < 0)
                    || (name.hasPrefix("log") && number <= 0 && name != "log1p")
                if domainError { throw ScriptError(.valueError, "math domain error") }
                return .float(function(number))
            }
        }
        define("log", in: math) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "log", ["x", "base"], required: 1)
            let number = try evaluator.scalarNumber(values[0] ?? .none, "log")
            guard number > 0 else { throw ScriptError(.valueError, "math domain error") }
            if let base = values[1] {
                return .float(
                    Foundation.log(number) / Foundation.log(try evaluator.scalarNumber(base, "log")))
            }
            return .float(Foundation.log(number))
        }
        for name in ["floor", "ceil"] {
            define(name, in: math) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["x"], required: 1)
                let number = try evaluator.scalarNumber(values[0] ?? .none, name)
                let rounded = name == "floor" ? number.rounded(.down) : number.rounded(.up)
                guard rounded.isFinite, Swift.abs(rounded) < 9.2e18 else {
                    throw ScriptError(.overflowError, "cannot convert float infinity to integer")
                }
                return .int(Int(rounded))
            }
        }
        define("pow", in: math) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "pow", ["x", "y"], required: 2)
            return .float(
                Foundation.pow(
                    try evaluator.scalarNumber(values[0] ?? .none, "pow"),
                    try evaluator.scalarNumber(values[1] ?? .none, "pow")))
        }
        define("atan2", in: math) { evaluator, arguments in
            let values = try evaluator.bind(arguments, "atan2", ["y", "x"], required: 2)
            return .float(
                Foundation.atan2(
                    try evaluator.scalarNumber(values[0] ?? .none, "atan2"),
                    try evaluator.scalarNumber(values[1] ?? .none, "atan2")))
        }
        for name in ["isnan", "isinf", "isfinite"] {
            define(name, in: math) { evaluator, arguments in
                let values = try evaluator.bind(arguments, name, ["x"], required: 1)
                let number = try evaluator.scalarNumber(values[0] ?? .none, name)
                switch name {
                case "isnan": return .bool(number.isNaN)
                case "isinf": return .bool(number.isInfinite)
                default: return .bool(number.isFinite)
                }
            }
        }
        define("isclose", in: math) { evaluator, arguments in
            let values = try evaluator.bind(
                arguments, "isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
            let a = try evaluator.scalarNumber(values[0] ?? .none, "isclose")
            let b = try evaluator.scalarNumber(values[1] ?? .none, "isclose")
            let relative = Double(try evaluator.floatArgument(values[2], 1e-9, "rel_tol") ?? 1e-9)
            let absolute = Double(try evaluator.floatArgument(values[3], 0, "abs_tol") ?? 0)
            if a == b { return .bool(true) }
            return .bool(
                Swift.abs(a - b) <= Swift.max(relative * Swift.max(Swift.abs(a), Swift.abs(b)), absolute))
        }
    }
}
