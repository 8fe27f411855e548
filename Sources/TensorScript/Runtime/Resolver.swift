/// Resolves every name in a parsed program to a global or local slot, applying Python's
/// scoping rule (a name assigned anywhere in a function is local to it), checks `return`
/// / `break` placement, and reports forbidden names before anything runs.
///
/// A forbidden name is a library function the exercise wants written by hand: `np.softmax`,
/// `x.var()`, or a bare `softmax(...)`. The learner's own variables, parameters and functions
/// may still carry the name (`var = ...` in a variance exercise); the evaluator's global table
/// also leaves forbidden builtins out, so a learner binding that never runs cannot reach them.
struct Resolver {
    let globalSlot: (String) -> Int
    let forbiddenNames: Set<String>
    /// The interpreter's number for the source being resolved.
    var sourceIndex = 0
    /// Names the program binds at the top level (assignments, defs, imports, loop targets).
    private var topLevelNames: Set<String> = []

    init(globalSlot: @escaping (String) -> Int, forbiddenNames: Set<String>) {
        self.globalSlot = globalSlot
        self.forbiddenNames = forbiddenNames
    }

    mutating func resolveProgram(_ statements: [Statement]) throws(ScriptError) {
        let topLevel = FunctionScope(parent: nil)
        for statement in statements { collectAssigned(statement, into: topLevel) }
        topLevelNames = Set(topLevel.names)
        for statement in statements {
            try resolve(statement, function: nil, inLoop: false)
        }
    }

    /// The scope of one function being resolved: its local names and their slots.
    final class FunctionScope {
        var slots: [String: Int] = [:]
        var names: [String] = []
        /// The scope of the function this one is defined in, for closures.
        let parent: FunctionScope?

        init(parent: FunctionScope?) {
            self.parent = parent
        }

        func add(_ name: String) {
            if slots[name] == nil {
                slots[name] = names.count
                names.append(name)
            }
        }
    }

    func checkForbidden(_ name: String, _ range: SourceRange) throws(ScriptError) {
        if forbiddenNames.contains(name) {
            var error = ScriptError(
                .forbiddenNameError, "'\(name)' may not be used in this exercise", at: range)
            error.subject = name
            throw error
        }
    }

    func bind(_ reference: NameReference, _ range: SourceRange, function: FunctionScope?) throws(ScriptError)
    {
        if let function, let slot = function.slots[reference.name] {
            reference.scope = .local
            reference.slot = slot
            return
        }
        var depth = 1
        var outer = function?.parent
        while let scope = outer {
            if let slot = scope.slots[reference.name] {
                reference.scope = .enclosing
                reference.slot = slot
                reference.depth = depth
                return
            }
            depth += 1
            outer = scope.parent
        }
        // Only a global the program never binds can be the library's function.
        if !topLevelNames.contains(reference.name) { try checkForbidden(reference.name, range) }
        reference.scope = .global
        reference.slot = globalSlot(reference.name)
    }

    func resolve(_ statement: Statement, function: FunctionScope?, inLoop: Bool) throws(ScriptError) {
        switch statement.kind {
        case .expression(let value):
            try resolve(value, function: function)
        case .assign(let targets, let value):
            try resolve(value, function: function)
            for target in targets { try resolve(target, function: function) }
        case .augmentedAssign(let target, _, let value):
            try resolve(value, function: function)
            try resolve(target, function: function)
        case .ifElse(let branches, let otherwise):
            for branch in branches {
                try resolve(branch.condition, function: function)
                try resolveBlock(branch.body, function: function, inLoop: inLoop)
            }
            if let otherwise { try resolveBlock(otherwise, function: function, inLoop: inLoop) }
        case .whileLoop(let condition, let body, let otherwise):
            try resolve(condition, function: function)
            try resolveBlock(body, function: function, inLoop: true)
            if let otherwise { try resolveBlock(otherwise, function: function, inLoop: inLoop) }
        case .forLoop(let target, let iterable, let body, let otherwise):
            try resolve(iterable, function: function)
            try resolve(target, function: function)
            try resolveBlock(body, function: function, inLoop: true)
            if let otherwise { try resolveBlock(otherwise, function: function, inLoop: inLoop) }
        case .function(let definition):
            for parameter in definition.parameters {
                if let value = parameter.defaultValue { try resolve(value, function: function) }
            }
            try bind(definition.reference, definition.range, function: function)
            try resolveFunction(definition, parent: function)
        case .returnValue(let value):
            guard function != nil else {
                throw ScriptError(.syntaxError, "'return' outside function", at: statement.range)
            }
            if let value { try resolve(value, function: function) }
        case .breakLoop, .continueLoop:
            guard inLoop else {
                let word = {
                    if case .breakLoop = statement.kind { return "break" } else { return "continue" }
                }()
                throw ScriptError(.syntaxError, "'\(word)' outside loop", at: statement.range)
            }
        case .pass:
            break
        case .assert(let condition, let message):
            try resolve(condition, function: function)
            if let message { try resolve(message, function: function) }
        case .importModule(_, let alias):
            try bind(alias, statement.range, function: function)
        }
    }

    func resolveBlock(_ body: [Statement], function: FunctionScope?, inLoop: Bool) throws(ScriptError) {
        for statement in body { try resolve(statement, function: function, inLoop: inLoop) }
    }

    func resolveFunction(_ definition: FunctionDefinition, parent: FunctionScope?) throws(ScriptError) {
        definition.sourceIndex = sourceIndex
        let scope = FunctionScope(parent: parent)
        for parameter in definition.parameters {
            scope.add(parameter.name)
        }
        for statement in definition.body { collectAssigned(statement, into: scope) }
        try resolveBlock(definition.body, function: scope, inLoop: false)
        definition.localNames = scope.names
        definition.localCount = scope.names.count
    }

    /// Adds every name the statement binds (assignment targets, loop variables, nested
    /// `def`s, import aliases) to the function's locals, without entering nested functions.
    func collectAssigned(_ statement: Statement, into scope: FunctionScope) {
        func collectTarget(_ target: Expression) {
            switch target.kind {
            case .name(let reference): scope.add(reference.name)
            case .tuple(let items), .list(let items):
                for item in items { collectTarget(item) }
            default: break
            }
        }
        var nested: [Statement] = []
        switch statement.kind {
        case .assign(let targets, _):
            for target in targets { collectTarget(target) }
        case .augmentedAssign(let target, _, _): collectTarget(target)
        case .forLoop(let target, _, let body, let otherwise):
            collectTarget(target)
            nested = body + (otherwise ?? [])
        case .ifElse(let branches, let otherwise):
            nested = branches.flatMap(\.body) + (otherwise ?? [])
        case .whileLoop(_, let body, let otherwise):
            nested = body + (otherwise ?? [])
        case .function(let definition): scope.add(definition.name)
        case .importModule(_, let alias): scope.add(alias.name)
        default: break
        }
        for statement in nested { collectAssigned(statement, into: scope) }
    }

    func resolve(_ expression: Expression, function: FunctionScope?) throws(ScriptError) {
        switch expression.kind {
        case .int, .float, .string, .bool, .none, .ellipsis:
            break
        case .formatted(let parts):
            for case .value(let value, _, _) in parts { try resolve(value, function: function) }
        case .name(let reference):
            try bind(reference, expression.range, function: function)
        case .list(let items), .tuple(let items):
            for item in items { try resolve(item, function: function) }
        case .unary(_, let operand), .starred(let operand):
            try resolve(operand, function: function)
        case .binary(_, let left, let right), .and(let left, let right), .or(let left, let right):
            try resolve(left, function: function)
            try resolve(right, function: function)
        case .compare(let first, let rest):
            try resolve(first, function: function)
            for (_, operand) in rest { try resolve(operand, function: function) }
        case .conditional(let condition, let then, let otherwise):
            try resolve(condition, function: function)
            try resolve(then, function: function)
            try resolve(otherwise, function: function)
        case .call(let callee, let arguments, let keywords):
            try resolve(callee, function: function)
            for argument in arguments { try resolve(argument, function: function) }
            for keyword in keywords { try resolve(keyword.value, function: function) }
        case .attribute(let base, let name):
            try checkForbidden(name, expression.range)
            try resolve(base, function: function)
        case .subscript(let base, let items, _):
            try resolve(base, function: function)
            for item in items {
                switch item {
                case .index(let value): try resolve(value, function: function)
                case .slice(let start, let stop, let step):
                    for part in [start, stop, step] {
                        if let part { try resolve(part, function: function) }
                    }
                }
            }
        }
    }
}
