/// Checked sizes for the 2-D storage plots allocate, so absurd dimensions give an empty
/// plot instead of an arithmetic overflow trap or an allocation the machine cannot make.
enum GridSize {
    /// The most cells or samples one plot object stores (64 Mi).
    static let maximumElements = 1 << 26

    /// `width` x `height` (each at least 0) when the product fits the limit, else (0, 0).
    static func clamped(width: Int, height: Int, channels: Int = 1) -> (width: Int, height: Int) {
        let w = max(0, width)
        let h = max(0, height)
        let (area, overflow) = w.multipliedReportingOverflow(by: h)
        let (total, overflowChannels) = area.multipliedReportingOverflow(by: max(1, channels))
        guard !overflow, !overflowChannels, total <= maximumElements else { return (0, 0) }
        return (w, h)
    }
}
