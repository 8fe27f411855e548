import Foundation
import Lessons

/// The update rules of the common optimizers on a 2-vector, following PyTorch's conventions
/// (momentum buffers v = μv + g; Nesterov steps along g + μv; Adam with bias correction).
/// Used by the `optimize-2d` lab and available to the tutor's descent visualizer.
public struct TwoDOptimizer: Sendable {
    /// Which update rule.
    public enum Rule: String, Sendable, CaseIterable {
        /// p ← p − lr·g.
        case sgd
        /// v ← μv + g; p ← p − lr·v.
        case momentum
        /// v ← μv + g; p ← p − lr·(g + μv).
        case nesterov
        /// s ← αs + (1 − α)g²; p ← p − lr·g / (√s + ε).
        case rmsprop
        /// m, v moving averages of g and g² with bias correction; p ← p − lr·m̂ / (√v̂ + ε).
        case adam
    }

    /// The update rule.
    public let rule: Rule
    /// The learning rate.
    public let learningRate: Double
    /// μ for momentum and Nesterov.
    public let momentum: Double
    /// α for RMSProp.
    public let alpha: Double
    /// β₁ for Adam.
    public let beta1: Double
    /// β₂ for Adam.
    public let beta2: Double
    /// ε in the RMSProp and Adam denominators.
    public let epsilon = 1e-8
    private var velocity = (0.0, 0.0)
    private var square = (0.0, 0.0)
    private var steps = 0

    /// An optimizer with explicit hyper-parameters (PyTorch's defaults otherwise).
    public init(
        rule: Rule, learningRate: Double, momentum: Double = 0.9, alpha: Double = 0.99, beta1: Double = 0.9,
        beta2: Double = 0.999
    ) {
        self.rule = rule
        self.learningRate = learningRate
        self.momentum = momentum
        self.alpha = alpha
        self.beta1 = beta1
        self.beta2 = beta2
    }

    /// An optimizer from lab knobs: `optimizer`, `lr`, `momentum`, `alpha`, `beta1`, `beta2`.
    public init(settings: [String: KnobValue]) throws(LabError) {
        let name = settings["optimizer"]?.description ?? "sgd"
        guard let rule = Rule(rawValue: name) else {
            throw LabError("unknown optimizer '\(name)' (sgd, momentum, nesterov, rmsprop, adam)")
        }
        self.init(
            rule: rule, learningRate: settings["lr"]?.number ?? 0.01,
            momentum: settings["momentum"]?.number ?? 0.9,
            alpha: settings["alpha"]?.number ?? 0.99, beta1: settings["beta1"]?.number ?? 0.9,
            beta2: settings["beta2"]?.number ?? 0.999)
    }

    /// Takes one step from `point` given the gradient there; returns the new point.
    public mutating func step(_ point: (Double, Double), gradient: (Double, Double)) -> (Double, Double) {
        steps += 1
        let (gx, gy) = gradient
        switch rule {
        case .sgd:
            return (point.0 - learningRate * gx, point.1 - learningRate * gy)
        case .momentum:
            velocity = (momentum * velocity.0 + gx, momentum * velocity.1 + gy)
            return (point.0 - learningRate * velocity.0, point.1 - learningRate * velocity.1)
        case .nesterov:
            velocity = (momentum * velocity.0 + gx, momentum * velocity.1 + gy)
            return (
                point.0 - learningRate * (gx + momentum * velocity.0),
                point.1 - learningRate * (gy + momentum * velocity.1)
            )
        case .rmsprop:
            square = (alpha * square.0 + (1 - alpha) * gx * gx, alpha * square.1 + (1 - alpha) * gy * gy)
            return (
                point.0 - learningRate * gx / (square.0.squareRoot() + epsilon),
                point.1 - learningRate * gy / (square.1.squareRoot() + epsilon)
            )
        case .adam:
            velocity = (beta1 * velocity.0 + (1 - beta1) * gx, beta1 * velocity.1 + (1 - beta1) * gy)
            square = (beta2 * square.0 + (1 - beta2) * gx * gx, beta2 * square.1 + (1 - beta2) * gy * gy)
            let correction1 = 1 - pow(beta1, Double(steps))
            let correction2 = 1 - pow(beta2, Double(steps))
            let mx = velocity.0 / correction1
            let my = velocity.1 / correction1
            let vx = square.0 / correction2
            let vy = square.1 / correction2
            return (
                point.0 - learningRate * mx / (vx.squareRoot() + epsilon),
                point.1 - learningRate * my / (vy.squareRoot() + epsilon)
            )
        }
    }
}
