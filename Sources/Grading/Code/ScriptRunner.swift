/// Runs TensorScript for the grader. The production implementation wraps the TensorScript
/// interpreter (`TensorScriptRunner`); the grading logic only sees this protocol.
public protocol ScriptRunner: Sendable {
    /// Parses `source` and reports forbidden names before anything runs. `fileName` is how error
    /// reports name the source (the learner's file path, "reference solution"...).
    ///
    /// Throws `ScriptFailure` for syntax errors (with the caret rendering) and forbidden names.
    func prepare(source: String, forbiddenNames: [String], fileName: String) throws(ScriptFailure)
        -> any PreparedScript
}

/// A parsed script whose top level has run, ready for calls to the functions it defines.
/// Used by one grading run on one thread (interpreters are not thread-safe).
public protocol PreparedScript {
    /// Calls `function` with `arguments`; a fresh sandbox budget applies to each call.
    func call(_ function: String, arguments: [CaseValue]) throws(ScriptFailure) -> CaseValue
}

/// Why a script could not be prepared or a call failed.
public struct ScriptFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: Sendable, Equatable {
        /// A forbidden name is used (reported before running).
        case forbiddenName(String)
        /// A Python-style error (SyntaxError, NameError, ValueError, LimitError...).
        case error(name: String)
    }

    /// What happened.
    public let kind: Kind
    /// The full message, including the source line and caret when the interpreter gives them.
    public let message: String

    /// Creates a failure.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
