#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A learning-rate schedule as a closed form of the epoch (or step) count `t`, matching
/// PyTorch's `StepLR`, `ExponentialLR` and `CosineAnnealingLR`.
public enum LearningRateSchedule: Sendable, Equatable {
    /// `base · γ^⌊t / stepSize⌋`: multiply by γ every `stepSize` epochs.
    case step(stepSize: Int, gamma: Float)
    /// `base · γ^t`.
    case exponential(gamma: Float)
    /// `ηmin + (base − ηmin)·(1 + cos(π·t / T))/2`, from `base` at t = 0 to `ηmin` at t = T.
    case cosine(period: Int, minimum: Float = 0)

    /// The learning rate at epoch `t` (counting from 0) for a base rate `base`.
    public func learningRate(base: Float, at t: Int) -> Float {
        switch self {
        case .step(let stepSize, let gamma):
            return base * powf(gamma, Float(t / Swift.max(stepSize, 1)))
        case .exponential(let gamma):
            return base * powf(gamma, Float(t))
        case .cosine(let period, let minimum):
            let phase = Double.pi * Double(t) / Double(Swift.max(period, 1))
            return minimum + (base - minimum) * Float((1 + cos(phase)) / 2)
        }
    }
}

/// Drives an optimizer's learning rate along a schedule: call `step()` once per epoch (or per
/// iteration, if the schedule is expressed in iterations).
public final class LearningRateScheduler: @unchecked Sendable {
    /// The optimizer whose `learningRate` is set.
    public let optimizer: Optimizer
    /// The schedule followed.
    public let schedule: LearningRateSchedule
    /// The optimizer's learning rate when the scheduler was created.
    public let baseLearningRate: Float
    /// Number of `step()` calls so far.
    public private(set) var epoch = 0

    /// Attaches a schedule to `optimizer`, starting from its current learning rate.
    /// - Throws: `TensorError.invalidArgument` for a non-positive step size or period.
    public init(optimizer: Optimizer, schedule: LearningRateSchedule) throws {
        switch schedule {
        case .step(let stepSize, _) where stepSize < 1:
            throw TensorError.invalidArgument("StepLR: step size must be at least 1, got \(stepSize)")
        case .cosine(let period, _) where period < 1:
            throw TensorError.invalidArgument("CosineAnnealingLR: period must be at least 1, got \(period)")
        default:
            break
        }
        self.optimizer = optimizer
        self.schedule = schedule
        baseLearningRate = optimizer.learningRate
    }

    /// Advances one epoch and updates the optimizer's learning rate.
    public func step() {
        epoch += 1
        optimizer.learningRate = schedule.learningRate(base: baseLearningRate, at: epoch)
    }
}
