import TensorEngine

/// The local variables of one function call.
final class Frame {
    // Unchecked: every variable access goes through here; the interpreter is single-threaded
    // per run and never holds overlapping accesses, so dynamic exclusivity checks only cost.
    @exclusivity(unchecked) var locals: [Value?]
    /// The frame of the function this one's function was defined in (closures).
    let parent: Frame?

    init(count: Int, parent: Frame? = nil) {
        locals = [Value?](repeating: nil, count: count)
        self.parent = parent
    }
}

/// How a statement finished: normally, or by `break`, `continue` or `return`.
enum ControlFlow {
    case normal
    case breakLoop
    case continueLoop
    case returned(Value)
}

/// Executes resolved programs. Holds the global variables (pre-filled with built-ins),
/// the printed output, the random generator and the resource meter of the current run.
final class Evaluator {
    var options: InterpreterOptions
    // Unchecked for speed (see `Frame.locals`): touched on every statement and expression.
    @exclusivity(unchecked) var meter: ResourceMeter
    var globalSlots: [String: Int] = [:]
    @exclusivity(unchecked) var globals: [Value?] = []
    var output = "" {
        didSet { if output.isEmpty { outputCharacters = 0 } }
    }
    /// Characters in `output`, kept separately because `String.count` is linear.
    var outputCharacters = 0
    var random: RandomGenerator
    let library = BuiltinLibrary()
    let builtins: [String: Value]
    /// Nesting of `grad` evaluations; in-place array updates are avoided while it is non-zero.
    var gradientDepth = 0

    init(options: InterpreterOptions) {
        self.options = options
        meter = ResourceMeter(options: options)
        random = RandomGenerator(seed: options.randomSeed)
        builtins = library.globalNames()
    }

    /// The slot of global `name`, created (and pre-filled with a built-in of that name) on first use.
    func globalSlot(_ name: String) -> Int {
        if let slot = globalSlots[name] { return slot }
        let slot = globals.count
        globalSlots[name] = slot
        // A forbidden builtin is left out, so it stays out of reach even behind a learner's
        // binding of the same name that never runs (see Resolver).
        globals.append(options.forbiddenNames.contains(name) ? nil : builtins[name])
        return slot
    }

    /// Appends printed text, enforcing the output limit.
    func write(_ text: String) throws(ScriptError) {
        output += text
        outputCharacters += text.count
        if outputCharacters > options.maximumOutputCharacters {
            throw ResourceMeter.limitError(
                .output, "more than \(options.maximumOutputCharacters) characters printed")
        }
    }

    // MARK: Statements

    func execute(_ body: [Statement], _ frame: Frame?) throws -> ControlFlow {
        for statement in body {
            let flow = try execute(statement, frame)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    func execute(_ statement: Statement, _ frame: Frame?) throws -> ControlFlow {
        try meter.step()
        do {
            return try executeUnchecked(statement, frame)
        } catch let error as ScriptError {
            throw error.range == nil ? ScriptError(error.kind, error.message, at: statement.range) : error
        } catch {
            throw convertEngineError(error, at: statement.range)
        }
    }

    func executeUnchecked(_ statement: Statement, _ frame: Frame?) throws -> ControlFlow {
        switch statement.kind {
        case .expression(let expression):
            _ = try evaluate(expression, frame)
        case .assign(let targets, let value):
            let result = try evaluate(value, frame)
            for target in targets { try assign(result, to: target, frame) }
        case .augmentedAssign(let target, let op, let value):
            try augmentedAssign(target, op, value, frame)
        case .ifElse(let branches, let otherwise):
            for branch in branches
            where try truth(evaluate(branch.condition, frame), at: branch.condition.range) {
                return try execute(branch.body, frame)
            }
            if let otherwise { return try execute(otherwise, frame) }
        case .whileLoop(let condition, let body, let otherwise):
            while try truth(evaluate(condition, frame), at: condition.range) {
                try meter.step()
                let flow = try execute(body, frame)
                switch flow {
                case .breakLoop: return .normal
                case .returned: return flow
                default: continue
                }
            }
            if let otherwise { return try execute(otherwise, frame) }
        case .forLoop(let target, let iterable, let body, let otherwise):
            return try executeFor(target, iterable, body, otherwise, frame)
        case .function(let definition):
            var defaults: [Value?] = []
            for parameter in definition.parameters {
                defaults.append(try parameter.defaultValue.map { try evaluate($0, frame) })
            }
            let function = Value.function(
                FunctionValue(definition: definition, defaults: defaults, closure: frame))
            try assignName(function, definition.reference, frame)
        case .returnValue(let value):
            return .returned(try value.map { try evaluate($0, frame) } ?? .none)
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        case .pass:
            break
        case .assert(let condition, let message):
            if try !truth(evaluate(condition, frame), at: condition.range) {
                let text = try message.map { try evaluate($0, frame).printed } ?? ""
                throw ScriptError(.assertionError, text, at: condition.range)
            }
        case .importModule(let module, let alias):
            try assignName(library.module(named: module), alias, frame)
        }
        return .normal
    }

    func executeFor(
        _ target: Expression, _ iterable: Expression, _ body: [Statement], _ otherwise: [Statement]?,
        _ frame: Frame?
    ) throws -> ControlFlow {
        let sequence = try evaluate(iterable, frame)
        func runBody(_ item: Value) throws -> ControlFlow? {
            try meter.step()
            try assign(item, to: target, frame)
            let flow = try execute(body, frame)
            switch flow {
            case .breakLoop: return .normal
            case .returned: return flow
            default: return nil
            }
        }
        switch sequence {
        case .range(let range):
            var value = range.start
            for _ in 0..<range.count {
                if let flow = try runBody(.int(value)) { return flow }
                value &+= range.step
            }
        case .list(let list):
            // Python iterates by position, so appending inside the loop is seen (and limited).
            var position = 0
            while position < list.items.count {
                if let flow = try runBody(list.items[position]) { return flow }
                position += 1
            }
        default:
            let items = try iterate(sequence, at: iterable.range)
            for item in items {
                if let flow = try runBody(item) { return flow }
            }
        }
        if let otherwise { return try execute(otherwise, frame) }
        return .normal
    }

    // MARK: Names and assignment

    func assignName(_ value: Value, _ reference: NameReference, _ frame: Frame?) throws {
        switch reference.scope {
        case .local:
            guard let frame else { throw ScriptError(.runtimeError, "local variable outside a function") }
            frame.locals[reference.slot] = value
        case .enclosing:
            throw ScriptError(
                .runtimeError, "cannot assign to the enclosing function's variable '\(reference.name)'")
        case .global, .unresolved:
            globals[reference.slot] = value
        }
    }

    func assign(_ value: Value, to target: Expression, _ frame: Frame?) throws {
        switch target.kind {
        case .name(let reference):
            try assignName(value, reference, frame)
        case .tuple(let targets), .list(let targets):
            let items = try iterate(value, at: target.range)
            guard items.count == targets.count else {
                if items.count > targets.count {
                    throw ScriptError(
                        .valueError, "too many values to unpack (expected \(targets.count))", at: target.range
                    )
                }
                throw ScriptError(
                    .valueError,
                    "not enough values to unpack (expected \(targets.count), got \(items.count))",
                    at: target.range)
            }
            for (item, element) in zip(items, targets) { try assign(item, to: element, frame) }
        case .subscript(let base, let items, let isTuple):
            let (container, index) = try assignmentTarget(base, items, isTuple, frame)
            try setItem(container, index, value, at: target.range)
        case .attribute(_, let name):
            throw ScriptError(.attributeError, "cannot assign to attribute '\(name)'", at: target.range)
        default:
            throw ScriptError(.syntaxError, "cannot assign to this expression", at: target.range)
        }
    }

    func augmentedAssign(
        _ target: Expression, _ op: BinaryOperator, _ valueExpression: Expression, _ frame: Frame?
    )
        throws
    {
        switch target.kind {
        case .name(let reference):
            let current = try evaluate(target, frame)
            let operand = try evaluate(valueExpression, frame)
            let result = try binary(op, current, operand, at: target.range)
            // NumPy updates arrays in place (aliases see it) and Python extends lists in place.
            if case .array(let box) = current, case .array(let updated) = result {
                box.tensor = updated.tensor
                box.elementType = updated.elementType
                return
            }
            if case .list(let list) = current, case .list(let updated) = result {
                list.items = updated.items
                return
            }
            try assignName(result, reference, frame)
        case .subscript(let base, let items, let isTuple):
            let (container, index) = try assignmentTarget(base, items, isTuple, frame)
            let current = try getItem(container, index, at: target.range)
            let operand = try evaluate(valueExpression, frame)
            let result = try binary(op, current, operand, at: target.range)
            try setItem(container, index, result, at: target.range)
        default:
            throw ScriptError(.syntaxError, "illegal expression for augmented assignment", at: target.range)
        }
    }

    /// The container and index an item assignment writes to. `x[i][j] = v` on an array
    /// becomes `x[i, j] = v` when the inner index is made of integers, because in NumPy
    /// `x[i]` is a view and the write must reach `x` (here indexing copies).
    func assignmentTarget(_ base: Expression, _ items: [SubscriptItem], _ isTuple: Bool, _ frame: Frame?)
        throws
        -> (Value, Value)
    {
        let index = try evaluateSubscript(items, isTuple: isTuple, frame)
        if case .subscript(let innerBase, let innerItems, let innerIsTuple) = base.kind {
            let innerContainer = try evaluate(innerBase, frame)
            let innerIndex = try evaluateSubscript(innerItems, isTuple: innerIsTuple, frame)
            if case .array = innerContainer {
                let leading: [Value]
                if case .tuple(let parts) = innerIndex { leading = parts } else { leading = [innerIndex] }
                if leading.allSatisfy({ pythonInteger($0) != nil }) {
                    let trailing: [Value]
                    if case .tuple(let parts) = index { trailing = parts } else { trailing = [index] }
                    return (innerContainer, .tuple(leading + trailing))
                }
            }
            return (try getItem(innerContainer, innerIndex, at: base.range), index)
        }
        return (try evaluate(base, frame), index)
    }
}
