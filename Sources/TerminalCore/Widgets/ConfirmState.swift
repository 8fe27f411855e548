/// The answer highlighted in a yes/no dialog, and how keys change it.
public struct ConfirmState: Hashable, Sendable {
    /// What the learner decided.
    public enum Decision: Hashable, Sendable {
        case confirmed, cancelled
    }

    /// Whether "Yes" is highlighted (otherwise "No").
    public var yesSelected: Bool

    /// A dialog state; by default "No" is highlighted, so Enter is the safe choice.
    public init(yesSelected: Bool = false) {
        self.yesSelected = yesSelected
    }

    /// Left/Right/Tab move the highlight; Enter takes it; y confirms; n, Esc and q cancel.
    /// Returns the decision once there is one.
    public mutating func handle(_ key: Key) -> Decision? {
        switch key {
        case .left, .right, .tab, .backTab:
            yesSelected.toggle()
            return nil
        case .enter: return yesSelected ? .confirmed : .cancelled
        case .character("y"), .character("Y"): return .confirmed
        case .character("n"), .character("N"), .character("q"), .escape: return .cancelled
        default: return nil
        }
    }
}
