import Foundation
import Plot
import TerminalCore

extension ComputationalGraphScreen {
    /// Draws the graph, then what the current step computed.
    public func render(into buffer: inout Buffer, area: Rect) {
        let count = graph?.nodes.count ?? 0
        let phase =
            position == 0
            ? "ready" : isBackward ? "backward \(position - count)/\(count)" : "forward \(position)/\(count)"
        let example = ComputationalGraph.examples[exampleIndex]
        let chrome = VisualChrome(
            title: Self.visualTitle, subtitle: "L = (σ(w·x + b) − y)² ",
            status: Line([
                Span(" \(phase)", style: ScreenStyle.heading),
                Span(
                    " · x=\(ValueText.short(example.x)) w=\(ValueText.short(example.w)) "
                        + "b=\(ValueText.short(example.b)) y=\(ValueText.short(example.y))"),
            ]),
            notice: notice, hints: keyHints, helpHints: helpHints, showsHelp: isShowingHelp)
        chrome.render(into: &buffer, area: area) { buffer, body in
            drawBody(into: &buffer, area: body)
        }
    }

    private func drawBody(into buffer: inout Buffer, area: Rect) {
        guard let graph else {
            buffer.setString(" no graph: see the notice", x: area.x, y: area.y, style: ScreenStyle.alarm)
            return
        }
        // The graph comes first: the explanation gets only the rows the boxes leave free, so in
        // a small preview it is shortened rather than drawn over the input boxes.
        let explanationHeight = min(4, max(0, area.height - Self.graphHeight(graph)))
        let parts = area.rows([.fill(1), .length(explanationHeight)])
        drawGraph(graph, into: &buffer, area: parts[0])
        drawExplanation(graph, into: &buffer, area: parts[1])
    }

    /// Boxes are this tall: title, value and gradient lines inside a border.
    static var boxHeight: Int { 5 }

    /// The rows the boxes need: one row of boxes per node in the fullest column, a blank row between.
    static func graphHeight(_ graph: ComputationalGraph) -> Int {
        var perColumn: [Int: Int] = [:]
        for node in graph.nodes { perColumn[node.column, default: 0] += 1 }
        let rows = perColumn.values.max() ?? 1
        return rows * boxHeight + (rows - 1)
    }

    /// The boxes' places: one column per graph depth, computed nodes above inputs.
    private func layout(_ graph: ComputationalGraph, area: Rect) -> [Rect] {
        let columns = (graph.nodes.map(\.column).max() ?? 0) + 1
        let columnWidth = max(4, area.width / columns)
        let boxWidth = max(3, min(columnWidth - 2, 20))
        var slots: [Int: [Int]] = [:]
        let ordered = graph.nodes.indices.sorted { left, right in
            let leftIsInput = graph.nodes[left].inputs.isEmpty
            let rightIsInput = graph.nodes[right].inputs.isEmpty
            return leftIsInput == rightIsInput ? left < right : !leftIsInput
        }
        for index in ordered { slots[graph.nodes[index].column, default: []].append(index) }
        let rowsNeeded = slots.values.map(\.count).max() ?? 1
        let boxHeight = Self.boxHeight
        let rowHeight = min(max(boxHeight + 1, area.height / max(1, rowsNeeded)), boxHeight + 5)
        let top = area.y + max(0, (area.height - rowHeight * rowsNeeded) / 2)
        let left = area.x + max(0, (area.width - columnWidth * columns) / 2)
        var boxes = [Rect](repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: graph.nodes.count)
        for (column, members) in slots {
            for (row, index) in members.enumerated() {
                boxes[index] = Rect(
                    x: left + column * columnWidth, y: top + row * rowHeight, width: boxWidth,
                    height: boxHeight)
            }
        }
        return boxes
    }

    private func drawGraph(_ graph: ComputationalGraph, into buffer: inout Buffer, area: Rect) {
        guard area.height >= Self.graphHeight(graph), area.width >= 20 else {
            buffer.setString(
                " the graph needs a taller window", x: area.x, y: area.y, style: ScreenStyle.muted,
                maxWidth: area.width)
            return
        }
        let boxes = layout(graph, area: area)
        let arrow = ScreenStyle.muted
        for (index, node) in graph.nodes.enumerated() {
            // The upper source enters the box's top line, the lower one its bottom line, so
            // the arrows never cross; a single source enters the middle.
            let sources = node.inputs.filter { $0 < boxes.count }.sorted { boxes[$0].y < boxes[$1].y }
            for (slot, input) in sources.enumerated() {
                let line = sources.count == 1 ? 1 : min(2, slot * 2)
                drawArrow(from: boxes[input], to: boxes[index], line: line, style: arrow, into: &buffer)
            }
        }
        for (index, node) in graph.nodes.enumerated() {
            drawBox(node, index: index, in: boxes[index], into: &buffer)
        }
    }

    private func drawArrow(
        from source: Rect, to target: Rect, line: Int, style: Style, into buffer: inout Buffer
    ) {
        let startY = source.y + 2
        let endY = target.y + 1 + line
        let bendX = target.x - 2
        for x in source.maxX..<bendX { buffer.setString("─", x: x, y: startY, style: style) }
        if startY == endY {
            buffer.setString("─", x: bendX, y: startY, style: style)
        } else {
            let down = endY > startY
            buffer.setString(down ? "┐" : "┘", x: bendX, y: startY, style: style)
            for y in (min(startY, endY) + 1)..<max(startY, endY) {
                buffer.setString("│", x: bendX, y: y, style: style)
            }
            buffer.setString(down ? "└" : "┌", x: bendX, y: endY, style: style)
        }
        buffer.setString("▶", x: target.x - 1, y: endY, style: style)
    }

    private func drawBox(_ node: ComputationalGraph.Node, index: Int, in box: Rect, into buffer: inout Buffer)
    {
        let isCurrent = currentNode == index
        let border = isCurrent ? Style(foreground: .cyan, attributes: [.bold]) : Style()
        let inner = max(0, box.width - 2)
        buffer.setString("╭" + String(repeating: "─", count: inner) + "╮", x: box.x, y: box.y, style: border)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.setString("│", x: box.x, y: y, style: border)
            buffer.setString("│", x: box.maxX - 1, y: y, style: border)
        }
        buffer.setString(
            "╰" + String(repeating: "─", count: inner) + "╯", x: box.x, y: box.maxY - 1, style: border)
        let title = node.formula.isEmpty ? "input \(node.name)" : node.formula
        let fitted = inner >= title.count ? title : node.name
        buffer.setString(String(fitted.prefix(inner)), x: box.x + 1, y: box.y + 1, style: ScreenStyle.heading)
        let value = showsValue(index) ? NumberText.fixed(node.value, 3) : "?"
        let gradient = showsGradient(index) ? NumberText.fixed(node.gradient, 3) : "?"
        let valueStyle = showsValue(index) ? Style(foreground: .green) : ScreenStyle.muted
        let gradientStyle = showsGradient(index) ? Style(foreground: .yellow) : ScreenStyle.muted
        buffer.setString(String(("v " + value).prefix(inner)), x: box.x + 1, y: box.y + 2, style: valueStyle)
        buffer.setString(
            String(("g " + gradient).prefix(inner)), x: box.x + 1, y: box.y + 3, style: gradientStyle)
    }

    private func drawExplanation(_ graph: ComputationalGraph, into buffer: inout Buffer, area: Rect) {
        var lines: [Line] = []
        if let index = currentNode, index < graph.nodes.count {
            let node = graph.nodes[index]
            if isBackward {
                lines.append(
                    Line([
                        Span("backward: ", style: ScreenStyle.heading),
                        Span(node.chainRule + " = " + NumberText.fixed(node.gradient, 4)),
                    ]))
                lines.append(
                    Line(
                        "each gradient reuses the one to its right: the chain rule, one node at a time",
                        style: ScreenStyle.muted))
            } else {
                let operands = node.inputs.map {
                    "\(graph.nodes[$0].name)=\(NumberText.fixed(graph.nodes[$0].value, 3))"
                }
                let text =
                    node.inputs.isEmpty
                    ? "input \(node.name) = \(NumberText.fixed(node.value, 3))"
                    : "\(node.formula) with \(operands.joined(separator: ", ")) → \(node.name) = "
                        + NumberText.fixed(node.value, 4)
                lines.append(Line([Span("forward: ", style: ScreenStyle.heading), Span(text)]))
                lines.append(
                    Line(
                        "a node is computed once all its inputs are known (engine: \(node.operation ?? "leaf"))",
                        style: ScreenStyle.muted))
            }
        } else {
            lines.append(
                Line("press n to compute the first node; v = value, g = ∂L/∂node", style: ScreenStyle.heading)
            )
            lines.append(
                Line(
                    "forward fills in values left to right, backward fills in gradients right to left",
                    style: ScreenStyle.muted))
        }
        if position == stepCount, stepCount > 0 {
            lines.append(
                Line(
                    "done: L = \(NumberText.fixed(graph.loss, 4)); a step w ← w − η·∂L/∂w would lower it",
                    style: ScreenStyle.success))
        }
        Paragraph(StyledText(lines: lines)).render(into: &buffer, area: area.inset(left: 1))
    }
}
