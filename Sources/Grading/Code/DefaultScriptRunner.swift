/// The script runner the commands and the tutor use.
public enum DefaultScriptRunner {
    /// The TensorScript-backed runner with the spec's default sandbox limits.
    public static func make() -> (any ScriptRunner)? {
        TensorScriptRunner()
    }
}
