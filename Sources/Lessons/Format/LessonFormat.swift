/// Facts about the lesson file format that other modules and the README refer to.
public enum LessonFormat {
    /// The format version this build reads. Files declare theirs in the front matter (`format: 1`);
    /// a file with a newer version is reported as broken rather than half-understood.
    public static let version = 1
}
