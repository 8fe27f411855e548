/// A screen message that can be written into a visual trace as a short text token and read
/// back. Only messages that change what the picture shows have tokens; help, close and
/// timer bookkeeping return nil and are not recorded.
public protocol TraceableMessage: Sendable {
    /// The token recorded for this message (`"entry+"`, `"k 5"`), or nil when it is not recorded.
    var traceToken: String? { get }
    /// The message a recorded token stands for, or nil for a token this screen does not know.
    init?(traceToken: String)
}

/// A recorded token of the form `name value` with a whole-number value (`"digit -1"`,
/// `"rank 3"`), the shape most visuals record their stepping keys in.
struct NamedStep {
    /// The part before the space.
    let name: Substring
    /// The number after it.
    let value: Int

    /// Reads `token`; nil for anything but exactly a name, one space and an integer.
    init?(_ token: String) {
        let parts = token.split(separator: " ")
        guard parts.count == 2, let value = Int(parts[1]) else { return nil }
        name = parts[0]
        self.value = value
    }
}
