import TensorEngine

/// The classifier playground's knobs, each an index into its list of choices, so a setting
/// is always valid and a trace records it as a small number.
public struct PlaygroundSettings: Sendable, Hashable {
    /// One knob.
    public enum Knob: Int, Sendable, Hashable, CaseIterable {
        case dataset, noise, layers, width, activation, learningRate

        /// The knob's label.
        public var label: String {
            switch self {
            case .dataset: "data set"
            case .noise: "noise"
            case .layers: "hidden layers"
            case .width: "width"
            case .activation: "activation"
            case .learningRate: "learning rate"
            }
        }
    }

    /// The data sets.
    public static let datasets = SyntheticDataset.standard
    /// Noise levels (standard deviation of the jitter).
    public static let noises: [Double] = [0, 0.05, 0.1, 0.2, 0.3]
    /// Hidden-layer counts.
    public static let layerCounts = [1, 2, 3]
    /// Hidden-layer widths.
    public static let widths = [2, 4, 8, 16, 32, 64]
    /// Activations.
    public static let activations = Activation.allCases
    /// Learning rates (SGD with momentum 0.9).
    public static let learningRates: [Double] = [0.001, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]

    /// The choice of each knob, by `Knob.rawValue`.
    public private(set) var choices: [Int]

    /// Spirals, noise 0.1, 2 layers of 16, tanh, learning rate 0.1: learns in a few seconds.
    public init() {
        choices = [0, 2, 1, 3, 1, 3]
    }

    /// Settings from recorded choices (a trace's `choices` setting, `"0,2,1,3,1,3"`); missing
    /// or out-of-range entries keep their defaults, so a damaged trace never traps.
    public init(recordedChoices text: String) {
        self.init()
        let values = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        for knob in Knob.allCases where knob.rawValue < values.count {
            guard let value = values[knob.rawValue], (0..<Self.choiceCount(knob)).contains(value) else {
                continue
            }
            choices[knob.rawValue] = value
        }
    }

    /// The number of choices `knob` has.
    public static func choiceCount(_ knob: Knob) -> Int {
        switch knob {
        case .dataset: datasets.count
        case .noise: noises.count
        case .layers: layerCounts.count
        case .width: widths.count
        case .activation: activations.count
        case .learningRate: learningRates.count
        }
    }

    /// Moves `knob` by `delta` choices, stopping at the ends; returns whether it changed.
    @discardableResult
    public mutating func adjust(_ knob: Knob, by delta: Int) -> Bool {
        let old = choices[knob.rawValue]
        choices[knob.rawValue] = min(max(0, old + delta), Self.choiceCount(knob) - 1)
        return choices[knob.rawValue] != old
    }

    /// The data set.
    public var dataset: SyntheticDataset { Self.datasets[choices[0]] }
    /// The noise.
    public var noise: Double { Self.noises[choices[1]] }
    /// The hidden-layer count.
    public var layers: Int { Self.layerCounts[choices[2]] }
    /// The hidden width.
    public var width: Int { Self.widths[choices[3]] }
    /// The activation.
    public var activation: Activation { Self.activations[choices[4]] }
    /// The learning rate.
    public var learningRate: Double { Self.learningRates[choices[5]] }

    /// The value of `knob` as text.
    public func valueText(_ knob: Knob) -> String {
        switch knob {
        case .dataset: dataset.name
        case .noise: String(noise)
        case .layers: String(layers)
        case .width: String(width)
        case .activation: activation.rawValue
        case .learningRate: String(learningRate)
        }
    }
}
