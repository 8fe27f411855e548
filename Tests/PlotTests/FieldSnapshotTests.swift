import Plot
import TerminalCore
import TestSupport
import Testing

@Suite struct FieldSnapshotTests {
    private func landscape(theme: PlotTheme = .standard) -> Heatmap {
        Heatmap(
            field: PlotFixtures.rosenbrock, contours: .logarithmic(count: 6),
            trajectories: [
                Trajectory(name: "GD", points: PlotFixtures.descentPath(rate: 0.0008, steps: 200)),
                Trajectory(name: "fast", points: PlotFixtures.descentPath(rate: 0.0015, steps: 60)),
            ], xTitle: "w1", yTitle: "w2", theme: theme)
    }

    @Test func landscapeWithContoursAndTrajectories() {
        let map = landscape()
        let large = PlotFixtures.text(60, 20) { map.render(into: &$0, area: $1) }
        assertSnapshot(large, named: "landscape-60x20")
        #expect(large.contains("○") && large.contains("●"))
        assertSnapshot(
            PlotFixtures.text(30, 10) { map.render(into: &$0, area: $1) }, named: "landscape-30x10")
    }

    @Test func monochromeUsesTheDensityRamp() {
        let map = landscape(theme: .monochrome)
        let text = PlotFixtures.text(60, 20) { map.render(into: &$0, area: $1) }
        assertSnapshot(text, named: "landscape-monochrome-60x20")
        #expect(text.contains("@") && !text.contains("▀"))
    }

    @Test func divergingFieldWithColourBarInMonochrome() {
        let saddle = Field2D(xRange: -1...1, yRange: -1...1, columns: 30, rows: 30) { x, y in x * x - y * y }
        let map = Heatmap(field: saddle, ramp: .diverging, contours: .values([0]), theme: .monochrome)
        let range = map.resolvedValueRange()
        #expect(range.lowerBound == -range.upperBound && range.upperBound > 0.99)
        assertSnapshot(PlotFixtures.text(60, 20) { map.render(into: &$0, area: $1) }, named: "saddle-60x20")
        assertSnapshot(PlotFixtures.text(30, 10) { map.render(into: &$0, area: $1) }, named: "saddle-30x10")
    }

    @Test func logarithmicColoursShowTheValley() {
        let map = Heatmap(
            field: PlotFixtures.rosenbrock, colorScale: .logarithmic,
            trajectories: [
                Trajectory(name: "GD", points: PlotFixtures.descentPath(rate: 0.0008, steps: 200))
            ],
            theme: .monochrome)
        let range = map.resolvedValueRange()
        #expect(range.lowerBound > 0 && range.upperBound > 2_000)
        assertSnapshot(
            PlotFixtures.text(60, 20) { map.render(into: &$0, area: $1) }, named: "landscape-log-60x20")
        let signed = Heatmap(field: Field2D(rows: [[-1, 0], [0, -2]]), colorScale: .logarithmic)
        #expect(signed.resolvedValueRange() == 1...10)
    }

    @Test func degenerateFields() {
        let constant = Heatmap(
            field: Field2D(rows: [[2, 2], [2, 2]]), contours: .automatic(count: 5), theme: .monochrome)
        assertSnapshot(
            PlotFixtures.text(40, 12) { constant.render(into: &$0, area: $1) }, named: "constant-40x12")
        let nan = Heatmap(field: Field2D(rows: [[.nan, .nan], [.nan, .nan]]), theme: .monochrome)
        assertSnapshot(PlotFixtures.text(40, 12) { nan.render(into: &$0, area: $1) }, named: "all-nan-40x12")
        let single = Heatmap(
            field: Field2D(rows: [[5]]), trajectories: [Trajectory(name: "", points: [.zero])])
        assertSnapshot(
            PlotFixtures.text(30, 10) { single.render(into: &$0, area: $1) }, named: "single-30x10")
    }

    @Test func trajectoriesAreClippedToThePlot() {
        let outside = [PlotPoint(x: -50, y: -50), PlotPoint(x: 0, y: 1), PlotPoint(x: 80, y: 90)]
        let map = Heatmap(
            field: PlotFixtures.rosenbrock, trajectories: [Trajectory(name: "wild", points: outside)],
            showsColorBar: false, theme: .monochrome)
        let text = PlotFixtures.text(40, 14) { map.render(into: &$0, area: $1) }
        assertSnapshot(text, named: "clipped-40x14")
        #expect(!text.contains("○") && !text.contains("●"))
    }
}
