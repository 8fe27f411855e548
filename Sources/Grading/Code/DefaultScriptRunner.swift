/// The script runner the commands and the tutor use.
public enum DefaultScriptRunner {
    /// The TensorScript-backed runner, or nil when this build has none.
    public static func make() -> (any ScriptRunner)? {
        nil
    }
}
