import Foundation
import Plot
import TerminalCore

/// Plot rendering benchmarks (best of several rounds, each the mean of many renders):
/// - `linechart_100k_points_ms`: 3 series of 100,000 points (one smoothed) into 120x40;
/// - `linechart_1k_points_ms`: the same chart with 1,000 points per series, for comparison;
/// - `linechart_append_ns`: the cost of appending one point to a streaming series;
/// - `heatmap_200x200_ms`: a 200x200 field into 100x50 with axes and colour bar;
/// - `heatmap_contours_trajectories_ms`: the same with 8 contour levels and 2 trajectories.
func runPlotBenchmarks(_ report: BenchmarkReport) {
    if report.shouldRun("linechart_100k_points_ms") {
        let chart = benchmarkLineChart(points: 100_000)
        report.emit(
            name: "linechart_100k_points_ms", value: bestRenderMilliseconds(chart, 120, 40), unit: "ms")
    }
    if report.shouldRun("linechart_1k_points_ms") {
        let chart = benchmarkLineChart(points: 1_000)
        report.emit(name: "linechart_1k_points_ms", value: bestRenderMilliseconds(chart, 120, 40), unit: "ms")
    }
    if report.shouldRun("linechart_append_ns") {
        var best = Double.infinity
        for _ in 0..<3 {
            var series = LineSeries(name: "loss", smoothing: 0.9)
            let start = monotonicSeconds()
            for step in 0..<1_000_000 { series.append(1 / Double(step + 1)) }
            best = min(best, (monotonicSeconds() - start) * 1e9 / 1_000_000)
            if series.count != 1_000_000 {
                report.emitError(name: "linechart_append_ns", error: PlotBenchmarkError())
            }
        }
        report.emit(name: "linechart_append_ns", value: best, unit: "ns")
    }
    let field = Field2D(xRange: -2...2, yRange: -1...3, columns: 200, rows: 200) { x, y in
        (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    }
    if report.shouldRun("heatmap_200x200_ms") {
        let heatmap = Heatmap(field: field, xTitle: "w1", yTitle: "w2")
        report.emit(name: "heatmap_200x200_ms", value: bestRenderMilliseconds(heatmap, 100, 50), unit: "ms")
    }
    if report.shouldRun("heatmap_contours_trajectories_ms") {
        let paths = [0.0008, 0.0015].map { rate in
            Trajectory(name: "lr \(rate)", points: descent(rate: rate, steps: 500))
        }
        let heatmap = Heatmap(
            field: field, contours: .logarithmic(count: 8), trajectories: paths, xTitle: "w1", yTitle: "w2")
        report.emit(
            name: "heatmap_contours_trajectories_ms", value: bestRenderMilliseconds(heatmap, 100, 50),
            unit: "ms")
    }
}

private struct PlotBenchmarkError: Error, CustomStringConvertible {
    var description: String { "series lost points" }
}

/// Three noisy decaying curves of `points` points each, the first smoothed.
private func benchmarkLineChart(points: Int) -> LineChart {
    var state: UInt64 = 1
    func noise() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(UInt64(1) << 53) - 0.5
    }
    let series = (0..<3).map { index in
        var line = LineSeries(name: "run \(index)", smoothing: index == 0 ? 0.9 : 0)
        for step in 0..<points {
            let t = Double(step) / Double(points)
            line.append(2 * exp(-4 * t) + 0.1 * Double(index) + 0.2 * noise())
        }
        return line
    }
    return LineChart(
        series: series, xAxis: AxisOptions(title: "step", padding: 0), yAxis: AxisOptions(title: "loss"))
}

/// Gradient descent on the Rosenbrock function, for trajectory overlays.
private func descent(rate: Double, steps: Int) -> [PlotPoint] {
    var point = PlotPoint(x: -1.5, y: 2.5)
    var path: [PlotPoint] = []
    for _ in 0..<steps {
        path.append(point)
        let gx = -2 * (1 - point.x) - 400 * point.x * (point.y - point.x * point.x)
        let gy = 200 * (point.y - point.x * point.x)
        point = PlotPoint(x: point.x - rate * gx, y: point.y - rate * gy)
    }
    return path
}

/// The best, over 5 rounds, of the mean time of 50 renders into a fresh `width` x `height`
/// buffer; the shared machine makes the best round the least disturbed figure.
private func bestRenderMilliseconds(_ widget: some Widget, _ width: Int, _ height: Int) -> Double {
    let renders = 50
    var best = Double.infinity
    var checksum = 0
    for _ in 0..<5 {
        let start = monotonicSeconds()
        for _ in 0..<renders {
            var buffer = Buffer(width: width, height: height)
            widget.render(into: &buffer, area: buffer.area)
            checksum &+= buffer[width / 2, height / 2].width
        }
        best = min(best, (monotonicSeconds() - start) * 1000 / Double(renders))
    }
    // Keeps the optimizer from discarding the renders.
    if checksum == Int.min { print(checksum) }
    return best
}
