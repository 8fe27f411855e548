import Foundation
import Plot
import TerminalCore

/// Stage 1's linear-map visual: a 2x2 matrix A acting on the plane. The grid, the unit
/// circle (its image an ellipse), the basis vectors with their images Ae₁, Ae₂ and the real
/// eigen-directions are drawn; a panel shows A with the selected entry, det A, the trace and
/// the eigenvalues computed by the engine.
///
/// Keys: Tab/arrows pick an entry, `+`/`-` change it by 0.1, `0` zeroes it, `1`-`6` load
/// the presets (identity, rotation, shear, scaling, projection, reflection), `t` transposes,
/// `?` help, `q` back.
public struct LinearMapScreen: VisualScreen {
    /// Everything that can happen to the screen.
    public enum Message: Sendable, Hashable, TraceableMessage {
        /// Tab / Shift-Tab: the next or previous entry (a, b, c, d order).
        case cycleEntry(Int)
        /// Arrows: move the selection within the 2x2 matrix.
        case moveSelection(row: Int, column: Int)
        /// `+`/`-`: add `delta` tenths to the selected entry.
        case adjust(tenths: Int)
        /// `0`: set the selected entry to zero.
        case zeroEntry
        /// `t`: replace A by its transpose.
        case transpose
        /// `1`-`6`: load a preset matrix.
        case preset(LinearMapPreset)
        /// `?`: show or hide the keys.
        case toggleHelp
        /// `q`/Esc: leave.
        case close

        /// The recorded token (selection moves are recorded too: they change the panel).
        public var traceToken: String? {
            switch self {
            case .cycleEntry(let delta): "cycle \(delta)"
            case .moveSelection(let row, let column): "move \(row) \(column)"
            case .adjust(let tenths): "adjust \(tenths)"
            case .zeroEntry: "zero"
            case .transpose: "transpose"
            case .preset(let preset): "preset \(preset.rawValue)"
            case .toggleHelp, .close: nil
            }
        }

        /// The message for a recorded token.
        public init?(traceToken: String) {
            let parts = traceToken.split(separator: " ").map(String.init)
            switch (parts.first, parts.count) {
            case ("cycle", 2):
                guard let delta = Int(parts[1]) else { return nil }
                self = .cycleEntry(delta)
            case ("move", 3):
                guard let row = Int(parts[1]), let column = Int(parts[2]) else { return nil }
                self = .moveSelection(row: row, column: column)
            case ("adjust", 2):
                guard let tenths = Int(parts[1]) else { return nil }
                self = .adjust(tenths: tenths)
            case ("zero", 1): self = .zeroEntry
            case ("transpose", 1): self = .transpose
            case ("preset", 2):
                guard let preset = LinearMapPreset(rawValue: parts[1]) else { return nil }
                self = .preset(preset)
            default: return nil
            }
        }
    }

    /// The id in traces.
    public static let visualID = "linear-map"
    /// The title bar text.
    public static let visualTitle = "Linear map · a matrix acting on the plane"
    /// The largest magnitude an entry may reach (keeps the picture readable).
    public static let entryLimit = 5.0

    /// The entries (a, b, c, d) of A = [[a, b], [c, d]].
    public private(set) var entries: [Double]
    /// The selected entry, 0...3 in a, b, c, d order.
    public private(set) var selectedEntry: Int
    /// The numbers of the current matrix.
    public private(set) var analysis: LinearMapAnalysis
    /// The preset last loaded, while the matrix still equals it.
    public private(set) var preset: LinearMapPreset?
    /// Whether the help box is open.
    public var isShowingHelp: Bool { helpBox.isShowing }
    /// Whether the learner asked to leave.
    public var wantsToClose: Bool { helpBox.wantsToClose }
    private var helpBox = HelpBox()
    /// What just happened.
    public private(set) var notice: String?
    /// Colours and markers for the plots (set `.monochrome` or an ASCII marker for plain terminals).
    public var theme: PlotTheme = .standard
    private let sink: (any VisualTraceSink)?

    /// A screen showing `preset` (a shear by default: it has one eigen-direction and a
    /// visible effect), recording to `sink` when given.
    public init(preset: LinearMapPreset = .shear, recordingTo sink: (any VisualTraceSink)? = nil) {
        entries = preset.entries
        selectedEntry = 1
        analysis = LinearMapAnalysis(
            a: preset.entries[0], b: preset.entries[1], c: preset.entries[2], d: preset.entries[3])
        self.preset = preset
        notice = nil
        self.sink = sink
    }

    /// A screen showing the matrix `matrix` (two rows of two, as a lesson gives it).
    /// - Throws: `VisualError.invalidMatrix` unless it is 2x2 with finite entries.
    public init(matrix: [[Double]], recordingTo sink: (any VisualTraceSink)? = nil) throws(VisualError) {
        let entries = matrix.flatMap { $0 }
        guard matrix.count == 2, matrix.allSatisfy({ $0.count == 2 }), entries.allSatisfy(\.isFinite) else {
            throw VisualError.invalidMatrix("expected [[a, b], [c, d]] with finite numbers, got \(matrix)")
        }
        self.init(preset: .identity, recordingTo: sink)
        self.entries = entries
        refresh()
    }

    /// The starting matrix (and its preset name, when it is one).
    public var traceSettings: [String: String] {
        [
            "preset": preset?.rawValue ?? "custom",
            "matrix": entries.map { "\($0)" }.joined(separator: ","),
        ]
    }

    /// Nothing to start.
    public func start() -> Command<Message> { .none }

    /// Applies one message.
    public mutating func update(_ message: Message) -> Command<Message> {
        if helpBox.swallows(isKey: true, isHelpOrClose: message == .toggleHelp || message == .close) {
            return .none
        }
        if let token = message.traceToken { sink?.record(token) }
        switch message {
        case .cycleEntry(let delta):
            selectedEntry = ((selectedEntry + delta) % 4 + 4) % 4
            notice = nil
        case .moveSelection(let row, let column):
            let newRow = min(1, max(0, selectedEntry / 2 + row))
            let newColumn = min(1, max(0, selectedEntry % 2 + column))
            selectedEntry = newRow * 2 + newColumn
            notice = nil
        case .adjust(let tenths):
            let changed = entries[selectedEntry] + Double(tenths) / 10
            // Round to hundredths so repeated steps do not accumulate binary fractions.
            let rounded = (changed * 100).rounded() / 100
            let clamped = min(Self.entryLimit, max(-Self.entryLimit, rounded))
            setEntry(clamped)
            notice = clamped == rounded ? nil : "entries stay within ±\(Int(Self.entryLimit))"
        case .zeroEntry:
            setEntry(0)
            notice = nil
        case .transpose:
            entries = [entries[0], entries[2], entries[1], entries[3]]
            refresh()
            notice = "transposed: same eigenvalues and det, different eigenvectors (unless symmetric)"
        case .preset(let newPreset):
            entries = newPreset.entries
            refresh()
            preset = newPreset
            notice = "loaded \(newPreset.rawValue)"
        case .toggleHelp:
            helpBox.toggle()
        case .close:
            helpBox.close()
        }
        return .none
    }

    /// The name of entry `index` ("a" ... "d").
    public static func entryName(_ index: Int) -> String {
        ["a", "b", "c", "d"][min(3, max(0, index))]
    }

    private mutating func setEntry(_ value: Double) {
        entries[selectedEntry] = value
        refresh()
    }

    private mutating func refresh() {
        analysis = LinearMapAnalysis(a: entries[0], b: entries[1], c: entries[2], d: entries[3])
        preset = LinearMapPreset.allCases.first { $0.entries == entries }
    }

    /// Forgets the notice: a lesson's own matrix is entered key by key (see `showing(_:)`), and
    /// those keys' notices ("entry b = 0.50") mean nothing to a learner who pressed none of them.
    mutating func clearNotice() { notice = nil }

}
