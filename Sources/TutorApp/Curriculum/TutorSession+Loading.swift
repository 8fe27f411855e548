import Foundation
import Grading
import Lessons

extension TutorSession {
    /// A session over the lessons in `lessonsDirectory` with progress in `dataDirectory`, grading
    /// code with the TensorScript interpreter. Files that fail to parse are kept as problems
    /// (shown as broken stages), so only an unreadable directory throws.
    /// - Throws: `LessonDirectoryError` when the directory cannot be listed.
    public static func load(lessonsDirectory: String, dataDirectory: String) throws -> TutorSession {
        let curriculum = try LessonLoader.load(directory: lessonsDirectory)
        return TutorSession(
            curriculum: curriculum, dataDirectory: dataDirectory,
            grader: Grader(runner: DefaultScriptRunner.make()))
    }
}
