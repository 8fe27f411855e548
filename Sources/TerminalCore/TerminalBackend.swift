/// What a terminal must offer the application loop. The ncurses backend implements it
/// for real terminals; `TestBackend` implements it in memory for tests.
///
/// Backends are driven from one thread (the loop's); only `wake()` may be called from
/// any thread, so background work can interrupt a blocking `readEvent`.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: (width: Int, height: Int) { get }
    /// How many colours the terminal can show (monochrome when NO_COLOR is set).
    var colorDepth: ColorDepth { get }
    /// Applies changed cells to the screen (not yet visible until `flush`).
    func draw(_ updates: [Buffer.Update])
    /// Shows the text cursor at a cell, or hides it when `position` is nil.
    func setCursor(_ position: (x: Int, y: Int)?)
    /// Makes everything drawn so far visible.
    func flush()
    /// Forgets what is on screen so the next frame is drawn in full (after resize, resume).
    func invalidate()
    /// Waits up to `timeoutMilliseconds` (nil: forever) for input, a resize, or `wake()`.
    /// Returns nil on timeout or wake-up.
    func readEvent(timeoutMilliseconds: Int?) -> Event?
    /// Interrupts a blocking `readEvent` from any thread.
    func wake()
    /// Whether no more input will ever arrive (a test script ran out, stdin closed). A
    /// program whose input is closed stops once no timer or background work is left.
    var isInputClosed: Bool { get }
    /// Gives the terminal back in its ordinary mode so another full-screen program (the
    /// learner's own editor) can use it until `resume()`.
    func suspend()
    /// Takes the terminal back after `suspend()`; call `invalidate()` to redraw in full.
    func resume()
}

extension TerminalBackend {
    /// Real terminals keep their input open until the program quits.
    public var isInputClosed: Bool { false }
    /// Backends without a real terminal have nothing to hand over.
    public func suspend() {}
    /// Backends without a real terminal have nothing to take back.
    public func resume() {}
}
