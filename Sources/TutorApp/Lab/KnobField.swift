import Lessons
import TerminalCore

/// One knob of the lab form: its current value, the text being typed, and an error when the
/// typed value is not allowed.
public struct KnobField: Sendable {
    /// The knob from the lesson.
    public let knob: Knob
    /// The value the next run uses.
    public private(set) var value: KnobValue
    /// The text field while editing.
    public var input: TextInputState
    /// Why the last typed value was refused.
    public private(set) var error: String?

    /// A field at the knob's default.
    public init(knob: Knob) {
        self.knob = knob
        value = knob.defaultValue
        input = TextInputState(text: knob.defaultValue.description, viewWidth: 12)
        error = nil
    }

    /// A field at `text` when the knob accepts it (the learner's last setting), else at the
    /// knob's default: a saved value from an older lesson never blocks the form.
    public init(knob: Knob, text: String?) {
        self.init(knob: knob)
        guard let text else { return }
        input.text = text
        if !commit() {
            cancelEdit()
            error = nil
        }
    }

    /// The allowed values, for the form ("0.0001 … 1", "sgd | adam").
    public var rangeText: String {
        switch knob.domain {
        case .range(let lower, let upper): "\(NumericValue.format(lower)) … \(NumericValue.format(upper))"
        case .choices(let choices): choices.joined(separator: " | ")
        }
    }

    /// `rangeText` broken into lines of at most `width` cells. Choices break after a " |" so
    /// every word stays whole and visible (a cut-off choice may be the one that passes); a word
    /// longer than `width` gets a line of its own and is cut by the drawing.
    public func rangeLines(width: Int) -> [String] {
        guard case .choices(let choices) = knob.domain, width > 0 else { return [rangeText] }
        var lines: [String] = []
        var current = ""
        for (index, choice) in choices.enumerated() {
            let piece = index < choices.count - 1 ? choice + " |" : choice
            let candidate = current.isEmpty ? piece : current + " " + piece
            if current.isEmpty || DisplayWidth.width(of: candidate) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = piece
            }
        }
        lines.append(current)
        return lines
    }

    /// Whether the knob is a list of words (cycled with ←/→ rather than typed).
    public var isChoice: Bool {
        if case .choices = knob.domain { return true }
        return false
    }

    /// Checks the typed text; on success it becomes the value. Returns whether it was accepted.
    public mutating func commit() -> Bool {
        switch knob.value(parsing: input.text.trimmingCharacters(in: .whitespaces)) {
        case .success(let parsed):
            value = parsed
            error = nil
            input.text = parsed.description
            return true
        case .failure(let failure):
            error = failure.message
            return false
        }
    }

    /// Drops the typed text, back to the current value.
    public mutating func cancelEdit() {
        input.text = value.description
        error = nil
    }

    /// Moves a choice knob to the next (or previous) word.
    public mutating func cycle(_ delta: Int) {
        guard case .choices(let choices) = knob.domain, !choices.isEmpty else { return }
        let current = choices.firstIndex(of: value.description) ?? 0
        let next = ((current + delta) % choices.count + choices.count) % choices.count
        value = .choice(choices[next])
        input.text = choices[next]
        error = nil
    }
}
