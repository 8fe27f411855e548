import Foundation
import Plot
import Testing

@Suite struct MarchingSquaresTests {
    @Test func linearFieldGivesAStraightContour() {
        // f(x, y) = x on 0...4: the 1.5 contour is the vertical line x = 1.5.
        let field = Field2D(xRange: 0...4, yRange: 0...2, columns: 5, rows: 3) { x, _ in x }
        let segments = MarchingSquares.segments(in: field, level: 1.5)
        #expect(segments.count == 2)
        for segment in segments {
            #expect(abs(segment.start.x - 1.5) < 1e-12 && abs(segment.end.x - 1.5) < 1e-12)
        }
        let covered = segments.map { abs($0.end.y - $0.start.y) }.reduce(0, +)
        #expect(abs(covered - 2) < 1e-12)
    }

    @Test func circleContourLiesNearTheCircle() {
        let field = Field2D(xRange: -2...2, yRange: -2...2, columns: 41, rows: 41) { x, y in x * x + y * y }
        let segments = MarchingSquares.segments(in: field, level: 1)
        #expect(segments.count > 20)
        for point in segments.flatMap({ [$0.start, $0.end] }) {
            #expect(abs(hypot(point.x, point.y) - 1) < 0.02)
        }
    }

    @Test func saddleIsResolvedByTheCentre() {
        // Corners: bottom-left 1, bottom-right 0, top-right 1, top-left 0 (mean 0.5).
        let field = Field2D(rows: [[1, 0], [0, 1]])
        let above = MarchingSquares.segments(in: field, level: 0.4)
        let below = MarchingSquares.segments(in: field, level: 0.6)
        #expect(above.count == 2 && below.count == 2)
        // Centre above 0.4: the low corners (bottom-right, top-left) are cut off.
        let cutsBottomRight = above.contains { s in
            [s.start, s.end].allSatisfy { $0.x >= 0.5 - 1e-9 && $0.y <= 0.5 + 1e-9 }
        }
        #expect(cutsBottomRight)
        let cutsBottomLeft = below.contains { s in
            [s.start, s.end].allSatisfy { $0.x <= 0.5 + 1e-9 && $0.y <= 0.5 + 1e-9 }
        }
        #expect(cutsBottomLeft)
    }

    @Test func flatNaNAndTinyFieldsGiveNothing() {
        #expect(MarchingSquares.segments(in: Field2D(rows: [[1, 1], [1, 1]]), level: 1).isEmpty)
        #expect(MarchingSquares.segments(in: Field2D(rows: [[0, .nan], [1, 1]]), level: 0.5).isEmpty)
        #expect(MarchingSquares.segments(in: Field2D(rows: [[0, 1]]), level: 0.5).isEmpty)
        #expect(MarchingSquares.segments(in: Field2D(rows: []), level: 0.5).isEmpty)
        #expect(MarchingSquares.segments(in: Field2D(rows: [[0, 1], [0, 1]]), level: .nan).isEmpty)
    }

    @Test func contourLevelsAreNiceOrGeometric() {
        var summary = SampleSummary()
        for value in [0.0, 10.0] { summary.add(value) }
        #expect(ContourLevels.automatic(count: 4).levels(for: summary) == [2, 4, 6, 8])
        var positive = SampleSummary()
        for value in [1.0, 1000.0] { positive.add(value) }
        let geometric = ContourLevels.logarithmic(count: 2).levels(for: positive)
        #expect(geometric.count == 2 && abs(geometric[0] - 10) < 1e-9 && abs(geometric[1] - 100) < 1e-9)
        #expect(ContourLevels.values([1, .nan, 3]).levels(for: summary) == [1, 3])
        #expect(ContourLevels.automatic(count: 4).levels(for: SampleSummary()).isEmpty)
    }
}
