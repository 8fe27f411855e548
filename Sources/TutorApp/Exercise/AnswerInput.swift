import Lessons
import TerminalCore

/// How the learner gives an answer, by exercise kind.
public enum AnswerInput: Sendable {
    /// Options to pick: the highlighted row and the picked options.
    case choice(cursor: Int, picked: Set<Int>)
    /// A number or nested list typed on one line.
    case numeric(TextInputState)
    /// TensorScript in the built-in editor.
    case code(CodeEditorState)
    /// A lab, which runs in the lab screen.
    case lab

    /// The answer as the grader reads it: option letters, the typed text or the code.
    public var answerText: String {
        switch self {
        case .choice(_, let picked): picked.sorted().map { ChoiceSpec.label(for: $0) }.joined(separator: ",")
        case .numeric(let input): input.text
        case .code(let editor): editor.text
        case .lab: ""
        }
    }

    /// Whether the input takes typed characters (so plain letters are not commands while typing).
    public var takesText: Bool {
        switch self {
        case .numeric, .code: true
        case .choice, .lab: false
        }
    }
}
