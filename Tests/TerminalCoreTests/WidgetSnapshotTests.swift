import TerminalCore
import TestSupport
import Testing

/// The two screen sizes every widget is snapshotted at: roomy and cramped.
struct SnapshotSize: Sendable, CustomStringConvertible {
    var width: Int
    var height: Int
    var description: String { "\(width)x\(height)" }

    static let both = [SnapshotSize(width: 40, height: 10), SnapshotSize(width: 22, height: 6)]
}

/// Draws `widget` into a fresh buffer of `size` and returns it, with a frame around the
/// text so trailing spaces and the buffer's edges show in the snapshot.
func snapshotText(_ size: SnapshotSize, background: String? = nil, _ draw: (inout Buffer, Rect) -> Void)
    -> String
{
    var buffer = Buffer(width: size.width, height: size.height)
    if let background {
        for row in 0..<size.height { buffer.setString(background, x: 0, y: row) }
    }
    draw(&buffer, buffer.area)
    var lines = buffer.lines.map { "|" + $0 + "|" }
    if let cursor = buffer.cursor { lines.append("cursor \(cursor)") }
    return lines.joined(separator: "\n")
}

private let chineseParagraph = StyledText(
    spans: [
        Span("Gradient descent ", style: Style(attributes: .bold)),
        Span("moves the weights downhill. 梯度下降沿着损失函数下降最快的方向更新参数。"),
        Span(" Emoji 🎉 and ❤️ take two cells.\n\nA second paragraph."),
    ])

@Test(arguments: SnapshotSize.both) func blockSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        let halves = area.rows([.fill(1), .fill(1)])
        buffer.render(Block(title: " Lesson 1 · 张量 ", symbols: .rounded), in: halves[0])
        buffer.render(Block(title: "ascii", titleAlignment: .right, symbols: .ascii), in: halves[1])
        buffer.setString("inner", x: Block().inner(halves[1]).x, y: Block().inner(halves[1]).y)
    }
    assertSnapshot(text, named: "block-\(size)")
}

@Test(arguments: SnapshotSize.both) func paragraphSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        buffer.render(Paragraph(chineseParagraph), in: area)
    }
    assertSnapshot(text, named: "paragraph-\(size)")
}

@Test(arguments: SnapshotSize.both) func centeredUnwrappedParagraphSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        buffer.render(
            Paragraph(
                "centred\n中文居中\na line too long to fit without wrapping", wraps: false, alignment: .center),
            in: area)
    }
    assertSnapshot(text, named: "paragraph-centered-\(size)")
}

@Test(arguments: SnapshotSize.both) func scrollViewSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        let body = StyledText((1...30).map { "line \($0): 第\($0)行" }.joined(separator: "\n"))
        buffer.render(ScrollView(body, state: ScrollState(offset: 10)), in: area)
    }
    assertSnapshot(text, named: "scroll-view-\(size)")
}

@Test(arguments: SnapshotSize.both) func listSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        let items: [Line] = (1...12).map { index in
            index == 8 ? Line("8. 卷积神经网络 (CNN) lesson") : Line("\(index). lesson number \(index)")
        }
        buffer.render(ListView(items, state: ListState(selected: 7)), in: area)
    }
    assertSnapshot(text, named: "list-\(size)")
}

@Test(arguments: SnapshotSize.both) func tabsSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        buffer.render(Tabs(["Learn", "练习", "Plots 📈", "Help"], selected: 1), in: area)
        buffer.render(
            Tabs(["one", "two"], selected: 0, divider: "|"),
            in: area.inset(top: 2, left: 0, bottom: 0, right: 0))
    }
    assertSnapshot(text, named: "tabs-\(size)")
}

@Test(arguments: SnapshotSize.both) func keyHintsSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        let hints = KeyHints([
            .init("q", "quit"), .init("?", "help"), .init("↑↓", "move"), .init("Ctrl-R", "运行"),
        ])
        buffer.render(hints, in: Rect(x: 0, y: area.maxY - 1, width: area.width, height: 1))
    }
    assertSnapshot(text, named: "key-hints-\(size)")
}

@Test(arguments: SnapshotSize.both) func statusLineSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        buffer.render(StatusLine(left: "EDIT", center: "训练中", right: "Ln 3, Col 7"), in: area)
        buffer.render(
            StatusLine(left: "a very long left part that does not fit", right: "right"),
            in: area.inset(top: 2, left: 0, bottom: 0, right: 0))
    }
    assertSnapshot(text, named: "status-line-\(size)")
}

@Test(arguments: SnapshotSize.both) func helpModalSnapshots(size: SnapshotSize) {
    let text = snapshotText(size, background: String(repeating: "背景x", count: 12)) { buffer, area in
        let modal = Modal.help(hints: [
            .init("q", "quit"), .init("Ctrl-R", "run the exercise"), .init("?", "帮助"),
        ])
        buffer.render(modal, in: area)
    }
    assertSnapshot(text, named: "modal-help-\(size)")
}

@Test(arguments: SnapshotSize.both) func confirmModalSnapshots(size: SnapshotSize) {
    let text = snapshotText(size, background: String(repeating: "#", count: 40)) { buffer, area in
        let modal = Modal.confirm(question: "Stop training? 停止训练？", state: ConfirmState(yesSelected: true))
        buffer.render(modal, in: area)
    }
    assertSnapshot(text, named: "modal-confirm-\(size)")
}

@Test(arguments: SnapshotSize.both) func progressBarSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        let rows = area.rows([.length(1), .length(1), .length(1), .length(1)])
        buffer.render(ProgressBar(fraction: 0.4375, label: "epoch 3/8", remainingSeconds: 83), in: rows[0])
        buffer.render(ProgressBar(fraction: 1, label: "完成"), in: rows[1])
        buffer.render(ProgressBar(fraction: 0.5, remainingSeconds: 3725, asciiOnly: true), in: rows[2])
        buffer.render(ProgressBar(fraction: .nan, label: "waiting"), in: rows[3])
    }
    assertSnapshot(text, named: "progress-\(size)")
}

@Test(arguments: SnapshotSize.both) func tableSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        let table = Table(
            columns: [
                .init("epoch", width: .length(5), alignment: .right),
                .init("loss", width: .length(7), alignment: .right),
                .init("note", width: .fill(1)),
            ],
            rows: (1...9).map {
                ["\($0)", "0.\(1000 - $0 * 97)", $0 == 4 ? "学习率太高，损失发散" : "stable learning rate"]
            },
            state: ListState(selected: 6))
        buffer.render(table, in: area)
    }
    assertSnapshot(text, named: "table-\(size)")
}

@Test(arguments: SnapshotSize.both) func textInputSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        var long = TextInputState(text: "learning_rate = 0.01 # 学习率 🎯 end", viewWidth: area.width)
        long.handle(.left)
        buffer.render(TextInputView(state: long), in: area)
        buffer.render(
            TextInputView(state: TextInputState(), placeholder: "type a command…", isFocused: false),
            in: area.inset(top: 2, left: 0, bottom: 0, right: 0))
    }
    assertSnapshot(text, named: "text-input-\(size)")
}

@Test(arguments: SnapshotSize.both) func codeEditorSnapshots(size: SnapshotSize) {
    let code = """
        # 训练一个小网络 (train a tiny network)
        def train(model, data, epochs=10):
            for epoch in range(epochs):
                for x, y in data:
                    loss = cross_entropy(model(x), y)  # a fairly long line that needs scrolling
                    loss.backward()
            return model
        """
    let text = snapshotText(size) { buffer, area in
        var state = CodeEditorState(text: code, viewportHeight: area.height, viewportWidth: area.width - 2)
        for _ in 0..<4 { state.handle(.down) }
        state.handle(.end)
        buffer.render(CodeEditorView(state: state), in: area)
    }
    assertSnapshot(text, named: "code-editor-\(size)")
}

@Test(arguments: SnapshotSize.both) func screenCompositionSnapshots(size: SnapshotSize) {
    let text = snapshotText(size) { buffer, area in
        let rows = area.rows([.length(1), .fill(1), .length(1)])
        buffer.render(Tabs(["Learn", "Code"], selected: 0), in: rows[0])
        let block = Block(title: "Tensors 张量")
        buffer.render(block, in: rows[1])
        buffer.render(Paragraph("A tensor is an n-dimensional array. 张量是多维数组。"), in: block.inner(rows[1]))
        buffer.render(KeyHints([.init("q", "quit"), .init("→", "next")]), in: rows[2])
    }
    assertSnapshot(text, named: "screen-\(size)")
}
