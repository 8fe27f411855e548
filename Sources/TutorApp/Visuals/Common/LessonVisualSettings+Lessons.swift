import Lessons

extension LessonVisualSettings {
    /// The settings of a lesson's visual block: its kind, every scalar parameter, and the
    /// `matrix` parameter when present.
    /// - Throws: `VisualError.invalidParameter` for a `matrix` that is not a list of lists of numbers.
    public init(_ visualization: Visualization) throws {
        self.init(kind: visualization.kind)
        guard case .mapping(let entries, _) = visualization.parameters else { return }
        for entry in entries {
            switch entry.value {
            case .scalar(let text, _, _):
                values[entry.key] = text
            case .sequence(let rows, _) where entry.key == "matrix":
                matrix = try rows.map { row in
                    guard case .sequence(let cells, _) = row else {
                        throw VisualError.invalidParameter(key: "matrix", value: "a row that is not a list")
                    }
                    return try cells.map { cell in
                        guard case .scalar(let text, _, _) = cell, let number = Double(text) else {
                            throw VisualError.invalidParameter(
                                key: "matrix", value: "an entry that is not a number")
                        }
                        return number
                    }
                }
            default:
                // Lists such as `show: [grid, eigenvectors]` describe what is always drawn.
                continue
            }
        }
    }
}
