import TerminalCore

/// A confusion matrix: rows are true classes, columns predicted ones; each cell shows its
/// count on a background shaded by the count's share of its row (so per-class recall
/// reads at a glance). When cells are too narrow for the counts, only the shading is shown;
/// monochrome terminals get density characters instead of shading.
public struct ConfusionMatrixView: Sendable {
    /// `counts[trueClass][predictedClass]`; ragged rows are treated as zero-padded.
    public var counts: [[Int]]
    /// Class names (missing ones are shown as their index).
    public var labels: [String]
    /// The shading ramp (light for few, dark for many).
    public var ramp: ColorRamp
    /// Colours and fallbacks.
    public var theme: PlotTheme

    /// A view of `counts` with class `labels`.
    public init(
        counts: [[Int]], labels: [String] = [], ramp: ColorRamp = .blues, theme: PlotTheme = .standard
    ) {
        self.counts = counts
        self.labels = labels
        self.ramp = ramp
        self.theme = theme
    }

    /// The number of classes (the larger of rows and the longest row).
    public var classCount: Int { max(counts.count, counts.map(\.count).max() ?? 0) }

    /// The count for (`actual`, `predicted`), zero where missing.
    public func count(actual: Int, predicted: Int) -> Int {
        guard actual >= 0, actual < counts.count, predicted >= 0, predicted < counts[actual].count else {
            return 0
        }
        return counts[actual][predicted]
    }

    /// The label of class `index`.
    func label(_ index: Int) -> String { index < labels.count ? labels[index] : String(index) }

    /// Draws the matrix into `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        let classes = classCount
        guard !area.isEmpty, classes > 0 else { return }
        let hasHeader = area.height >= classes + 2
        let rowLabelWidth = min(
            (0..<classes).map { DisplayWidth.width(of: label($0)) }.max() ?? 1, max(1, area.width / 4))
        let countWidth =
            (0..<classes).flatMap { a in (0..<classes).map { count(actual: a, predicted: $0) } }
            .map { String($0).count }.max() ?? 1
        let available = area.width - rowLabelWidth - 1
        let labelWidth = (0..<classes).map { DisplayWidth.width(of: label($0)) }.max() ?? 1
        let cellWidth = min(max(1, available / classes), max(countWidth + 2, labelWidth + 1, 4))
        guard available >= classes else { return }
        let showsCounts = cellWidth >= countWidth + 1
        var top = area.y
        if hasHeader {
            buffer.setString(
                "true \\ predicted", x: area.x, y: top, style: theme.labelStyle, maxWidth: area.width)
            top += 1
            for predicted in 0..<classes {
                // One column of each cell stays free so neighbouring labels never run together.
                let text = label(predicted)
                let room = max(1, cellWidth - 1)
                let width = min(DisplayWidth.width(of: text), room)
                let start = area.x + rowLabelWidth + 1 + predicted * cellWidth + (cellWidth - width)
                buffer.setString(text, x: start, y: top, style: theme.labelStyle, maxWidth: room)
            }
            top += 1
        }
        for actual in 0..<classes {
            let row = top + actual
            guard row < area.maxY else { break }
            buffer.setString(
                label(actual), x: area.x, y: row, style: theme.labelStyle, maxWidth: rowLabelWidth)
            let rowTotal = (0..<classes).reduce(0) { $0 + max(0, count(actual: actual, predicted: $1)) }
            for predicted in 0..<classes {
                let value = count(actual: actual, predicted: predicted)
                let share = rowTotal > 0 ? Double(max(0, value)) / Double(rowTotal) : 0
                drawCell(
                    value: value, share: share, diagonal: actual == predicted, showsCount: showsCounts,
                    x: area.x + rowLabelWidth + 1 + predicted * cellWidth, y: row, width: cellWidth,
                    into: &buffer)
            }
        }
    }

    private func drawCell(
        value: Int, share: Double, diagonal: Bool, showsCount: Bool, x: Int, y: Int, width: Int,
        into buffer: inout Buffer
    ) {
        var style = Style()
        if theme.usesColor {
            style.background = ramp.color(at: share)
            // Dark text on light shading, light text on dark.
            style.foreground = share > 0.5 ? .brightWhite : .black
        }
        if diagonal { style.attributes.insert(.bold) }
        let text = String(value)
        if showsCount {
            let pad = width - text.count
            if theme.usesColor {
                buffer.setString(String(repeating: " ", count: pad) + text, x: x, y: y, style: style)
            } else {
                let shade = String(DensityRamp.character(at: share))
                buffer.setString(
                    String(repeating: " ", count: pad - 1) + shade + text, x: x, y: y, style: style)
            }
        } else {
            let fill: Character = theme.usesColor ? " " : DensityRamp.character(at: share)
            buffer.setString(String(repeating: fill, count: width), x: x, y: y, style: style)
        }
    }
}
