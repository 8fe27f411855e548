import Foundation
import Plot
import TerminalCore
import TestSupport
import Testing

@Suite struct LineChartSnapshotTests {
    private func chart(_ series: [LineSeries], y: AxisOptions = AxisOptions(title: "loss")) -> LineChart {
        LineChart(series: series, xAxis: AxisOptions(title: "step", padding: 0), yAxis: y)
    }

    @Test func lossCurvesAtTwoSizes() {
        let losses = chart(PlotFixtures.lossSeries())
        assertSnapshot(PlotFixtures.text(60, 20) { losses.render(into: &$0, area: $1) }, named: "loss-60x20")
        assertSnapshot(PlotFixtures.text(30, 10) { losses.render(into: &$0, area: $1) }, named: "loss-30x10")
    }

    @Test func logAxisSkipsAndCountsNonPositiveValues() {
        let series = LineSeries(name: "err", values: [1, 0.5, 0, 0.1, -2, 0.01, 0.002, 0.001, 0.0005])
        let log = chart([series], y: AxisOptions(title: "error", scale: .logarithmic))
        let text = PlotFixtures.text(60, 20) { log.render(into: &$0, area: $1) }
        assertSnapshot(text, named: "log-nonpositive-60x20")
        #expect(text.contains("(2 ≤0)"))
        assertSnapshot(
            PlotFixtures.text(30, 10) { log.render(into: &$0, area: $1) }, named: "log-nonpositive-30x10")
    }

    @Test func monochromeUsesSeriesSymbols() {
        var losses = chart(PlotFixtures.lossSeries())
        losses.theme = .monochrome
        let text = PlotFixtures.text(60, 20) { losses.render(into: &$0, area: $1) }
        assertSnapshot(text, named: "loss-monochrome-60x20")
        #expect(!text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
    }

    @Test func edgeCases() {
        let single = chart([LineSeries(name: "one", values: [3])])
        assertSnapshot(
            PlotFixtures.text(30, 10) { single.render(into: &$0, area: $1) }, named: "single-point-30x10")
        let constant = chart([LineSeries(name: "flat", values: Array(repeating: -4, count: 40))])
        assertSnapshot(
            PlotFixtures.text(40, 12) { constant.render(into: &$0, area: $1) }, named: "constant-40x12")
        let allNaN = chart([LineSeries(name: "bad", values: [.nan, .nan, .infinity])])
        let nanText = PlotFixtures.text(40, 12) { allNaN.render(into: &$0, area: $1) }
        assertSnapshot(nanText, named: "all-nan-40x12")
        #expect(nanText.contains("no data") && nanText.contains("(3 NaN)"))
        let huge = chart([LineSeries(name: "wide", values: [-3e12, 1e-9, 4e12, 2.5e12])])
        assertSnapshot(
            PlotFixtures.text(40, 12) { huge.render(into: &$0, area: $1) }, named: "huge-range-40x12")
        let tiny = chart([LineSeries(name: "tiny", values: [1e-7, 3e-7, 2e-7, 5e-7])])
        assertSnapshot(
            PlotFixtures.text(40, 12) { tiny.render(into: &$0, area: $1) }, named: "tiny-range-40x12")
        let negative = chart([LineSeries(name: "sin", values: (0..<80).map { -2 + sin(Double($0) / 6) })])
        assertSnapshot(
            PlotFixtures.text(40, 12) { negative.render(into: &$0, area: $1) }, named: "negative-40x12")
        let empty = chart([])
        assertSnapshot(
            PlotFixtures.text(30, 10) { empty.render(into: &$0, area: $1) }, named: "no-series-30x10")
    }

    @Test func nanInTheMiddleIsMarkedOnTheAxis() {
        var values = (0..<60).map { Double($0 % 20) }
        values[30] = .nan
        let gap = chart([LineSeries(name: "saw", values: values)])
        let text = PlotFixtures.text(50, 14) { gap.render(into: &$0, area: $1) }
        assertSnapshot(text, named: "nan-marker-50x14")
        #expect(text.contains("×"))
    }

    @Test func streamingHundredThousandPointsWithFixedRange() {
        var stream = LineSeries(name: "stream")
        for step in 0..<100_000 { stream.append(sin(Double(step) / 4_000) + (step == 61_000 ? 4 : 0)) }
        var live = chart([stream], y: AxisOptions(title: "value"))
        assertSnapshot(
            PlotFixtures.text(60, 20) { live.render(into: &$0, area: $1) }, named: "stream-100k-60x20")
        live.xAxis.range = 50_000...70_000
        live.yAxis.range = -1.5...1.5
        assertSnapshot(
            PlotFixtures.text(60, 20) { live.render(into: &$0, area: $1) }, named: "stream-window-60x20")
    }

    @Test func asciiAndBlockMarkersCanBeChosen() {
        var losses = chart(PlotFixtures.lossSeries())
        losses.theme = PlotTheme(marker: .block)
        assertSnapshot(
            PlotFixtures.text(40, 12) { losses.render(into: &$0, area: $1) }, named: "block-marker-40x12")
    }
}
