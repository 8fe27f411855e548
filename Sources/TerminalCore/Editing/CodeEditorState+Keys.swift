extension CodeEditorState {
    /// Handles an editing or movement key: characters, Enter, Tab/Shift-Tab,
    /// Backspace/Delete, arrows, Home/End (smart Home: first non-blank, then column 0),
    /// PgUp/PgDn, Ctrl-Home/End via Ctrl-A/Ctrl-E for line start/end, Ctrl-K deletes to the
    /// end of the line (the line break when already there), Ctrl-D deletes the whole line,
    /// Ctrl-U undo and Ctrl-Y redo. Returns false for keys it does not use, so the screen can
    /// bind them.
    /// Undo is not on Ctrl-Z because the terminal backend suspends the program on Ctrl-Z.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .enter: insertNewline()
        case .tab: insertTab()
        case .backTab: dedentLine()
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: moveHorizontally(by: -1)
        case .right: moveHorizontally(by: 1)
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case .pageUp: moveVertically(by: -max(1, viewportHeight - 1))
        case .pageDown: moveVertically(by: max(1, viewportHeight - 1))
        case .home: moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .ctrl("a"): moveToLineStart()
        case .ctrl("k"): deleteToLineEnd()
        case .ctrl("d"): deleteLine()
        case .ctrl("u"): undo()
        case .ctrl("y"): redo()
        default: return false
        }
        keepCursorVisible()
        return true
    }

    mutating func moveHorizontally(by step: Int) {
        lastEdit = nil
        preferredColumn = nil
        if step < 0 {
            if cursor.column > 0 {
                cursor.column -= 1
            } else if cursor.line > 0 {
                cursor.line -= 1
                cursor.column = lines[cursor.line].count
            }
        } else {
            if cursor.column < lines[cursor.line].count {
                cursor.column += 1
            } else if cursor.line + 1 < lines.count {
                cursor.line += 1
                cursor.column = 0
            }
        }
    }

    mutating func moveVertically(by rows: Int) {
        lastEdit = nil
        let goal = preferredColumn ?? cursorDisplayColumn
        let target = min(max(0, cursor.line + rows), lines.count - 1)
        if target == cursor.line {
            // At the first or last line: go to its start or end, as most editors do.
            cursor.column = rows < 0 ? 0 : lines[cursor.line].count
            preferredColumn = nil
            return
        }
        cursor.line = target
        cursor.column = Self.index(ofDisplayColumn: goal, in: lines[target])
        preferredColumn = goal
    }

    mutating func moveHome() {
        lastEdit = nil
        preferredColumn = nil
        let firstNonBlank = lines[cursor.line].firstIndex { $0 != " " } ?? lines[cursor.line].count
        cursor.column = cursor.column == firstNonBlank ? 0 : firstNonBlank
    }

    mutating func moveToLineStart() {
        lastEdit = nil
        preferredColumn = nil
        cursor.column = 0
    }

    mutating func moveEnd() {
        lastEdit = nil
        preferredColumn = nil
        cursor.column = lines[cursor.line].count
    }

    /// Adjusts the scroll so the cursor is inside the viewport given by the size hints.
    mutating func keepCursorVisible() {
        scrollRow = visibleScrollRow(height: viewportHeight)
        scrollColumn = visibleScrollColumn(width: viewportWidth)
    }

    /// The first line to show in `height` rows: the stored scroll, moved just enough to
    /// show the cursor.
    public func visibleScrollRow(height: Int) -> Int {
        let visible = max(1, height)
        var row = min(scrollRow, max(0, lines.count - 1))
        if cursor.line < row { row = cursor.line }
        if cursor.line >= row + visible { row = cursor.line - visible + 1 }
        return max(0, row)
    }

    /// The first display column to show in `width` columns, keeping the cursor visible. Whenever
    /// the cursor fits without scrolling, the view goes back to column 0: a sideways scroll left
    /// over from a long line would otherwise keep hiding the start of every other line.
    public func visibleScrollColumn(width: Int) -> Int {
        let visible = max(1, width)
        let column = cursorDisplayColumn
        if column < visible { return 0 }
        var start = scrollColumn
        if column < start { start = column }
        if column > start + visible - 1 { start = column - visible + 1 }
        return max(0, start)
    }
}
