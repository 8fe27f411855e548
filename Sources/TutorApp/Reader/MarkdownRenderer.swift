import Foundation
import TerminalCore

/// Lesson Markdown drawn as terminal lines at a given width: headings, paragraphs with inline
/// styles, bullet and numbered lists with hanging indents, block quotes, fenced code (Python
/// highlighted), indented code, and simple pipe tables. Anything else shows as plain text.
public enum MarkdownRenderer {
    /// The style of heading lines.
    static let headingStyle = Style(foreground: .cyan, attributes: [.bold])
    /// The style of code that is not highlighted.
    static let codeStyle = Style(foreground: .cyan)
    /// The style of a quote's bar and text.
    static let quoteStyle = Style(attributes: [.italic])

    /// The rendered lines of `markdown` wrapped to `width` cells.
    public static func lines(_ markdown: String, width: Int) -> [Line] {
        let width = max(8, width)
        let source = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var output: [Line] = []
        var paragraph: [String] = []
        var index = 0

        func blank() {
            if let last = output.last, last.spans.isEmpty || last.plainText.isEmpty { return }
            if !output.isEmpty { output.append(Line([])) }
        }
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            let text = paragraph.joined(separator: " ")
            output += WordWrap.wrap(Line(MarkdownInline.spans(text)), width: width)
            paragraph = []
            blank()
        }

        while index < source.count {
            let line = source[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                flushParagraph()
                let language = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces).lowercased()
                var code: [String] = []
                index += 1
                while index < source.count,
                    !source[index].trimmingCharacters(in: .whitespaces).hasPrefix("```")
                {
                    code.append(source[index])
                    index += 1
                }
                index += 1
                output += codeBlock(code, language: language, width: width)
                blank()
                continue
            }
            if trimmed.isEmpty {
                flushParagraph()
                index += 1
                continue
            }
            if paragraph.isEmpty, line.hasPrefix("    ") || line.hasPrefix("\t") {
                var code: [String] = []
                while index < source.count,
                    source[index].hasPrefix("    ") || source[index].hasPrefix("\t")
                        || (source[index].trimmingCharacters(in: .whitespaces).isEmpty
                            && index + 1 < source.count && source[index + 1].hasPrefix("    "))
                {
                    code.append(String(source[index].dropFirst(source[index].hasPrefix("\t") ? 1 : 4)))
                    index += 1
                }
                output += codeBlock(code, language: "math", width: width)
                blank()
                continue
            }
            if let level = headingLevel(trimmed) {
                flushParagraph()
                let title = String(trimmed.dropFirst(level + 1))
                let spans = MarkdownInline.spans(title, base: headingStyle)
                output += WordWrap.wrap(Line(spans), width: width)
                blank()
                index += 1
                continue
            }
            if trimmed.hasPrefix(">") {
                flushParagraph()
                var quoted: [String] = []
                while index < source.count, source[index].trimmingCharacters(in: .whitespaces).hasPrefix(">")
                {
                    let text = source[index].trimmingCharacters(in: .whitespaces).dropFirst()
                    quoted.append(text.trimmingCharacters(in: .whitespaces))
                    index += 1
                }
                let body = WordWrap.wrap(
                    Line(MarkdownInline.spans(quoted.joined(separator: " "), base: quoteStyle)),
                    width: width - 2)
                output += body.map { Line([Span("│ ", style: Style(attributes: .dim))] + $0.spans) }
                blank()
                continue
            }
            if trimmed.hasPrefix("|") {
                flushParagraph()
                var rows: [String] = []
                while index < source.count, source[index].trimmingCharacters(in: .whitespaces).hasPrefix("|")
                {
                    rows.append(source[index].trimmingCharacters(in: .whitespaces))
                    index += 1
                }
                output += MarkdownTable.lines(rows, width: width)
                blank()
                continue
            }
            if let marker = listMarker(trimmed) {
                flushParagraph()
                var item = String(trimmed.dropFirst(marker.count))
                index += 1
                // Continuation lines of the item are indented and not a new item.
                while index < source.count, source[index].hasPrefix("  "),
                    listMarker(source[index].trimmingCharacters(in: .whitespaces)) == nil,
                    !source[index].trimmingCharacters(in: .whitespaces).isEmpty
                {
                    item += " " + source[index].trimmingCharacters(in: .whitespaces)
                    index += 1
                }
                let indent = line.prefix { $0 == " " }.count / 2 * 2
                let bullet = marker.first?.isNumber == true ? marker : "• "
                let prefix = String(repeating: " ", count: indent) + bullet
                let hanging = String(repeating: " ", count: DisplayWidth.width(of: prefix))
                let wrapped = WordWrap.wrap(
                    Line(MarkdownInline.spans(item)), width: max(4, width - hanging.count))
                for (row, wrappedLine) in wrapped.enumerated() {
                    output.append(Line([Span(row == 0 ? prefix : hanging)] + wrappedLine.spans))
                }
                let next = index < source.count ? source[index].trimmingCharacters(in: .whitespaces) : ""
                if listMarker(next) == nil { blank() }
                continue
            }
            paragraph.append(trimmed)
            index += 1
        }
        flushParagraph()
        while let last = output.last, last.plainText.isEmpty { output.removeLast() }
        return output
    }

    /// Code lines, Python highlighted unless another language is named, never wrapped
    /// (a long line is cut at the edge, as an editor would show it).
    static func codeBlock(_ code: [String], language: String, width: Int) -> [Line] {
        let highlights = language.isEmpty || language == "python" || language == "py"
        return code.map { text in
            let shown = "  " + text
            let spans =
                highlights
                ? [Span("  ")] + CodeHighlighter.python.spans(text) : [Span(shown, style: codeStyle)]
            return Line(spans)
        }
    }

    /// The level of an ATX heading (`## Title` is 2), nil for other lines.
    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// The list marker a line starts with (`- `, `* `, `3. `), nil for other lines.
    static func listMarker(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
            return String(line.prefix(2))
        }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return String(digits) + String(rest.prefix(2))
    }
}
