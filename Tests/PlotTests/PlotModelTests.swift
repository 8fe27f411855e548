import Foundation
import Plot
import TerminalCore
import TestSupport
import Testing

@Suite struct PlotModelTests {
    @Test func fieldsPadRaggedRowsAndRefuseAbsurdSizes() {
        let ragged = Field2D(rows: [[1, 2, 3], [4]])
        #expect(ragged.columns == 3 && ragged.rows == 2)
        #expect(ragged[0, 1] == 4 && ragged[2, 1].isNaN && ragged[5, 5].isNaN)
        let short = Field2D(columns: 2, rows: 2, values: [1])
        #expect(short.values.count == 4 && short.values[3].isNaN)
        let absurd = Field2D(columns: Int.max, rows: 3, values: [])
        #expect(absurd.columns == 0 && absurd.values.isEmpty)
        let sampled = Field2D(xRange: 0...2, yRange: 10...20, columns: 3, rows: 2) { x, y in x + y }
        #expect(sampled.values == [10, 11, 12, 20, 21, 22])
        #expect(abs(sampled.value(x: 0.5, y: 15) - 15.5) < 1e-12)
        #expect(sampled.value(x: 3, y: 15).isNaN)
        let wide = Field2D(xRange: -1e308...1e308, yRange: 0...1, columns: 3, rows: 1) { x, _ in x }
        #expect(wide.values == [-1e308, 0, 1e308])
    }

    @Test func imagesValidateTheirSize() {
        #expect(PlotImage(width: Int.max, height: 2, gray: []).isEmpty)
        #expect(PlotImage(width: 1 << 40, height: 1 << 40, rgb: []).isEmpty)
        let padded = PlotImage(width: 2, height: 2, gray: [1, 2, 3, 4, 5])
        #expect(padded.summary.maximum == 4 && padded.channels == 1)
        #expect(PlotImage(width: 1, height: 1, rgb: [0.5]).channels == 3)
        #expect(PlotImage(grayRows: [[1], [2, 3]]).width == 2)
    }

    @Test func plotsAreWidgets() {
        var direct = Buffer(width: 30, height: 10)
        var viaWidget = Buffer(width: 30, height: 10)
        let chart = LineChart(series: [LineSeries(name: "a", values: [1, 3, 2])])
        chart.render(into: &direct, area: direct.area)
        viaWidget.render(chart, in: viaWidget.area)
        #expect(direct == viaWidget)
    }

    @Test func heatmapValueRanges() {
        let positive = Heatmap(field: Field2D(rows: [[1, 5]]))
        #expect(positive.resolvedValueRange() == 1...5)
        let signed = Heatmap(field: Field2D(rows: [[-1, 3]]), ramp: .diverging)
        #expect(signed.resolvedValueRange() == -3...3)
        let fixed = Heatmap(field: Field2D(rows: [[-1, 3]]), valueRange: 0...10)
        #expect(fixed.resolvedValueRange() == 0...10)
        #expect(Heatmap(field: Field2D(rows: [[.nan]])).resolvedValueRange() == 0...1)
    }

    @Test func histogramBinsAndRanges() {
        let histogram = Histogram(values: [0, 0.5, 1, 1, 2, .nan, 7], range: 0...2)
        #expect(histogram.counts(bins: 2) == [2, 3])
        #expect(histogram.counts(bins: 0) == [5])
        #expect(Histogram(values: [3, 3]).binnedRange() == 2.5...3.5)
        #expect(Histogram(values: [.nan]).binnedRange() == 0...1)
    }

    @Test func trajectoryMarkersSitOnTheFirstAndLastPoints() {
        let field = Field2D(xRange: 0...10, yRange: 0...10, columns: 2, rows: 2) { _, _ in 0 }
        let path = Trajectory(name: "", points: [PlotPoint(x: 0, y: 10), PlotPoint(x: 10, y: 0)])
        let map = Heatmap(field: field, trajectories: [path], showsColorBar: false, showsAxes: false)
        var buffer = Buffer(width: 20, height: 10)
        map.render(into: &buffer, area: buffer.area)
        #expect(buffer[0, 0].symbol == "○")
        #expect(buffer[19, 9].symbol == "●")
    }

    @Test func nonMonotonicSeriesDrawEveryPoint() {
        let angles = (0...120).map { Double($0) / 120 * 2 * Double.pi }
        let circle = LineSeries(name: "circle", x: angles.map(cos), y: angles.map(sin))
        let chart = LineChart(series: [circle], showsLegend: false)
        assertSnapshot(PlotFixtures.text(40, 16) { chart.render(into: &$0, area: $1) }, named: "circle-40x16")
    }

    @Test func legendIsDroppedWhenItDoesNotFit() {
        let names = (0..<6).map {
            LineSeries(name: "a rather long series name \($0)", values: [Double($0), 1])
        }
        let text = PlotFixtures.text(40, 14) { LineChart(series: names).render(into: &$0, area: $1) }
        #expect(!text.contains("series name"))
        let fits = PlotFixtures.text(60, 14) {
            LineChart(series: [names[0]], yAxis: AxisOptions(title: "y")).render(into: &$0, area: $1)
        }
        #expect(fits.contains("a rather long series name 0"))
    }
}
