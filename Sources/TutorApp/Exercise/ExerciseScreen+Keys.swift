import Foundation
import Lessons
import TerminalCore

extension ExerciseScreen {
    /// Reacts to a key. While typing, keys edit the answer except Esc (stop typing), F5/Ctrl-R
    /// (grade), F2 (hint) and, for code, Ctrl-E (own editor). Otherwise letters are commands.
    public mutating func handle(_ key: Key) -> Action {
        if var confirmation = solutionConfirmation {
            switch confirmation.handle(key) {
            case .confirmed?:
                solutionConfirmation = nil
                revealSolution()
            case .cancelled?: solutionConfirmation = nil
            case nil: solutionConfirmation = confirmation
            }
            return .none
        }
        switch key {
        case .function(5), .ctrl("r"): return submit()
        case .function(2): return revealHint()
        case .function(3):
            requestSolution()
            return .none
        case .ctrl("e"):
            if case .code = input { return .openExternalEditor }
        default: break
        }
        if isTyping { return type(key) }
        switch key {
        case .escape, .character("q"): return .close
        case .character("h"): return revealHint()
        case .character("s"): requestSolution()
        case .character("e"):
            if case .code = input { return .openExternalEditor }
        case .character("i") where input.takesText: isTyping = true
        case .enter:
            if input.takesText {
                isTyping = true
            } else {
                return choiceKey(key)
            }
        case .pageUp: scrollPane(by: -5)
        case .pageDown: scrollPane(by: 5)
        default:
            if case .choice = input { return choiceKey(key) }
            switch key {
            case .up, .character("k"): scrollPane(by: -1)
            case .down, .character("j"): scrollPane(by: 1)
            default: break
            }
        }
        return .none
    }

    /// Inserts pasted text into the answer as it is (code keeps its own indentation; a number
    /// keeps one line), starting to type when the input was not focused: a paste is text,
    /// never a string of command keys. Other kinds of exercise ignore it.
    public mutating func paste(_ text: String) -> Action {
        guard solutionConfirmation == nil else { return .none }
        switch input {
        case .code(var editor):
            isTyping = true
            editor.paste(text)
            input = .code(editor)
            editCount += 1
            return .codeEdited(editCount)
        case .numeric(var state):
            isTyping = true
            state.insert(text.split(whereSeparator: \.isNewline).joined(separator: " "))
            input = .numeric(state)
        case .choice, .lab: break
        }
        return .none
    }

    /// Scrolls the prompt and feedback pane; for code with a report, the result pane below the
    /// editor (the prompt is short, the report of a failure long).
    public mutating func scrollPane(by rows: Int) {
        if scrollsResult {
            resultScroll = max(0, resultScroll + rows)
        } else {
            paneScroll = max(0, paneScroll + rows)
        }
    }

    /// Whether paging scrolls a code exercise's result pane rather than the prompt.
    var scrollsResult: Bool {
        if case .code = input, report != nil || notice != nil { return true }
        return false
    }

    private mutating func submit() -> Action {
        guard !isGrading else { return .none }
        if case .choice(let cursor, let picked) = input, picked.isEmpty {
            input = .choice(cursor: cursor, picked: [cursor])
        }
        let answer = input.answerText
        guard !answer.trimmingCharacters(in: .whitespaces).isEmpty else {
            notice = "Type an answer first."
            return .none
        }
        isGrading = true
        notice = nil
        return .grade(answer)
    }

    private mutating func type(_ key: Key) -> Action {
        switch (key, input) {
        case (.escape, _):
            isTyping = false
        case (.enter, .numeric):
            return submit()
        case (_, .numeric(var state)):
            _ = state.handle(key)
            input = .numeric(state)
        case (_, .code(var editor)):
            let before = editor.text
            editor.handle(key)
            input = .code(editor)
            if editor.text != before {
                editCount += 1
                return .codeEdited(editCount)
            }
        default: break
        }
        return .none
    }

    private mutating func choiceKey(_ key: Key) -> Action {
        guard case .choice(var cursor, var picked) = input, case .choice(let spec) = exercise.kind else {
            return .none
        }
        let count = spec.options.count
        guard count > 0 else { return .none }
        switch key {
        case .up, .character("k"): cursor = (cursor - 1 + count) % count
        case .down, .character("j"): cursor = (cursor + 1) % count
        case .character(" "):
            if picked.contains(cursor) {
                picked.remove(cursor)
            } else {
                picked = spec.allowsMultiple ? picked.union([cursor]) : [cursor]
            }
        case .enter:
            // With one answer allowed, Enter takes the highlighted option; with several, the
            // picked set (or the highlighted one when nothing is picked).
            if !spec.allowsMultiple || picked.isEmpty { picked = [cursor] }
            input = .choice(cursor: cursor, picked: picked)
            return submit()
        case .character(let letter):
            // Option letters pick directly (a, b, c...), except the command letters.
            guard let ascii = letter.asciiValue, letter.isLowercase, !"hsqkj".contains(letter) else { break }
            let index = Int(ascii) - 97
            guard (0..<count).contains(index) else { break }
            cursor = index
            picked = spec.allowsMultiple ? picked.symmetricDifference([index]) : [index]
        default: break
        }
        input = .choice(cursor: cursor, picked: picked)
        return .none
    }

    /// Keys for the footer, by what the screen is doing.
    public var keyHints: [KeyHints.Hint] {
        if solutionConfirmation != nil { return [KeyHints.Hint("y/n", "show the solution?")] }
        switch input {
        case .code where isTyping:
            return [
                KeyHints.Hint("F5/^R", "run tests"), KeyHints.Hint("F2", "hint"),
                KeyHints.Hint("^E", "own editor"),
                KeyHints.Hint("Esc", "leave editor"),
            ]
        case .numeric where isTyping:
            return [
                KeyHints.Hint("Enter", "check"), KeyHints.Hint("F2", "hint"),
                KeyHints.Hint("Esc", "leave input"),
            ]
        case .choice:
            return [
                KeyHints.Hint("↑↓", "move"), KeyHints.Hint("Space", "pick"), KeyHints.Hint("Enter", "check"),
                KeyHints.Hint("h", "hint"), KeyHints.Hint("s", "solution"), KeyHints.Hint("q", "back"),
            ]
        default:
            var hints = [
                KeyHints.Hint("Enter", "edit"), KeyHints.Hint("F5", "check"), KeyHints.Hint("h", "hint"),
                KeyHints.Hint("s", "solution"),
            ]
            if case .code = input { hints.append(KeyHints.Hint("e", "own editor")) }
            hints.append(KeyHints.Hint("q", "back"))
            return hints
        }
    }

    /// Keys for the help overlay.
    public var helpHints: [KeyHints.Hint] {
        var hints: [KeyHints.Hint] = []
        switch input {
        case .choice:
            hints += [
                KeyHints.Hint("↑ ↓", "move between options"),
                KeyHints.Hint("Space  a b c…", "pick an option"),
                KeyHints.Hint("Enter", "check the picked option(s)"),
            ]
        case .numeric:
            hints += [
                KeyHints.Hint("typing", "a number (0.25, 1e-3, 1/4) or a list [[1, 2], [3, 4]]"),
                KeyHints.Hint("Enter", "check the answer"),
            ]
        case .code:
            hints += [
                KeyHints.Hint("F5  Ctrl-R", "run the tests on your code"),
                KeyHints.Hint("Ctrl-U", "undo: a typed run, a paste or a deletion"),
                KeyHints.Hint("Ctrl-Y", "redo what Ctrl-U undid"),
                KeyHints.Hint("Ctrl-K", "delete to line end (at the end: join lines)"),
                KeyHints.Hint("Ctrl-D", "delete the whole line"),
                KeyHints.Hint("Tab Shift-Tab", "indent / dedent"),
                KeyHints.Hint("Ctrl-E  e", "edit the file in $VISUAL / $EDITOR"),
            ]
        case .lab: break
        }
        if input.takesText {
            hints += [
                KeyHints.Hint("Esc", "stop typing (then h, s, q work)"),
                KeyHints.Hint("Enter i", "start typing again"),
            ]
        }
        hints += [
            KeyHints.Hint("h  F2", "reveal the next hint"),
            KeyHints.Hint("s  F3", "solution (after a pass or 3 attempts)"),
            KeyHints.Hint("PgUp PgDn", "scroll the prompt and feedback"),
            KeyHints.Hint("q Esc", "back to the lesson (your code is saved)"),
        ]
        return hints
    }
}
