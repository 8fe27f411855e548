import Lessons

extension CodeGrader {
    /// Compares the learner's returned gradient with central differences of the exercise's forward
    /// function; nil when they agree within the check's tolerance.
    func gradientProblem(
        _ check: GradientCheckSpec, spec: CodeSpec, gradingCase: GradingCase, actual: CaseValue
    )
        -> [String]?
    {
        guard let position = gradingCase.arguments.firstIndex(where: { $0.name == check.argument }),
            let shape = gradingCase.arguments[position].value.shape,
            let point = gradingCase.arguments[position].value.numbers
        else {
            return ["gradient check: argument `\(check.argument)` is not numeric (a lesson problem)"]
        }
        guard actual.shape == shape, let analytic = actual.numbers else {
            return [
                "gradient check: the gradient must have the shape of \(check.argument), "
                    + "\(CaseValue.shapeText(shape)); got \(actual.shape.map(CaseValue.shapeText) ?? actual.typeName)"
            ]
        }
        let forward: any PreparedScript
        do {
            forward = try runner.prepare(
                source: check.forwardSource, forbiddenNames: [],
                fileName: "gradient check of \(check.argument)")
        } catch {
            return ["gradient check: the forward function does not run (a lesson problem): \(error.message)"]
        }
        var worst = 0.0
        var worstIndex = 0
        var worstNumeric = 0.0
        for index in point.indices {
            var values = point
            func evaluate(_ offset: Double) throws(ScriptFailure) -> Double {
                values[index] = point[index] + offset
                var arguments = gradingCase.arguments.map(\.value)
                arguments[position] =
                    shape.isEmpty ? .number(values[index]) : .tensor(shape: shape, values: values)
                let result = try forward.call(check.forwardFunction, arguments: arguments)
                guard let number = result.numbers, number.count == 1 else {
                    throw ScriptFailure(
                        kind: .error(name: "TypeError"), message: "forward must return a scalar")
                }
                return number[0]
            }
            let numeric: Double
            do {
                numeric = (try evaluate(check.epsilon) - evaluate(-check.epsilon)) / (2 * check.epsilon)
            } catch {
                return ["gradient check: the forward function failed (a lesson problem): \(error.message)"]
            }
            let error = abs(analytic[index] - numeric) / max(1, abs(analytic[index]) + abs(numeric))
            if !(error <= worst) {
                worst = error
                worstIndex = index
                worstNumeric = numeric
            }
        }
        guard worst > check.tolerance || worst.isNaN else { return nil }
        return [
            "gradient check against central differences (eps \(NumericValue.format(check.epsilon))):",
            "  at \(check.argument)\(CaseValue.indexText(worstIndex, shape: shape)) your gradient is "
                + "\(NumericValue.format(analytic[worstIndex])), finite differences give "
                + "\(NumericValue.format(worstNumeric)) (relative error \(NumericValue.format(worst)))",
        ]
    }
}
