import TerminalCore

// Every plot draws with the same `render(into:area:)` signature as TerminalCore's widgets,
// so screens can place them with `buffer.render(plot, in: rect)` like any other widget.

extension LineChart: Widget {}
extension Heatmap: Widget {}
extension ImageView: Widget {}
extension ImageGrid: Widget {}
extension Histogram: Widget {}
extension BarChart: Widget {}
extension ConfusionMatrixView: Widget {}
extension VectorPlot: Widget {}
