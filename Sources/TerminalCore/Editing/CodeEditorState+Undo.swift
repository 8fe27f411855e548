extension CodeEditorState {
    /// Restores the text and cursor from before the last edit. A run of typed characters
    /// (spaces and Tab included) or of deletions counts as one edit until the cursor moves or
    /// another kind of edit comes (Enter, a paste, Ctrl-K...), so undo goes back a word or a
    /// line at a time, as in most editors, rather than a character.
    public mutating func undo() {
        guard let snapshot = undoStack.popLast() else { return }
        redoStack.append(Snapshot(lines: lines, cursor: cursor))
        restore(snapshot)
    }

    /// Re-applies the last undone edit.
    public mutating func redo() {
        guard let snapshot = redoStack.popLast() else { return }
        undoStack.append(Snapshot(lines: lines, cursor: cursor))
        restore(snapshot)
    }

    /// Saves the state before an edit of `kind`, unless it continues a run of the same
    /// mergeable kind (a run of typing, holding Backspace). Any edit clears the redo history.
    mutating func recordUndo(_ kind: EditKind) {
        redoStack.removeAll()
        if kind != .other && kind == lastEdit {
            return
        }
        undoStack.append(Snapshot(lines: lines, cursor: cursor))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        lastEdit = kind
    }

    private mutating func restore(_ snapshot: Snapshot) {
        lines = snapshot.lines
        cursor = snapshot.cursor
        lastEdit = nil
        preferredColumn = nil
    }
}
