extension CodeEditorState {
    /// Restores the text and cursor from before the last edit (a run of typed characters or
    /// deletions counts as one edit).
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
    /// mergeable kind (typing a word, holding Backspace). Any edit clears the redo history.
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
