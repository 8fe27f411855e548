/// Binary operators, named after Python's.
enum BinaryOperator: String {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case floorDivide = "//"
    case modulo = "%"
    case power = "**"
    case matrixMultiply = "@"
    case bitAnd = "&"
    case bitOr = "|"
    case bitXor = "^"
    case leftShift = "<<"
    case rightShift = ">>"
}

/// Comparison operators, which may be chained (`a < b < c`).
enum ComparisonOperator: String {
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case equal = "=="
    case notEqual = "!="
    case isSame = "is"
    case isNotSame = "is not"
    case contains = "in"
    case notContains = "not in"
}

/// Unary operators.
enum UnaryOperator: String {
    case negate = "-"
    case plus = "+"
    case invert = "~"
    case not = "not"
}

/// Where a name lives once the resolver has looked at the program.
enum NameScope {
    case unresolved
    /// A slot in the module's global table (which is pre-filled with built-ins).
    case global
    /// A slot in the current function's frame.
    case local
    /// A slot in an enclosing function's frame (`depth` frames up): a closure variable.
    case enclosing
}

/// A variable reference; the resolver fills in `scope` and `slot` after parsing so the
/// evaluator reads variables by index instead of by dictionary lookup.
final class NameReference {
    let name: String
    var scope = NameScope.unresolved
    var slot = 0
    /// For `.enclosing`: how many frames up the variable lives.
    var depth = 0

    init(name: String) {
        self.name = name
    }
}

/// One element of a subscript: an index expression or a `start:stop:step` slice.
enum SubscriptItem {
    case index(Expression)
    case slice(start: Expression?, stop: Expression?, step: Expression?)
}

/// One piece of an f-string.
enum FormattedPart {
    case literal(String)
    /// `{value}`, `{value!r}`, `{value:.3f}`.
    case value(Expression, conversion: Character?, spec: String)
}

/// A keyword argument in a call: `name=value`.
struct KeywordArgument {
    let name: String
    let value: Expression
    let range: SourceRange
}

/// An expression node with its source span.
final class Expression {
    indirect enum Kind {
        case int(Int)
        case float(Double)
        case string(String)
        /// An f-string: literal text and `{value!conversion:spec}` fields.
        case formatted([FormattedPart])
        case bool(Bool)
        case none
        case ellipsis
        case name(NameReference)
        case list([Expression])
        case tuple([Expression])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case and(Expression, Expression)
        case or(Expression, Expression)
        case compare(Expression, [(ComparisonOperator, Expression)])
        case conditional(condition: Expression, then: Expression, otherwise: Expression)
        case call(Expression, arguments: [Expression], keywords: [KeywordArgument])
        case attribute(Expression, String)
        /// `*value` in a call's arguments: the value's items become positional arguments.
        case starred(Expression)
        case `subscript`(Expression, [SubscriptItem], isTuple: Bool)
    }

    let kind: Kind
    let range: SourceRange

    init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A function parameter with its optional default value.
struct Parameter {
    let name: String
    let defaultValue: Expression?
    let range: SourceRange
}

/// A `def` statement. `localCount` and the parameter slots are filled in by the resolver.
final class FunctionDefinition {
    let name: String
    let parameters: [Parameter]
    let body: [Statement]
    let range: SourceRange
    var localCount = 0
    var localNames: [String] = []
    /// Which run of the interpreter the definition came from (for error reports).
    var sourceIndex = 0
    /// The variable the `def` binds.
    let reference: NameReference

    init(name: String, parameters: [Parameter], body: [Statement], range: SourceRange) {
        self.name = name
        self.reference = NameReference(name: name)
        self.parameters = parameters
        self.body = body
        self.range = range
    }
}

/// A statement node with its source span.
final class Statement {
    indirect enum Kind {
        case expression(Expression)
        /// `a = b = value`: every target gets the value.
        case assign(targets: [Expression], value: Expression)
        case augmentedAssign(target: Expression, op: BinaryOperator, value: Expression)
        case ifElse(branches: [(condition: Expression, body: [Statement])], otherwise: [Statement]?)
        case whileLoop(condition: Expression, body: [Statement], otherwise: [Statement]?)
        case forLoop(target: Expression, iterable: Expression, body: [Statement], otherwise: [Statement]?)
        case function(FunctionDefinition)
        case returnValue(Expression?)
        case breakLoop
        case continueLoop
        case pass
        case assert(Expression, message: Expression?)
        /// `import numpy as np` / `import math`: binds `alias` to the built-in module.
        case importModule(module: String, alias: NameReference)
    }

    let kind: Kind
    let range: SourceRange

    init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
