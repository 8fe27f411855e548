import Plot
import TerminalCore
import TestSupport
import Testing

@Suite struct ChartSnapshotTests {
    @Test func histogramWithDensityCurve() {
        let histogram = Histogram(
            values: PlotFixtures.normals(count: 2_000, seed: 11), showsDensityCurve: true, xTitle: "weight")
        assertSnapshot(
            PlotFixtures.text(60, 20) { histogram.render(into: &$0, area: $1) }, named: "histogram-60x20")
        assertSnapshot(
            PlotFixtures.text(30, 10) { histogram.render(into: &$0, area: $1) }, named: "histogram-30x10")
    }

    @Test func histogramEdgeCases() {
        let counts = Histogram(values: [1, 2, 2, 3, 3, 3, .nan], binCount: 3).counts(bins: 3)
        #expect(counts == [1, 2, 3])
        let single = Histogram(values: [4, 4, 4], theme: .monochrome)
        assertSnapshot(
            PlotFixtures.text(30, 10) { single.render(into: &$0, area: $1) },
            named: "histogram-constant-30x10")
        let withNaN = Histogram(values: [.nan, 1, 2, .infinity], showsDensityCurve: true)
        let text = PlotFixtures.text(40, 14) { withNaN.render(into: &$0, area: $1) }
        assertSnapshot(text, named: "histogram-nan-40x14")
        #expect(text.contains("2 outside/NaN"))
        let empty = Histogram(values: [])
        assertSnapshot(
            PlotFixtures.text(30, 10) { empty.render(into: &$0, area: $1) }, named: "histogram-empty-30x10")
    }

    private let signedBars = BarChart(
        labels: ["relu", "tanh", "sigmoid", "gelu", "linear", "bad"],
        values: [3.2, -1.5, 0.25, 7, -0.01, .nan])

    @Test func horizontalBars() {
        assertSnapshot(
            PlotFixtures.text(60, 20) { signedBars.render(into: &$0, area: $1) }, named: "hbars-60x20")
        assertSnapshot(
            PlotFixtures.text(30, 10) { signedBars.render(into: &$0, area: $1) }, named: "hbars-30x10")
        let many = BarChart(labels: (0..<15).map { "c\($0)" }, values: (0..<15).map { Double($0) })
        let text = PlotFixtures.text(30, 10) { many.render(into: &$0, area: $1) }
        assertSnapshot(text, named: "hbars-overflow-30x10")
        #expect(text.contains("+6 more"))
    }

    @Test func verticalBars() {
        var bars = signedBars
        bars.orientation = .vertical
        assertSnapshot(PlotFixtures.text(60, 20) { bars.render(into: &$0, area: $1) }, named: "vbars-60x20")
        assertSnapshot(PlotFixtures.text(30, 10) { bars.render(into: &$0, area: $1) }, named: "vbars-30x10")
        let positive = BarChart(
            labels: ["a", "b", "c"], values: [1, 2, 4], orientation: .vertical, theme: .monochrome)
        assertSnapshot(
            PlotFixtures.text(30, 10) { positive.render(into: &$0, area: $1) }, named: "vbars-mono-30x10")
    }

    private let confusion = ConfusionMatrixView(
        counts: (0..<10).map { row in (0..<10).map { column in row == column ? 90 + row : (row + column) % 4 }
        },
        labels: [
            "T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Boot",
        ])

    @Test func confusionMatrix() {
        assertSnapshot(
            PlotFixtures.text(60, 20) { confusion.render(into: &$0, area: $1) }, named: "confusion-60x20")
        assertSnapshot(
            PlotFixtures.text(30, 10) { confusion.render(into: &$0, area: $1) }, named: "confusion-30x10")
        var shadesOnly = confusion
        shadesOnly.theme = .monochrome
        let shades = PlotFixtures.text(30, 10) { shadesOnly.render(into: &$0, area: $1) }
        assertSnapshot(shades, named: "confusion-shades-mono-30x10")
        #expect(shades.contains("%%"))
        var mono = ConfusionMatrixView(counts: [[5, 1], [2, 8, 1]], labels: ["no"], theme: .monochrome)
        #expect(mono.classCount == 3)
        #expect(mono.count(actual: 0, predicted: 2) == 0)
        assertSnapshot(
            PlotFixtures.text(30, 10) { mono.render(into: &$0, area: $1) }, named: "confusion-mono-30x10")
        mono.counts = []
        assertSnapshot(
            PlotFixtures.text(30, 10) { mono.render(into: &$0, area: $1) }, named: "confusion-empty-30x10")
    }

    @Test func linearMapOnThePlane() {
        let shear = VectorPlot(
            arrows: [VectorPlot.Arrow(to: PlotPoint(x: -1, y: 1.5), label: "v")],
            transform: LinearMap2D(a: 1.5, b: 0.5, c: 0.3, d: 1))
        assertSnapshot(
            PlotFixtures.text(60, 20) { shear.render(into: &$0, area: $1) }, named: "linear-map-60x20")
        assertSnapshot(
            PlotFixtures.text(30, 10) { shear.render(into: &$0, area: $1) }, named: "linear-map-30x10")
        let singular = VectorPlot(transform: LinearMap2D(a: 1, b: 2, c: 0.5, d: 1), theme: .monochrome)
        assertSnapshot(
            PlotFixtures.text(40, 14) { singular.render(into: &$0, area: $1) }, named: "singular-map-40x14")
        let arrows = VectorPlot(
            arrows: [
                VectorPlot.Arrow(to: PlotPoint(x: 3, y: 1), label: "a"),
                VectorPlot.Arrow(to: PlotPoint(x: -2, y: -2), label: "b"),
            ], showsUnitCircle: false)
        assertSnapshot(
            PlotFixtures.text(40, 14) { arrows.render(into: &$0, area: $1) }, named: "arrows-40x14")
        #expect(LinearMap2D(a: 1, b: 2, c: 3, d: 4).determinant == -2)
        #expect(LinearMap2D.identity.apply(PlotPoint(x: 2, y: 3)) == PlotPoint(x: 2, y: 3))
    }
}
