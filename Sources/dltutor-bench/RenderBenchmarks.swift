import TerminalCore

/// Terminal rendering benchmark: `render_frame_ms` is the average time of one frame of a
/// full 200x60 screen of mixed widgets (view, diff against the previous frame, draw and
/// flush to the in-memory test backend), driven through `Program` one key per frame; every
/// frame changes cells all over the screen, so the diff is far from empty.
func runRenderBenchmarks(_ report: BenchmarkReport) {
    guard report.shouldRun("render_frame_ms") else { return }
    // The machine is shared, so the best of several rounds is the figure least disturbed by
    // other processes; each round is a fresh program drawing `frames` frames.
    let frames = 200
    var best = Double.infinity
    for _ in 0..<5 {
        let backend = TestBackend(
            width: 200, height: 60, events: Array(repeating: .key(.down), count: frames), keyInterval: 50)
        backend.recordsFrames = false
        let program = Program(MixedWidgetScreen(), backend: backend, clock: backend.clock)
        let start = monotonicSeconds()
        program.run()
        let elapsed = monotonicSeconds() - start
        best = min(best, elapsed * 1000 / Double(max(1, program.framesDrawn)))
    }
    report.emit(name: "render_frame_ms", value: best, unit: "ms")
}

/// A busy screen: tabs, a code editor, wrapped mixed-script text, a table, a list, a progress
/// bar, a status line and key hints. Every Down key moves the list selection, scrolls the
/// editor and advances the progress bar, so each frame changes cells all over the screen.
private struct MixedWidgetScreen: Application {
    enum Message: Sendable { case step }

    var step = 0
    var list = ListState(selected: 0, viewportHeight: 20)
    var editor = CodeEditorState(
        text: (1...200).map { "    value_\($0) = layer\($0 % 7)(x) * 0.5  # 第\($0)行 comment" }.joined(
            separator: "\n"),
        viewportHeight: 40, viewportWidth: 90)

    let items: [Line] = (1...100).map { Line("lesson \($0): 卷积 convolution and pooling") }
    let tableRows: [[String]] = (1...30).map { ["\($0)", "0.\(900 - $0 * 13)", "学习率 rate \($0)"] }
    let text = StyledText(
        String(repeating: "Backpropagation applies the chain rule. 反向传播使用链式法则计算梯度。 ", count: 12))

    mutating func update(_ message: Message) -> Command<Message> {
        step += 1
        list.handle(.down, count: items.count)
        editor.handle(.down)
        return .none
    }

    func message(for event: Event) -> Message? {
        if case .key = event { return .step }
        return nil
    }

    func view(into buffer: inout Buffer) {
        let bands = buffer.area.rows([.length(1), .fill(1), .length(1), .length(1), .length(1)])
        buffer.render(Tabs(["Learn", "练习 Exercise", "Plots", "Help"], selected: step % 4), in: bands[0])
        let columns = bands[1].columns([.percentage(50), .fill(1)])
        let editorBlock = Block(title: "exercise.ts", symbols: .rounded)
        buffer.render(editorBlock, in: columns[0])
        buffer.render(CodeEditorView(state: editor), in: editorBlock.inner(columns[0]))
        let right = columns[1].rows([.fill(1), .fill(1), .fill(1)])
        let textBlock = Block(title: "Lesson")
        buffer.render(textBlock, in: right[0])
        buffer.render(Paragraph(text, scroll: step % 5), in: textBlock.inner(right[0]))
        buffer.render(
            Table(
                columns: [
                    .init("epoch", width: .length(6)), .init("loss", width: .length(8)), .init("note"),
                ],
                rows: tableRows, state: ListState(selected: step % 30)),
            in: right[1])
        buffer.render(ListView(items, state: list), in: right[2])
        buffer.render(
            ProgressBar(
                fraction: Double(step % 100) / 100, label: "training", remainingSeconds: Double(600 - step)),
            in: bands[2])
        buffer.render(
            StatusLine(left: "EDIT", center: "epoch \(step)", right: "Ln \(editor.cursor.line + 1)"),
            in: bands[3])
        buffer.render(
            KeyHints([.init("q", "quit"), .init("Ctrl-R", "run"), .init("?", "help")]), in: bands[4])
    }
}
