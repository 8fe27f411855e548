import Foundation
import Lessons
import TerminalCore

/// The lesson visual kinds the tutor can draw, and how a `visual` block's parameters pick the
/// starting state of its screen. Unknown kinds and unreadable parameters are reported, never
/// fatal: the reader shows the message in place of the picture.
public enum VisualCatalog {
    /// The kinds this tutor draws.
    public static let kinds = [
        "linear-map", "svd-digit", "sampling-histogram", "likelihood", "softmax-temperature",
        "gradient-descent",
    ]

    /// Why a visual could not be built.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong, for the learner.
        public var description: String
    }

    /// A fresh interactive screen for `visual`.
    public static func screen(for visual: Visualization) -> Result<any ClosableScreen, Failure> {
        let parameters = Parameters(visual.parameters)
        switch visual.kind {
        case "linear-map":
            let preset = parameters["preset"].flatMap(LinearMapPreset.init(rawValue:)) ?? .shear
            let screen = LinearMapScreen(preset: preset)
            return .success(parameters.matrix("matrix").flatMap { screen.showing($0) } ?? screen)
        case "svd-digit":
            do {
                let images = try DigitImage.shippedDigits()
                let screen = try SVDDigitScreen(
                    images: images, index: parameters.integer("image") ?? 0,
                    rank: parameters.integer("rank") ?? 3)
                return .success(screen)
            } catch {
                return .failure(Failure(description: "the digit images could not be loaded: \(error)"))
            }
        case "sampling-histogram":
            let distribution =
                parameters["distribution"].flatMap(SamplingDistribution.init(rawValue:)) ?? .gaussian
            return .success(SamplingHistogramScreen(distribution: distribution))
        case "likelihood":
            let name = parameters["model"] ?? ""
            let model =
                LikelihoodModel(rawValue: name == "gaussian" ? "gaussian-mean" : name) ?? .gaussianMean
            return .success(LikelihoodScreen(model: model))
        case "softmax-temperature":
            return .success(SoftmaxTemperatureScreen())
        case "gradient-descent":
            let surface = parameters["surface"].flatMap(LossSurface.named) ?? .rosenbrock
            var screen = VisualizerScreen(surface: surface)
            // The lesson names the optimizers to race; the others start switched off.
            let wanted = Set(parameters.list("optimizers").compactMap(DescentOptimizer.init(rawValue:)))
            if !wanted.isEmpty {
                for optimizer in DescentOptimizer.builtIn where !wanted.contains(optimizer) {
                    _ = screen.update(.toggle(optimizer))
                }
            }
            return .success(screen)
        default:
            return .failure(Failure(description: "this tutor cannot draw '\(visual.kind)' visuals yet"))
        }
    }

    /// The parameters of a visual block by key: scalars, lists of scalars, and 2x2 matrices.
    struct Parameters {
        private var values: [String: YAMLTree] = [:]

        init(_ tree: YAMLTree) {
            guard case .mapping(let entries, _) = tree else { return }
            for entry in entries { values[entry.key] = entry.value }
        }

        subscript(key: String) -> String? {
            if case .scalar(let text, _, _)? = values[key] { return text }
            return nil
        }

        func integer(_ key: String) -> Int? { self[key].flatMap { Int($0) } }

        /// The scalars of a list value (`[sgd, momentum]`); empty when it is not a list.
        func list(_ key: String) -> [String] {
            guard case .sequence(let items, _)? = values[key] else { return [] }
            return items.compactMap {
                if case .scalar(let text, _, _) = $0 { return text } else { return nil }
            }
        }

        /// A 2x2 matrix written as `[[a, b], [c, d]]`, as (a, b, c, d); nil for anything else.
        func matrix(_ key: String) -> [Double]? {
            guard case .sequence(let rows, _)? = values[key], rows.count == 2 else { return nil }
            var numbers: [Double] = []
            for row in rows {
                guard case .sequence(let items, _) = row, items.count == 2 else { return nil }
                for item in items {
                    guard case .scalar(let text, _, _) = item, let value = Double(text) else { return nil }
                    numbers.append(value)
                }
            }
            return numbers
        }
    }
}

extension LinearMapScreen {
    /// This screen showing the matrix `entries` (a, b, c, d), entered the way a learner would
    /// (each entry zeroed, then stepped in tenths). Nil when the matrix is not on that grid of
    /// tenths, so the caller keeps the preset rather than show a different matrix.
    func showing(_ entries: [Double]) -> LinearMapScreen? {
        guard entries.count == 4 else { return nil }
        var screen = self
        let start = selectedEntry
        for index in 0..<4 {
            let value = entries[(start + index) % 4]
            let tenths = (value * 10).rounded()
            guard abs(tenths - value * 10) < 1e-9, abs(tenths) < 1000 else { return nil }
            _ = screen.update(.zeroEntry)
            _ = screen.update(.adjust(tenths: Int(tenths)))
            _ = screen.update(.cycleEntry(1))
        }
        let matches = zip(screen.entries, entries).allSatisfy { abs($0 - $1) < 1e-9 }
        return matches ? screen : nil
    }
}
