import CNcurses
import Glibc
import TerminalCore

extension NcursesBackend {
    /// Writes changed cells into curses' screen image; `flush()` sends them to the terminal.
    /// Continuation cells are skipped: curses places a wide character across two columns.
    public func draw(_ updates: [Buffer.Update]) {
        guard isActive else { return }
        let limit = Int(dl_cchar_max())
        var characters = [wchar_t](repeating: 0, count: limit + 1)
        for update in updates where !update.cell.isContinuation {
            let cell = update.cell
            let drawnWidth = prepareCharacters(for: cell, into: &characters, limit: limit)
            let attributes = Self.attributes(for: cell.style.attributes)
            let pair = pairs.pair(for: cell.style)
            var complex = cchar_t()
            _ = dl_setcchar(&complex, characters, attributes, pair)
            _ = mvwadd_wch(window, Int32(update.y), Int32(update.x), &complex)
            if cell.width == 2 && drawnWidth == 1 {
                // The C library thinks this character is narrow while the buffer reserved
                // two cells: fill the second one so nothing stale shows through.
                var blank = cchar_t()
                characters[0] = 0x20
                characters[1] = 0
                _ = dl_setcchar(&blank, characters, attributes, pair)
                _ = mvwadd_wch(window, Int32(update.y), Int32(update.x + 1), &blank)
            }
        }
    }

    /// Shows the text cursor at a cell (an input field has focus) or hides it.
    public func setCursor(_ position: (x: Int, y: Int)?) {
        cursorPosition = position
    }

    /// Sends everything drawn since the last flush to the terminal in one write.
    public func flush() {
        guard isActive else { return }
        if let position = cursorPosition {
            if !cursorShown {
                _ = curs_set(1)
                cursorShown = true
            }
            _ = wmove(window, Int32(position.y), Int32(position.x))
        } else if cursorShown {
            _ = curs_set(0)
            cursorShown = false
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    /// Makes the next flush clear the terminal and repaint every cell, because what the
    /// terminal shows is unknown (after a resize, or after returning from the shell).
    public func invalidate() {
        guard isActive else { return }
        _ = clearok(dl_curscr(), true)
    }

    /// Fills `characters` with the cell's grapheme as curses wants it: one spacing character
    /// followed by at most `limit - 1` zero-width ones, zero-terminated. Returns the width
    /// the C library gives the spacing character. Anything it cannot show becomes "?".
    private func prepareCharacters(for cell: Cell, into characters: inout [wchar_t], limit: Int) -> Int {
        var count = 0
        var width = 1
        for scalar in cell.symbol.unicodeScalars {
            let value = wchar_t(bitPattern: scalar.value)
            if count == 0 {
                width = Int(dl_wcwidth(scalar.value))
                let printable = width >= 1 && (supportsUnicode || scalar.value < 0x7F)
                // A character the C library calls wide in a cell the buffer calls narrow
                // would push the rest of the row one column to the right.
                if !printable || (width == 2 && cell.width == 1) {
                    characters[0] = 0x3F
                    width = 1
                    count = 1
                    break
                }
            } else if dl_wcwidth(scalar.value) != 0 || count >= limit || !supportsUnicode {
                break
            }
            characters[count] = value
            count += 1
        }
        if count == 0 {
            characters[0] = 0x20
            count = 1
        }
        characters[count] = 0
        return width
    }

    /// The curses attribute bits for `attributes`.
    static func attributes(for attributes: TextAttributes) -> attr_t {
        var result = dl_attr_normal()
        if attributes.contains(.bold) { result |= dl_attr_bold() }
        if attributes.contains(.dim) { result |= dl_attr_dim() }
        if attributes.contains(.italic) { result |= dl_attr_italic() }
        if attributes.contains(.underline) { result |= dl_attr_underline() }
        if attributes.contains(.reverse) { result |= dl_attr_reverse() }
        return result
    }
}
