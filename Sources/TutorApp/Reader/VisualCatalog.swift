import Foundation
import Lessons

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
            return .success(LinearMapScreen(preset: preset))
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
            return .success(VisualizerScreen(surface: surface))
        default:
            return .failure(Failure(description: "this tutor cannot draw '\(visual.kind)' visuals yet"))
        }
    }

    /// Scalar parameters of a visual block by key.
    struct Parameters {
        private var values: [String: String] = [:]

        init(_ tree: YAMLTree) {
            guard case .mapping(let entries, _) = tree else { return }
            for entry in entries {
                if case .scalar(let text, _, _) = entry.value { values[entry.key] = text }
            }
        }

        subscript(key: String) -> String? { values[key] }

        func integer(_ key: String) -> Int? { values[key].flatMap { Int($0) } }
    }
}
