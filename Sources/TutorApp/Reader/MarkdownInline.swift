import TerminalCore

/// Inline Markdown (`**strong**`, `*emphasis*`, `_emphasis_`, `` `code` ``) as styled spans.
/// Unicode math is left as typed. A marker without its closing partner stays literal text, so
/// a lone `*` in `a * b` is never lost.
enum MarkdownInline {
    /// The style of inline code.
    static let codeStyle = Style(foreground: .cyan)

    /// The spans of `text`, each run styled by the markers around it on top of `base`.
    static func spans(_ text: String, base: Style = .plain) -> [Span] {
        var spans: [Span] = []
        var plain = ""
        let characters = Array(text)
        var index = 0
        func flush() {
            if !plain.isEmpty { spans.append(Span(plain, style: base)) }
            plain = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "`", let end = closing("`", in: characters, from: index + 1) {
                flush()
                spans.append(
                    Span(String(characters[(index + 1)..<end]), style: base.patched(with: codeStyle)))
                index = end + 1
            } else if character == "*", index + 1 < characters.count, characters[index + 1] == "*",
                let end = closing("**", in: characters, from: index + 2), end > index + 2
            {
                flush()
                let inner = String(characters[(index + 2)..<end])
                spans += Self.spans(inner, base: base.patched(with: Style(attributes: .bold)))
                index = end + 2
            } else if character == "*" || (character == "_" && isBoundary(characters, before: index)),
                index + 1 < characters.count, characters[index + 1] != " ",
                let end = closing(String(character), in: characters, from: index + 1), end > index + 1,
                character == "*" || isBoundary(characters, after: end)
            {
                flush()
                let inner = String(characters[(index + 1)..<end])
                spans += Self.spans(inner, base: base.patched(with: Style(attributes: .italic)))
                index = end + 1
            } else {
                plain.append(character)
                index += 1
            }
        }
        flush()
        return spans
    }

    /// The index where `marker` next starts at or after `start`, nil when it never does.
    private static func closing(_ marker: String, in characters: [Character], from start: Int) -> Int? {
        let pattern = Array(marker)
        var index = start
        while index + pattern.count <= characters.count {
            if Array(characters[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    /// Whether the character before `index` ends a word (so `_` there can open emphasis and
    /// `x_i` stays a subscript-like name).
    private static func isBoundary(_ characters: [Character], before index: Int) -> Bool {
        index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
    }

    private static func isBoundary(_ characters: [Character], after index: Int) -> Bool {
        index + 1 >= characters.count || !(characters[index + 1].isLetter || characters[index + 1].isNumber)
    }
}
