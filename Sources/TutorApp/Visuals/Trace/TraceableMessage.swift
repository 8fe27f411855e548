/// A screen message that can be written into a visual trace as a short text token and read
/// back. Only messages that change what the picture shows have tokens; help, close and
/// timer bookkeeping return nil and are not recorded.
public protocol TraceableMessage: Sendable {
    /// The token recorded for this message (`"entry+"`, `"k 5"`), or nil when it is not recorded.
    var traceToken: String? { get }
    /// The message a recorded token stands for, or nil for a token this screen does not know.
    init?(traceToken: String)
}
