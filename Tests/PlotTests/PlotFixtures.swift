import Foundation
import Plot
import TerminalCore

/// Deterministic data shared by the plot tests.
enum PlotFixtures {
    /// Draws into a blank buffer of the given size and returns its text.
    static func text(_ width: Int, _ height: Int, _ draw: (inout Buffer, Rect) -> Void) -> String {
        var buffer = Buffer(width: width, height: height)
        draw(&buffer, buffer.area)
        return buffer.text
    }

    /// Pseudo-random numbers in 0..<1 from a 64-bit LCG.
    static func uniform(count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(UInt64(1) << 53)
        }
    }

    /// Roughly normal values (sum of six uniforms), mean 0.
    static func normals(count: Int, seed: UInt64) -> [Double] {
        let uniforms = uniform(count: count * 6, seed: seed)
        return (0..<count).map { index in (uniforms[(index * 6)..<(index * 6 + 6)].reduce(0, +) - 3) * 1.4 }
    }

    /// A noisy decaying training loss and a validation loss every 10 steps.
    static func lossSeries(steps: Int = 500) -> [LineSeries] {
        let noise = uniform(count: steps, seed: 3)
        var train = LineSeries(name: "train", smoothing: 0.9)
        var validation = LineSeries(name: "val")
        for step in 0..<steps {
            let base = 2 * exp(-Double(step) / 120) + 0.1
            train.append(base + 0.3 * (noise[step] - 0.5))
            if step % 10 == 0 { validation.append(x: Double(step), y: base + 0.05) }
        }
        return [train, validation]
    }

    /// The Rosenbrock function, a classic curved-valley loss surface.
    static let rosenbrock = Field2D(xRange: -2...2, yRange: -1...3, columns: 60, rows: 60) { x, y in
        (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    }

    /// Gradient descent on the Rosenbrock function from (-1.5, 2.5).
    static func descentPath(rate: Double, steps: Int) -> [PlotPoint] {
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

    /// An 8x8 "digit" (a diamond) and a signed 3x3 edge kernel.
    static let diamond = PlotImage(width: 8, height: 8, gray: (0..<64).map(diamondPixel))

    private static func diamondPixel(_ index: Int) -> Double {
        let distance: Int = abs(index % 8 - 3) + abs(index / 8 - 4)
        return distance < 3 ? 1.0 : 0.1
    }
    static let edgeKernel = PlotImage(grayRows: [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])

    /// A 28x28 ring, like a handwritten zero.
    static let ring = PlotImage(
        width: 28, height: 28,
        gray: (0..<784).map(ringPixel))

    private static func ringPixel(_ index: Int) -> Double {
        let dx = Double(index % 28) - 13.5
        let dy = Double(index / 28) - 13.5
        let distance = (dx * dx + dy * dy).squareRoot()
        return max(0, 1 - abs(distance - 8) / 3)
    }
}
