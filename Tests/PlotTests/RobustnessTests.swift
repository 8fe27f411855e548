import Plot
import TerminalCore
import Testing

/// Every plot must draw something sensible, or nothing, for any rectangle and any data:
/// never trap, never write outside its rectangle.
@Suite struct RobustnessTests {
    private static let sizes = [(0, 0), (1, 1), (2, 1), (3, 2), (5, 3), (8, 4), (13, 6), (30, 10), (7, 40)]

    private static func plots() -> [(String, (inout Buffer, Rect) -> Void)] {
        let nan = [Double.nan, .infinity, -.infinity]
        return [
            ("line-empty", { LineChart(series: []).render(into: &$0, area: $1) }),
            (
                "line-nan",
                { LineChart(series: [LineSeries(name: "n", values: nan)]).render(into: &$0, area: $1) }
            ),
            (
                "line-log",
                {
                    LineChart(
                        series: [LineSeries(name: "l", values: [0, -1, 1e300, 1e-300])],
                        yAxis: AxisOptions(scale: .logarithmic)
                    ).render(into: &$0, area: $1)
                }
            ),
            (
                "line-fixed-inverted",
                {
                    LineChart(
                        series: [LineSeries(name: "l", values: [1, 2, 3])], xAxis: AxisOptions(range: 5...5),
                        yAxis: AxisOptions(range: -Double.infinity...0)
                    ).render(into: &$0, area: $1)
                }
            ),
            ("heatmap-empty", { Heatmap(field: Field2D(rows: [])).render(into: &$0, area: $1) }),
            (
                "heatmap-nan",
                {
                    Heatmap(
                        field: Field2D(columns: 3, rows: 2, values: nan), contours: .logarithmic(count: 3),
                        trajectories: [Trajectory(name: "t", points: [PlotPoint(x: .nan, y: 1)])]
                    ).render(into: &$0, area: $1)
                }
            ),
            ("image-empty", { ImageView(image: PlotImage(grayRows: [])).render(into: &$0, area: $1) }),
            (
                "image-nan",
                {
                    ImageView(
                        image: PlotImage(width: 3, height: 3, gray: nan), showsBorder: true, caption: "c"
                    ).render(into: &$0, area: $1)
                }
            ),
            ("grid-empty", { ImageGrid(images: []).render(into: &$0, area: $1) }),
            (
                "grid-mixed",
                {
                    ImageGrid(images: [PlotImage(grayRows: []), PlotImage(grayRows: [[1]])], labels: ["a"])
                        .render(into: &$0, area: $1)
                }
            ),
            ("histogram-empty", { Histogram(values: []).render(into: &$0, area: $1) }),
            (
                "histogram-nan",
                { Histogram(values: nan, showsDensityCurve: true).render(into: &$0, area: $1) }
            ),
            ("bars-empty", { BarChart(bars: []).render(into: &$0, area: $1) }),
            (
                "bars-nan",
                {
                    BarChart(labels: ["a", "b"], values: [.nan, -.infinity], orientation: .vertical)
                        .render(into: &$0, area: $1)
                }
            ),
            ("confusion-empty", { ConfusionMatrixView(counts: [[]]).render(into: &$0, area: $1) }),
            (
                "confusion-negative",
                {
                    ConfusionMatrixView(counts: [[-5, 2], [1]]).render(into: &$0, area: $1)
                }
            ),
            (
                "vectors-nan",
                {
                    VectorPlot(
                        arrows: [VectorPlot.Arrow(to: PlotPoint(x: .nan, y: 1))],
                        transform: LinearMap2D(a: .nan, b: 0, c: 0, d: 1e308)
                    ).render(into: &$0, area: $1)
                }
            ),
        ]
    }

    @Test func everyPlotSurvivesEverySizeAndStaysInside() {
        for (name, draw) in RobustnessTests.plots() {
            for (width, height) in RobustnessTests.sizes {
                // Draw into the middle of a larger buffer and check the surroundings stay blank.
                var buffer = Buffer(width: width + 4, height: height + 4)
                let area = Rect(x: 2, y: 2, width: width, height: height)
                draw(&buffer, area)
                for y in 0..<buffer.area.height {
                    for x in 0..<buffer.area.width where !area.contains(x: x, y: y) {
                        #expect(
                            buffer[x, y] == .blank(),
                            "\(name) wrote outside at \(x),\(y) for \(width)x\(height)")
                    }
                }
            }
        }
    }

    @Test func drawingOutsideTheBufferIsClipped() {
        var buffer = Buffer(width: 10, height: 5)
        LineChart(series: [LineSeries(name: "a", values: [1, 2, 3])])
            .render(into: &buffer, area: Rect(x: 5, y: 2, width: 40, height: 20))
        #expect(buffer.area.width == 10)
    }
}
