import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines for the REPL: a small raw-mode editor (left/right, backspace, delete,
/// home/end, up/down history) on a terminal, plain `readLine()` otherwise.
final class LineReader {
    private var history: [String] = []
    private let interactive = isatty(STDIN_FILENO) == 1

    func readLine(prompt: String) -> String? {
        guard interactive else {
            return Swift.readLine(strippingNewline: true)
        }
        return readEdited(prompt: prompt)
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        return read(STDIN_FILENO, &byte, 1) == 1 ? byte : nil
    }

    private func readEdited(prompt: String) -> String? {
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var raw = original
        // TCSANOW rather than TCSAFLUSH keeps keys typed while the previous input ran.
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &original) }

        var buffer: [Character] = []
        var cursor = 0
        var historyIndex = history.count
        var pendingUTF8: [UInt8] = []
        func redraw() {
            let tail = buffer.count - cursor
            write("\r\u{1B}[K" + prompt + String(buffer) + (tail > 0 ? "\u{1B}[\(tail)D" : ""))
        }
        write(prompt)
        while let byte = readByte() {
            switch byte {
            case 4:  // Ctrl-D: end of input on an empty line
                if buffer.isEmpty {
                    write("\n")
                    return nil
                }
            case 3:  // Ctrl-C: abandon the line, like Python's KeyboardInterrupt at the prompt
                write("^C\n")
                return ""
            case 10, 13:
                write("\n")
                let line = String(buffer)
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { history.append(line) }
                return line
            case 127, 8:
                if cursor > 0 {
                    buffer.remove(at: cursor - 1)
                    cursor -= 1
                    redraw()
                }
            case 1:
                cursor = 0
                redraw()
            case 5:
                cursor = buffer.count
                redraw()
            case 27:
                guard readByte() == 91, let code = readByte() else { continue }
                switch code {
                case 68 where cursor > 0: cursor -= 1
                case 67 where cursor < buffer.count: cursor += 1
                case 65 where historyIndex > 0:
                    historyIndex -= 1
                    buffer = Array(history[historyIndex])
                    cursor = buffer.count
                case 66 where historyIndex < history.count:
                    historyIndex += 1
                    buffer = historyIndex < history.count ? Array(history[historyIndex]) : []
                    cursor = buffer.count
                case 72: cursor = 0
                case 70: cursor = buffer.count
                case 51:
                    _ = readByte()
                    if cursor < buffer.count { buffer.remove(at: cursor) }
                default: break
                }
                redraw()
            case 9:
                buffer.insert(contentsOf: "    ", at: cursor)
                cursor += 4
                redraw()
            default:
                pendingUTF8.append(byte)
                if let text = String(validating: pendingUTF8, as: UTF8.self) {
                    pendingUTF8.removeAll()
                    for character in text
                    where character.isLetter || character.isNumber || character.isPunctuation
                        || character.isSymbol || character == " "
                    {
                        buffer.insert(character, at: cursor)
                        cursor += 1
                    }
                    redraw()
                } else if pendingUTF8.count > 4 {
                    pendingUTF8.removeAll()
                }
            }
        }
        return buffer.isEmpty ? nil : String(buffer)
    }
}
