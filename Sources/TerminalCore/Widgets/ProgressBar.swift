/// A one-line progress bar: an optional label, the bar (with eighth-cell precision, or
/// `#` on ASCII terminals), the percentage, and the time left when known.
public struct ProgressBar: Widget, Hashable, Sendable {
    /// Done, from 0 to 1 (clamped; NaN counts as 0).
    public var fraction: Double
    /// Text before the bar ("epoch 3/10").
    public var label: String
    /// Seconds left, if known (see `ProgressEstimate`).
    public var remainingSeconds: Double?
    /// Whether to draw with ASCII only.
    public var asciiOnly: Bool
    /// The style of the filled part.
    public var filledStyle: Style
    /// The style of the label and numbers.
    public var style: Style

    /// A bar at `fraction`.
    public init(
        fraction: Double, label: String = "", remainingSeconds: Double? = nil, asciiOnly: Bool = false,
        filledStyle: Style = Style(foreground: .green), style: Style = .plain
    ) {
        self.fraction = fraction
        self.label = label
        self.remainingSeconds = remainingSeconds
        self.asciiOnly = asciiOnly
        self.filledStyle = filledStyle
        self.style = style
    }

    private static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// "42s", "3:07" or "1:02:03"; "--" when the time is unknown or absurd.
    public static func formatDuration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 360_000 else { return "--" }
        let total = Int(seconds.rounded(.up))
        let hours = total / 3600
        let minutes = (total % 3600) / 60
        let secs = total % 60
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" }
        if minutes > 0 { return "\(minutes):\(twoDigits(secs))" }
        return "\(secs)s"
    }

    /// Draws on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let done = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let percent = " \(Int((done * 100).rounded(.down)))%"
        let eta = remainingSeconds.map { " ETA \(Self.formatDuration($0))" } ?? ""
        // When space is short, the label goes first, then the ETA: the bar and the
        // percentage are what the learner watches.
        let choices = [(label, eta), ("", eta), ("", "")]
        let minimumBar = 5
        let (shownLabel, shownETA) =
            choices.first { choice in
                let prefixWidth = choice.0.isEmpty ? 0 : DisplayWidth.width(of: choice.0) + 1
                let suffixWidth = DisplayWidth.width(of: percent + choice.1)
                return area.width - prefixWidth - suffixWidth - 2 >= minimumBar
            } ?? ("", "")
        let suffix = percent + shownETA
        let prefix = shownLabel.isEmpty ? "" : shownLabel + " "
        var x = buffer.setString(prefix, x: area.x, y: area.y, style: style, maxWidth: area.width)
        let suffixWidth = DisplayWidth.width(of: suffix)
        let barWidth = area.maxX - x - suffixWidth - 2
        if barWidth >= 1 {
            x = buffer.setString(asciiOnly ? "[" : "▕", x: x, y: area.y, style: style)
            let eighths = Int((done * Double(barWidth * 8)).rounded(.down))
            for column in 0..<barWidth {
                let filled = eighths - column * 8
                let symbol: Character
                if filled >= 8 {
                    symbol = asciiOnly ? "#" : "█"
                } else if filled > 0 && !asciiOnly {
                    symbol = Self.partialBlocks[filled - 1]
                } else {
                    symbol = asciiOnly ? "." : " "
                }
                buffer.setCell(
                    Cell(symbol, style: filled > 0 ? filledStyle : style), x: x + column, y: area.y)
            }
            x += barWidth
            x = buffer.setString(asciiOnly ? "]" : "▏", x: x, y: area.y, style: style)
        }
        buffer.setString(suffix, x: x, y: area.y, style: style, maxWidth: area.maxX - x)
    }
}

/// Estimates the time left from the time spent so far, assuming a steady pace.
public struct ProgressEstimate: Hashable, Sendable {
    /// When the work started, in seconds on any clock.
    public var startSeconds: Double

    /// An estimate for work that started at `startSeconds`.
    public init(startSeconds: Double) {
        self.startSeconds = startSeconds
    }

    /// Seconds left at `now` with `fraction` done; nil before anything is done.
    public func remainingSeconds(fraction: Double, now: Double) -> Double? {
        guard fraction.isFinite, fraction > 0 else { return nil }
        if fraction >= 1 { return 0 }
        let elapsed = max(0, now - startSeconds)
        return elapsed * (1 - fraction) / fraction
    }
}
