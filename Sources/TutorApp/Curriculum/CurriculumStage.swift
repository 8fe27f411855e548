/// One stage of the curriculum as the tutor presents it before its lessons are opened:
/// its place in the recommended order, its name, the one-line idea it is built around, and
/// what it teaches.
public struct CurriculumStage: Hashable, Sendable, Identifiable {
    /// The position in the recommended order, from 1.
    public var number: Int
    /// The stage's name ("Linear algebra").
    public var title: String
    /// The idea the stage is built around ("a network is nested matrix arithmetic").
    public var tagline: String
    /// The topics it covers, in teaching order, each a short phrase.
    public var topics: [String]

    /// A stage with the given descriptions.
    public init(number: Int, title: String, tagline: String, topics: [String]) {
        self.number = number
        self.title = title
        self.tagline = tagline
        self.topics = topics
    }

    /// The stage number doubles as its identity: numbers are unique within a curriculum.
    public var id: Int { number }
}
