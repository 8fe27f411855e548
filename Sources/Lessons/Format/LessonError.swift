/// A problem in a lesson file, located by file and 1-based line so an author can jump to it.
public struct LessonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The lesson file's path as it was given to the loader.
    public let file: String
    /// The 1-based line in `file` where the problem is (0 when it concerns the whole file).
    public let line: Int
    /// What is wrong, phrased for the author.
    public let message: String

    /// Creates an error for `file` at `line`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form compilers use so editors can link to it.
    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// A problem found while decoding YAML, located relative to the block that holds it.
///
/// The Markdown parser turns it into a `LessonError` by adding the block's offset in the file.
struct BlockProblem: Error {
    /// 1-based line inside the YAML block.
    let line: Int
    /// What is wrong.
    let message: String
}
