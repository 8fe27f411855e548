extension CodeEditorState {
    /// Inserts `text` at the cursor as if typed: a run of typed characters (spaces included)
    /// is one undo step until the cursor moves or another kind of edit comes. Text with line
    /// breaks or tabs is inserted as `paste(_:)` does.
    public mutating func insert(_ text: String) {
        guard !text.isEmpty else { return }
        if text.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" }) {
            paste(text)
            return
        }
        recordUndo(.typing)
        insertCharacters(Array(text))
    }

    /// Inserts pasted `text` exactly as it is, as one undo step: line breaks ("\n", "\r\n" or
    /// "\r") split lines without the indentation Enter adds (pasted lines bring their own, so
    /// adding more would stack it), and tabs become spaces as when a file is loaded.
    public mutating func paste(_ text: String) {
        guard !text.isEmpty else { return }
        recordUndo(.other)
        for character in text {
            switch character {
            case "\n", "\r\n", "\r": splitLine(autoIndent: false)
            case "\t": insertCharacters(Array(repeating: " ", count: Self.indentWidth))
            default: insertCharacters([character])
            }
        }
        keepCursorVisible()
    }

    /// Enter: splits the line at the cursor; the new line keeps the current indentation,
    /// one level more after a line ending with ":". At column 0 it opens an empty line above.
    mutating func insertNewline() {
        recordUndo(.other)
        splitLine(autoIndent: true)
    }

    /// Tab: spaces up to the next multiple of `indentWidth` (part of a run of typing for undo).
    mutating func insertTab() {
        recordUndo(.typing)
        let count = Self.indentWidth - cursorDisplayColumn % Self.indentWidth
        insertCharacters(Array(repeating: " ", count: count))
    }

    /// Shift-Tab: removes one level of indentation from the cursor's line.
    mutating func dedentLine() {
        let leading = lines[cursor.line].prefix { $0 == " " }.count
        let removed = min(
            leading, leading % Self.indentWidth == 0 ? Self.indentWidth : leading % Self.indentWidth)
        guard removed > 0 else { return }
        recordUndo(.other)
        lines[cursor.line].removeFirst(removed)
        cursor.column = max(0, cursor.column - removed)
        preferredColumn = nil
    }

    /// Backspace: in leading whitespace removes back to the previous indentation level;
    /// at a line start joins with the previous line; otherwise deletes one character.
    mutating func backspace() {
        preferredColumn = nil
        if cursor.column == 0 {
            guard cursor.line > 0 else { return }
            recordUndo(.other)
            let previous = cursor.line - 1
            let column = lines[previous].count
            lines[previous] += lines[cursor.line]
            lines.remove(at: cursor.line)
            cursor = TextPosition(line: previous, column: column)
            return
        }
        recordUndo(.deleting)
        let before = lines[cursor.line][..<cursor.column]
        if before.allSatisfy({ $0 == " " }) {
            let remainder = cursor.column % Self.indentWidth
            let count = remainder == 0 ? Self.indentWidth : remainder
            lines[cursor.line].removeSubrange((cursor.column - count)..<cursor.column)
            cursor.column -= count
        } else {
            lines[cursor.line].remove(at: cursor.column - 1)
            cursor.column -= 1
        }
    }

    /// Delete: removes the character under the cursor, or joins the next line.
    mutating func deleteForward() {
        preferredColumn = nil
        if cursor.column < lines[cursor.line].count {
            recordUndo(.deleting)
            lines[cursor.line].remove(at: cursor.column)
        } else if cursor.line + 1 < lines.count {
            recordUndo(.other)
            lines[cursor.line] += lines[cursor.line + 1]
            lines.remove(at: cursor.line + 1)
        }
    }

    /// Ctrl-K: deletes from the cursor to the end of the line (Emacs style); at the end of a
    /// line it deletes the line break instead, joining the next line, so repeated presses
    /// keep eating forward as in Emacs and nano's "cut to end".
    mutating func deleteToLineEnd() {
        preferredColumn = nil
        if cursor.column < lines[cursor.line].count {
            recordUndo(.other)
            lines[cursor.line].removeSubrange(cursor.column...)
        } else if cursor.line + 1 < lines.count {
            recordUndo(.other)
            lines[cursor.line] += lines[cursor.line + 1]
            lines.remove(at: cursor.line + 1)
        }
    }

    /// Ctrl-D: deletes the cursor's whole line, break included; the cursor stays in the same
    /// display column of the line that moves up (the last line when the deleted one was last).
    mutating func deleteLine() {
        let goal = preferredColumn ?? cursorDisplayColumn
        if lines.count == 1 {
            guard !lines[0].isEmpty else { return }
            recordUndo(.other)
            lines[0].removeAll()
            cursor = TextPosition(line: 0, column: 0)
            return
        }
        recordUndo(.other)
        lines.remove(at: cursor.line)
        let line = min(cursor.line, lines.count - 1)
        cursor = TextPosition(line: line, column: Self.index(ofDisplayColumn: goal, in: lines[line]))
        // Deleting several lines in a row keeps aiming at the column the first one started in.
        preferredColumn = goal
    }

    private mutating func insertCharacters(_ characters: [Character]) {
        lines[cursor.line].insert(contentsOf: characters, at: cursor.column)
        cursor.column += characters.count
        preferredColumn = nil
    }

    private mutating func splitLine(autoIndent: Bool) {
        if autoIndent && cursor.column == 0 {
            // At a line's start Enter opens an empty line above and leaves the line as it was:
            // re-indenting would strip the indentation of a line inside a block.
            lines.insert([], at: cursor.line)
            cursor = TextPosition(line: cursor.line + 1, column: 0)
            preferredColumn = nil
            return
        }
        let current = lines[cursor.line]
        let head = Array(current[..<cursor.column])
        var tail = Array(current[cursor.column...])
        var indentation = 0
        if autoIndent {
            indentation = head.prefix { $0 == " " }.count
            if let last = head.last(where: { $0 != " " }), last == ":" { indentation += Self.indentWidth }
            // The moved text starts at the new indentation, not after its old spaces.
            tail = Array(tail.drop { $0 == " " })
        }
        lines[cursor.line] = head
        lines.insert(Array(repeating: " ", count: indentation) + tail, at: cursor.line + 1)
        cursor = TextPosition(line: cursor.line + 1, column: indentation)
        preferredColumn = nil
    }
}
