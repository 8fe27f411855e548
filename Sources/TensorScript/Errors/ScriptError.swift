/// The Python exception names TensorScript reports, plus `LimitError` for the sandbox.
public enum ScriptErrorKind: String, Sendable, Equatable, CaseIterable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
    case nameError = "NameError"
    case typeError = "TypeError"
    case indexError = "IndexError"
    case valueError = "ValueError"
    case zeroDivisionError = "ZeroDivisionError"
    case attributeError = "AttributeError"
    case assertionError = "AssertionError"
    case limitError = "LimitError"
    case overflowError = "OverflowError"
    case forbiddenNameError = "ForbiddenNameError"
    case runtimeError = "RuntimeError"
}

/// An error raised while lexing, parsing or running a script: the Python error name,
/// the message, and where in the source it happened (when known).
public struct ScriptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which Python error this is.
    public var kind: ScriptErrorKind
    /// The message after the error name, e.g. `name 'x' is not defined`.
    public var message: String
    /// The span of source the error points at, if known.
    public var range: SourceRange?
    /// The name the error is about, when there is one: the forbidden name of a
    /// ForbiddenNameError, the undefined name of a NameError.
    public var subject: String?
    /// Which run's source the range refers to (set when the error leaves a function that
    /// an earlier run defined, so the report can show that run's line).
    var sourceIndex: Int?

    /// Creates an error of `kind` with `message` at `range`.
    public init(_ kind: ScriptErrorKind, _ message: String, at range: SourceRange? = nil) {
        self.kind = kind
        self.message = message
        self.range = range
    }

    /// The error's last line as Python prints it: `NameError: name 'x' is not defined`.
    public var description: String { "\(kind.rawValue): \(message)" }

    /// The full report: location, the offending source line, a caret line under the span,
    /// then `Kind: message`.
    public func formatted(source: String, fileName: String = "<script>") -> String {
        guard let range else { return description }
        let lines = normalizedLineEndings(source).split(separator: "\n", omittingEmptySubsequences: false)
        var text = "  File \"\(fileName)\", line \(range.start.line), column \(range.start.column)\n"
        let lineIndex = range.start.line - 1
        if lineIndex >= 0 && lineIndex < lines.count {
            let rawLine = String(lines[lineIndex]).replacingTabsAndReturns()
            let shown = rawLine.count > 200 ? String(rawLine.prefix(200)) : rawLine
            let indentCount = shown.prefix { $0 == " " }.count
            let trimmed = String(shown.dropFirst(indentCount))
            text += "    \(trimmed)\n"
            let caretStart = max(0, range.start.column - 1 - indentCount)
            let caretEnd: Int
            if range.end.line == range.start.line {
                caretEnd = max(caretStart + 1, range.end.column - 1 - indentCount)
            } else {
                caretEnd = max(caretStart + 1, trimmed.count)
            }
            let width = min(caretEnd, max(trimmed.count, caretStart + 1)) - caretStart
            text +=
                "    " + String(repeating: " ", count: caretStart)
                + String(repeating: "^", count: max(1, width)) + "\n"
        }
        return text + description
    }
}

extension String {
    /// The line with tabs shown as single spaces and carriage returns removed, so caret
    /// columns (counted in characters) line up under the text.
    fileprivate func replacingTabsAndReturns() -> String {
        String(self.map { $0 == "\t" ? " " : $0 }.filter { $0 != "\r" })
    }
}
