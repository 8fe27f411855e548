import Foundation
import TerminalCore

/// Pipe tables (`| a | b |`) as aligned columns; the `|---|` separator row becomes a rule
/// under the header. Columns wider than the screen allows are cut with an ellipsis.
enum MarkdownTable {
    /// The table's lines at `width` cells.
    static func lines(_ rows: [String], width: Int) -> [Line] {
        let cells = rows.map(split)
        let isRule: ([String]) -> Bool = { row in
            !row.isEmpty && row.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { "-:".contains($0) } }
        }
        let body = cells.filter { !isRule($0) }
        let hasHeader = cells.count > 1 && isRule(cells[1])
        let columnCount = body.map(\.count).max() ?? 0
        guard columnCount > 0 else { return [] }
        var widths = (0..<columnCount).map { column in
            body.map { column < $0.count ? DisplayWidth.width(of: $0[column]) : 0 }.max() ?? 0
        }
        // Shrink the widest columns until the table fits (two spaces between columns).
        let available = max(columnCount, width - 2 * (columnCount - 1))
        while widths.reduce(0, +) > available,
            let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 3
        {
            widths[widest] -= 1
        }
        var output: [Line] = []
        for (rowIndex, row) in body.enumerated() {
            var spans: [Span] = []
            for column in 0..<columnCount {
                let text = column < row.count ? row[column] : ""
                let cut = DisplayWidth.truncate(text, to: widths[column])
                let isLast = column + 1 == columnCount
                let padding = String(
                    repeating: " ", count: max(0, widths[column] - DisplayWidth.width(of: cut)))
                let style = hasHeader && rowIndex == 0 ? Style(attributes: .bold) : Style.plain
                spans += MarkdownInline.spans(cut, base: style)
                if !isLast { spans.append(Span(padding + "  ")) }
            }
            output.append(Line(spans))
            if hasHeader && rowIndex == 0 {
                let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
                output.append(Line(rule, style: Style(attributes: .dim)))
            }
        }
        return output
    }

    private static func split(_ row: String) -> [String] {
        var text = Substring(row)
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|") { text = text.dropLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }
}
