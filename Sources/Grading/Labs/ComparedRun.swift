/// One of the runs of a lab that trains more than one network to compare them
/// (`augmentation-comparison`, `plain-vs-residual`): the lab's metric exists only once every
/// run is over, so while one trains, progress is about that run alone and says which it is.
public struct ComparedRun: Sendable, Hashable {
    /// Which run, from 0.
    public let index: Int
    /// How many runs the lab trains.
    public let count: Int
    /// What sets the run apart, as the report names it ("no augmentation", "residual").
    public let name: String

    /// Run `index` of `count`, named `name`.
    public init(index: Int, count: Int, name: String) {
        self.index = index
        self.count = count
        self.name = name
    }

    /// "run 1/2 (no augmentation)".
    public var label: String { "run \(index + 1)/\(count) (\(name))" }
}
