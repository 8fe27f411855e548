/// Why a visual cannot be built from its input.
public enum VisualError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An image whose pixel count and size disagree, or an empty image list.
    case invalidImage(String)
    /// The shipped data could not be read.
    case dataUnavailable(String)
    /// A matrix that is not 2x2 with finite entries.
    case invalidMatrix(String)
    /// A lesson names a visual kind this tutor does not draw.
    case unknownKind(String, known: [String])
    /// A lesson parameter with a value the visual does not accept.
    case invalidParameter(key: String, value: String)

    /// A message for the learner.
    public var description: String {
        switch self {
        case .invalidImage(let reason): "invalid image: \(reason)"
        case .dataUnavailable(let reason): "the digit images could not be loaded: \(reason)"
        case .invalidMatrix(let reason): "invalid matrix: \(reason)"
        case .unknownKind(let kind, let known):
            "no visual of kind '\(kind)' (known: \(known.joined(separator: ", ")))"
        case .invalidParameter(let key, let value): "the visual's \(key) cannot be '\(value)'"
        }
    }
}
