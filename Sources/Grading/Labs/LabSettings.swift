import Lessons
import TensorEngine

/// Reading the knobs and `params` the training labs share.
enum LabSettings {
    /// A numeric knob, or `fallback` when the lab has no such knob.
    static func number(_ settings: [String: KnobValue], _ name: String, _ fallback: Double) -> Double {
        settings[name]?.number ?? fallback
    }

    /// A whole-number knob within `range`.
    static func whole(
        _ settings: [String: KnobValue], _ name: String, _ fallback: Int, in range: ClosedRange<Int>
    ) throws(LabError) -> Int {
        let value = number(settings, name, Double(fallback))
        guard value.isFinite, value.rounded() == value, range.contains(Int(value)) else {
            throw LabError("\(name) must be a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return Int(value)
    }

    /// The learning rate knob `lr`: positive and finite.
    static func learningRate(_ settings: [String: KnobValue], _ fallback: Float) throws(LabError) -> Float {
        let rate = number(settings, "lr", Double(fallback))
        guard rate.isFinite, rate > 0 else { throw LabError("lr must be a positive number") }
        return Float(rate)
    }

    /// An optimizer over `model`'s parameters from the `optimizer` knob (sgd, momentum, adam).
    static func optimizer(
        _ settings: [String: KnobValue], fallback: OptimizerChoice, rate: Float, model: Module
    ) throws -> Optimizer {
        let choice: OptimizerChoice
        switch settings["optimizer"]?.description {
        case nil: choice = fallback
        case "sgd": choice = .sgd(momentum: 0)
        case "momentum": choice = .sgd(momentum: 0.9)
        case "adam": choice = .adam
        case let other?: throw LabError("unknown optimizer '\(other)' (sgd, momentum, adam)")
        }
        switch choice {
        case .sgd(let momentum, let weightDecay):
            return try SGD(
                parameters: model.parameters(), learningRate: rate, momentum: momentum,
                weightDecay: weightDecay)
        case .adam:
            return try Adam(parameters: model.parameters(), learningRate: rate)
        }
    }

    /// A number from the lab's `params:` block.
    static func parameter(_ spec: LabSpec, _ key: String) -> Double? {
        guard let entry = spec.parameters.first(where: { $0.key == key }),
            case .scalar(let text, _, _) = entry.value
        else { return nil }
        return Double(text)
    }

    /// A whole number from `params:` within `range`, or `fallback` when absent.
    static func wholeParameter(_ spec: LabSpec, _ key: String, _ fallback: Int, in range: ClosedRange<Int>)
        throws(LabError) -> Int
    {
        guard let value = parameter(spec, key) else { return fallback }
        guard value.isFinite, value.rounded() == value, range.contains(Int(value)) else {
            throw LabError(
                "params: \(key) must be a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return Int(value)
    }

    /// The training/held-out split of `dataset` (`mnist` or `fashion`), optionally cut down to
    /// `params.train_per_class` training images per class (small runs and tests). Fashion-MNIST is
    /// read from `fashionDirectory`; when it is missing the error says how to install it.
    static func imageSplit(
        _ spec: LabSpec, fashionDirectory: String = FashionMNIST.defaultDirectory
    ) throws(LabError) -> DatasetSplit {
        let perClass = try wholeParameter(spec, "train_per_class", 0, in: 0...6000)
        do {
            let split: DatasetSplit
            switch spec.dataset {
            case "mnist":
                split = try MNISTSubset.loadSplit()
            case "fashion":
                if case .missing(let message) = FashionMNIST.availability(directory: fashionDirectory) {
                    throw LabError(message + ". Until then, the MNIST labs work without it.")
                }
                split = try FashionMNIST.loadSplit(directory: fashionDirectory)
            default:
                throw LabError("unknown dataset '\(spec.dataset)' (mnist, fashion)")
            }
            guard perClass > 0 else { return split }
            return DatasetSplit(
                train: try LabPresets.smallTrainingSubset(of: split.train, perClass: perClass),
                test: split.test)
        } catch let error as LabError {
            throw error
        } catch {
            throw LabError("the \(spec.dataset) images cannot be loaded: \(error)")
        }
    }
}
